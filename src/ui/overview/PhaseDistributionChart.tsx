// How the projects spread over the phases and where they stall: an SVG bar chart drawn with Fluent tokens (so it
// follows light, dark and high-contrast themes), described in text, with the same numbers as a table on request.
import { useState } from 'react';
import type { JSX } from 'react';
import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { PhaseDistribution } from '../../domain/portfolio/phaseDistribution';
import { translator } from '../../i18n/defineMessages';
import { overviewStrings } from './strings';

export interface PhaseDistributionChartProps {
  distribution: PhaseDistribution;
  stalledAfterDays: number;
  language: Language;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  summary: { ...typographyStyles.body1, margin: 0 },
  svg: { width: '100%', maxWidth: '720px', height: 'auto', overflow: 'visible' },
  bar: { fill: tokens.colorBrandBackground },
  stalled: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: '12px' },
  value: { fill: tokens.colorNeutralForeground1, fontSize: '12px', fontWeight: 600 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  legend: { display: 'flex', gap: tokens.spacingHorizontalL, ...typographyStyles.caption1 },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', '& th, & td': { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});

const WIDTH = 720;
const BAR_AREA = 90; // low enough that filters, chart and the table's first rows share the first screen at 1280 px
const TOP = 20;

export function PhaseDistributionChart(props: PhaseDistributionChartProps): JSX.Element {
  const styles = useStyles();
  const t = translator(overviewStrings, props.language);
  const [asTable, setAsTable] = useState(false);
  const { buckets, total, stalledTotal, mostStalledPhase } = props.distribution;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = WIDTH / Math.max(1, buckets.length);
  const barWidth = Math.min(64, slot * 0.6);
  const worst = buckets.find((b) => b.phaseKey === mostStalledPhase);
  const summary = `${t('chartSummary', { total, stalled: stalledTotal, days: props.stalledAfterDays })}${stallNote(buckets, worst, t)}`;

  return (
    <section className={styles.root} aria-labelledby="overview-chart-heading">
      <h2 id="overview-chart-heading" className={styles.heading}>{t('chartHeading')}</h2>
      <p className={styles.summary}>{summary}</p>
      <div>
        <Button appearance="subtle" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
          {asTable ? t('chartShowChart') : t('chartShowTable')}
        </Button>
      </div>
      {asTable ? (
        <table className={styles.table}>
          <caption className={styles.summary} style={{ textAlign: 'left' }}>{t('chartHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filterPhases')}</th>
              <th scope="col">{t('chartCount')}</th>
              <th scope="col">{t('chartStalled')}</th>
              <th scope="col">{t('chartMedian')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((b) => (
              <tr key={b.phaseKey}>
                <th scope="row">{b.label}</th>
                <td>{b.count}</td>
                <td>{b.stalled}</td>
                <td>{b.medianDaysInPhase ?? t('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${TOP + BAR_AREA + 40}`} role="img" aria-label={`${t('chartHeading')}. ${summary}`}>
            <line className={styles.axis} x1={0} x2={WIDTH} y1={TOP + BAR_AREA} y2={TOP + BAR_AREA} />
            {buckets.map((b, i) => {
              const x = i * slot + (slot - barWidth) / 2;
              const h = (b.count / max) * BAR_AREA;
              const hs = (b.stalled / max) * BAR_AREA;
              return (
                <g key={b.phaseKey}>
                  <title>{t('chartBar', { phase: b.label, count: b.count, stalled: b.stalled })}</title>
                  <rect className={styles.bar} x={x} y={TOP + BAR_AREA - h} width={barWidth} height={h} />
                  <rect className={styles.stalled} x={x} y={TOP + BAR_AREA - hs} width={barWidth} height={hs} />
                  <text className={styles.value} x={x + barWidth / 2} y={TOP + BAR_AREA - h - 4} textAnchor="middle">{b.count}</text>
                  <text className={styles.label} x={i * slot + slot / 2} y={TOP + BAR_AREA + 16} textAnchor="middle">{b.label}</text>
                  {b.stalled > 0 && (
                    <text className={styles.label} x={i * slot + slot / 2} y={TOP + BAR_AREA + 32} textAnchor="middle">{`(${b.stalled})`}</text>
                  )}
                </g>
              );
            })}
          </svg>
          <div className={styles.legend} aria-hidden="true">
            <span><span className={`${styles.swatch}`} style={{ background: tokens.colorBrandBackground }} />{t('chartCount')}</span>
            <span><span className={`${styles.swatch}`} style={{ background: tokens.colorPaletteDarkOrangeBackground3 }} />{t('chartStalled')}</span>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * "Flest stopper opp i …" only when it is true: more than one stalled project, and more in that phase than in any
 * other. One stalled project is named as such; a tie says nothing.
 */
function stallNote(buckets: readonly { phaseKey: string; label: string; stalled: number }[], worst: { phaseKey: string; label: string; stalled: number } | undefined, t: (key: 'chartMostStalled' | 'chartOneStalled', values: { phase: string }) => string): string {
  if (!worst || worst.stalled === 0) return '';
  const total = buckets.reduce((sum, bucket) => sum + bucket.stalled, 0);
  if (total === 1) return ` ${t('chartOneStalled', { phase: worst.label })}`;
  const unique = buckets.every((bucket) => bucket.phaseKey === worst.phaseKey || bucket.stalled < worst.stalled);
  return unique ? ` ${t('chartMostStalled', { phase: worst.label })}` : '';
}
