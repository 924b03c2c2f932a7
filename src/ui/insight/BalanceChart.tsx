// Likeverdighet at a glance: per phase a diverging bar, waits on the kommune side to the left of the axis and on the
// sykehus side to the right, described in a sentence. The sides differ by place, by the words over each half and by
// a pattern (sykehus striped), never by colour alone: Teams' high-contrast theme paints both bars white, and forced
// colours (Windows' contrast themes) drop background colours, so the bars take system colours there. Each phase opens
// (keyboard too) to the projects behind its figures; the numbers per phase, requirement and project are one click away.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { findItem, findPhase } from '../../model/lookup';
import type { Language, PhaseModel, Side } from '../../model/types';
import type { BalanceFigures, ConfirmationBalance } from '../../domain/insight/types';
import { translator } from '../../i18n/defineMessages';
import { visuallyHidden } from '../base/visuallyHidden';
import { FigureRow } from './FigureRow';
import { formatDays } from './format';
import { ProjectGroup } from './ProjectList';
import type { ProjectHref } from './ProjectList';
import { insightStrings } from './strings';

const forcedColors = '@media (forced-colors: active)';
const stripes = (ink: string, paper: string) => `repeating-linear-gradient(135deg, ${ink} 0 4px, ${paper} 4px 7px)`;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '80ch' },
  chart: { maxWidth: '760px' },
  grid: { display: 'grid', gridTemplateColumns: 'minmax(90px, 150px) 1fr 1fr', alignItems: 'center', columnGap: 0, ...typographyStyles.caption1 },
  sideHeader: { ...typographyStyles.caption1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  leftHeader: { gridColumn: '2', textAlign: 'end' },
  rightHeader: { gridColumn: '3' },
  phase: { fontWeight: tokens.fontWeightSemibold, paddingRight: tokens.spacingHorizontalS },
  half: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minHeight: '20px' },
  left: { justifyContent: 'flex-end', paddingRight: 0 },
  right: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`, [forcedColors]: { borderLeftColor: 'CanvasText' } },
  bar: { height: '16px', flexShrink: 0, boxSizing: 'border-box' },
  kommune: { backgroundColor: tokens.colorBrandBackground, [forcedColors]: { forcedColorAdjust: 'none', backgroundColor: 'CanvasText' } },
  sykehus: {
    backgroundImage: stripes(tokens.colorPaletteDarkOrangeBackground3, tokens.colorNeutralBackground1),
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorderActive}`,
    [forcedColors]: { forcedColorAdjust: 'none', backgroundImage: stripes('CanvasText', 'Canvas'), ...shorthands.borderColor('CanvasText') },
  },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, ...typographyStyles.caption1 },
  swatch: { display: 'inline-block', width: '24px', height: '12px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle' },
  hidden: visuallyHidden,
  table: { borderCollapse: 'collapse', '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});

export interface BalanceChartProps {
  balance: ConfirmationBalance;
  model: PhaseModel;
  language: Language;
  href: ProjectHref;
}

export function BalanceChart({ balance, model, language, href }: BalanceChartProps): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const [asTable, setAsTable] = useState(false);
  const { waitsOn, firstBy } = balance.overall;
  const phaseName = (key: string) => findPhase(model, key)?.shortLabel[language] ?? key;

  return (
    <section className={styles.root} aria-labelledby="insight-balance">
      <h2 id="insight-balance" className={styles.heading}>{t('balanceHeading')}</h2>
      <p className={styles.text} data-testid="balance-summary">
        {t('balanceSummary', {
          kommune: waitsOn.kommune.count, kommuneDays: formatDays(waitsOn.kommune.medianDays, language),
          sykehus: waitsOn.sykehus.count, sykehusDays: formatDays(waitsOn.sykehus.medianDays, language),
          kommuneFirst: firstBy.kommune, sykehusFirst: firstBy.sykehus,
        })}{' '}
        {t('balanceOpenNow', { kommune: waitsOn.kommune.open, sykehus: waitsOn.sykehus.open })}
      </p>
      <div>
        <Button appearance="subtle" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>{asTable ? t('showChart') : t('showTable')}</Button>
      </div>
      {asTable ? <BalanceTables balance={balance} model={model} language={language} href={href} /> : (
        <div className={styles.chart}>
          <div className={styles.legend} aria-hidden="true">
            <span><span className={mergeClasses(styles.swatch, styles.kommune)} />{t('waitsOnKommune')}</span>
            <span><span className={mergeClasses(styles.swatch, styles.sykehus)} />{t('waitsOnSykehus')}</span>
          </div>
          <div className={styles.grid} aria-hidden="true">
            <span className={mergeClasses(styles.sideHeader, styles.leftHeader)}>{`← ${t('waitsOnKommune')}`}</span>
            <span className={mergeClasses(styles.sideHeader, styles.rightHeader)}>{`${t('waitsOnSykehus')} →`}</span>
          </div>
          <PhaseBars balance={balance} language={language} phaseName={phaseName} href={href} />
        </div>
      )}
    </section>
  );
}

