// Likeverdighet at a glance: per phase a diverging bar, waits on the kommune side to the left and on the sykehus
// side to the right, drawn with Fluent tokens (light, dark, high contrast), described in a sentence; the numbers per
// phase, per requirement and per project are one click away.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { findItem, findPhase } from '../../model/lookup';
import type { Language, PhaseModel } from '../../model/types';
import type { BalanceFigures, ConfirmationBalance } from '../../domain/insight/types';
import { translator } from '../../i18n/defineMessages';
import { formatDays } from './format';
import { insightStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '80ch' },
  svg: { width: '100%', maxWidth: '720px', height: 'auto' },
  kommune: { fill: tokens.colorBrandBackground },
  sykehus: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '12px' },
  axis: { stroke: tokens.colorNeutralStroke1 },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, ...typographyStyles.caption1 },
  kommuneSwatch: { backgroundColor: tokens.colorBrandBackground },
  sykehusSwatch: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});

const WIDTH = 720;
const ROW = 26;
const LABEL = 150;

export function BalanceChart({ balance, model, language }: { balance: ConfirmationBalance; model: PhaseModel; language: Language }): JSX.Element {
  const styles = useStyles();
  const t = translator(insightStrings, language);
  const [asTable, setAsTable] = useState(false);
  const { waitsOn, firstBy } = balance.overall;
  const max = Math.max(1, ...balance.byPhase.flatMap((p) => [p.figures.waitsOn.kommune.count, p.figures.waitsOn.sykehus.count]));
  const half = (WIDTH - LABEL) / 2;
  const mid = LABEL + half;
  const height = balance.byPhase.length * ROW + 10;
  const phaseName = (key: string) => findPhase(model, key)?.shortLabel[language] ?? key;

  const rows = (entries: { name: string; figures: BalanceFigures }[], nameHeader: string) => (
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
        {entries.map(({ name, figures: f }, i) => (
          <tr key={`${name}-${i}`}>
            <th scope="row">{name}</th>
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
      {asTable ? (
        <>
          {rows(balance.byPhase.map((p) => ({ name: phaseName(p.phaseKey), figures: p.figures })), t('phase'))}
          <details>
            <summary>{t('byRequirement')}</summary>
            {rows(balance.byRequirement.map((r) => ({ name: findItem(model, r.itemKey)?.label[language] ?? r.itemKey, figures: r.figures })), t('requirement'))}
          </details>
          <details>
            <summary>{t('byProject')}</summary>
            {rows(balance.byProject.map((p) => ({ name: p.project.title, figures: p.figures })), t('project'))}
          </details>
        </>
      ) : (
        <>
          <div className={styles.legend} aria-hidden="true">
            <span><span className={mergeClasses(styles.swatch, styles.kommuneSwatch)} />{t('waitsOnKommune')}</span>
            <span><span className={mergeClasses(styles.swatch, styles.sykehusSwatch)} />{t('waitsOnSykehus')}</span>
          </div>
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('balanceHeading')}>
            <line className={styles.axis} x1={mid} x2={mid} y1={0} y2={height} />
            {balance.byPhase.map((p, i) => {
              const y = i * ROW + 4;
              const left = (p.figures.waitsOn.kommune.count / max) * (half - 30);
              const right = (p.figures.waitsOn.sykehus.count / max) * (half - 30);
              return (
                <g key={p.phaseKey}>
                  <text className={styles.label} x={0} y={y + 14}>{phaseName(p.phaseKey)}</text>
                  <rect className={styles.kommune} x={mid - left} y={y} width={left} height={ROW - 8} />
                  <rect className={styles.sykehus} x={mid} y={y} width={right} height={ROW - 8} />
                  <text className={styles.label} x={mid - left - 4} y={y + 14} textAnchor="end">{p.figures.waitsOn.kommune.count}</text>
                  <text className={styles.label} x={mid + right + 4} y={y + 14}>{p.figures.waitsOn.sykehus.count}</text>
                </g>
              );
            })}
          </svg>
        </>
      )}
    </section>
  );
}