function PhaseBars({ balance, language, phaseName, href }: { balance: ConfirmationBalance; language: Language; phaseName(key: string): string; href: ProjectHref }): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const max = Math.max(1, ...balance.byPhase.flatMap((p) => [p.figures.waitsOn.kommune.count, p.figures.waitsOn.sykehus.count]));
  // The longest bar leaves room for its number within its half.
  const width = (count: number) => `${(count / max) * 80}%`;
  const waitedIn = (figures: BalanceFigures, side: Side) => {
    const waits = figures.waitsOn[side];
    // The projects are those of the waits, so none when nothing waited: the group then shows nothing.
    return <ProjectGroup heading={t(side === 'kommune' ? 'waitedOnKommuneIn' : 'waitedOnSykehusIn', { count: waits.count, days: formatDays(waits.medianDays, language) })} projects={waits.projects} href={href} />;
  };
  return (
    <div>
      {balance.byPhase.map(({ phaseKey, figures }) => {
        const { kommune, sykehus } = figures.waitsOn;
        return (
          <FigureRow
            key={phaseKey}
            data={{ 'data-balance-phase': phaseKey }}
            summaryClassName={styles.grid}
            summary={
              <>
                <span className={styles.phase}>{phaseName(phaseKey)}</span>
                <span className={styles.hidden}>{t('balanceRow', { kommune: kommune.count, sykehus: sykehus.count })}</span>
                <span className={mergeClasses(styles.half, styles.left)} aria-hidden="true">
                  {kommune.count}
                  {kommune.count > 0 && <span className={mergeClasses(styles.bar, styles.kommune)} style={{ width: width(kommune.count) }} />}
                </span>
                <span className={mergeClasses(styles.half, styles.right)} aria-hidden="true">
                  {sykehus.count > 0 && <span className={mergeClasses(styles.bar, styles.sykehus)} style={{ width: width(sykehus.count) }} />}
                  {sykehus.count}
                </span>
              </>
            }
          >
            {kommune.count + sykehus.count === 0 ? <p>{t('noWaits')}</p> : (
              <>
                {waitedIn(figures, 'kommune')}
                {waitedIn(figures, 'sykehus')}
              </>
            )}
          </FigureRow>
        );
      })}
    </div>
  );
}

/** The chart's numbers as tables: per phase, per requirement and per project (each project a link to it). */
function BalanceTables({ balance, model, language, href }: BalanceChartProps): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const rows = (entries: { name: string; link?: string | undefined; figures: BalanceFigures }[], nameHeader: string) => (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">{t('waitsOnKommune')}</th>
          <th scope="col">{t('medianDays')}</th>
          <th scope="col">{t('waitsOnSykehus')}</th>
          <th scope="col">{t('medianDays')}</th>
          <th scope="col">{t('openNow')}</th>
          <th scope="col">{t('firstKommune')}</th>
          <th scope="col">{t('firstSykehus')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ name, link, figures: f }, i) => (
          <tr key={`${name}-${i}`}>
            <th scope="row">{link ? <a href={link}>{name}</a> : name}</th>
            <td>{f.waitsOn.kommune.count}</td>
            <td>{formatDays(f.waitsOn.kommune.medianDays, language)}</td>
            <td>{f.waitsOn.sykehus.count}</td>
            <td>{formatDays(f.waitsOn.sykehus.medianDays, language)}</td>
            <td>{f.waitsOn.kommune.open + f.waitsOn.sykehus.open}</td>
            <td>{f.firstBy.kommune}</td>
            <td>{f.firstBy.sykehus}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {rows(balance.byPhase.map((p) => ({ name: findPhase(model, p.phaseKey)?.shortLabel[language] ?? p.phaseKey, figures: p.figures })), t('phase'))}
      <details>
        <summary>{t('byRequirement')}</summary>
        {rows(balance.byRequirement.map((r) => ({ name: findItem(model, r.itemKey)?.label[language] ?? r.itemKey, figures: r.figures })), t('requirement'))}
      </details>
      <details>
        <summary>{t('byProject')}</summary>
        {rows(balance.byProject.map((p) => ({ name: p.project.title, link: href(p.project.projectKey), figures: p.figures })), t('project'))}
      </details>
    </>
  );
}
