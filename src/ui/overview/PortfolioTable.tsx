// The portfolio as a table: one row per project, sortable by every column with a header button (aria-sort set by
// Fluent's TableHeaderCell), rendered in slices so 1,000 projects stay quick.
import { useState } from 'react';
import type { JSX } from 'react';
import { Badge, Button, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language } from '../../model/types';
import type { PortfolioViewRow } from '../../export/portfolioView';
import type { PortfolioSort, PortfolioSortKey } from '../../domain/portfolio/types';
import { translator } from '../../i18n/defineMessages';
import { portfolioColumnStrings } from '../../export/strings';
import { formatDate, formatDateTime, formatPercent, pluralOf } from '../base/formatDate';
import { projectHref } from '../base/projectHref';
import { overviewStrings } from './strings';


export interface PortfolioTableProps {
  rows: PortfolioViewRow[];
  sort: PortfolioSort;
  language: Language;
  onSort(key: PortfolioSortKey): void;
  onOpen(row: PortfolioViewRow): void;
  /** Rows shown before "show more" (default 100). */
  pageSize?: number;
}

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { minWidth: '1200px', width: '97rem' },
  // Fluent's table lays columns out at fixed widths: each column is given one that fits its longest word (the
  // title's, "faseoverganger"), so nothing is cut off or runs into the next column; the table scrolls sideways.
  titleColumn: { width: '12rem' },
  wideColumn: { width: '9rem' },
  mediumColumn: { width: '7.5rem' },
  narrowColumn: { width: '6.5rem' },
  // Headers wrap onto lines of their own instead of running into the next column.
  headerCell: { whiteSpace: 'normal', verticalAlign: 'bottom', '& button': { whiteSpace: 'normal', textAlign: 'start', height: 'auto', alignItems: 'flex-end' } },
  // A long title wraps inside its column (a transparent button would otherwise spill over the next one).
  titleButton: { whiteSpace: 'normal', textAlign: 'start', height: 'auto', minWidth: 0, maxWidth: '100%', justifyContent: 'flex-start', paddingLeft: 0, paddingRight: 0, overflowWrap: 'break-word' },
  // At most two lines of a reason in the row; the whole text behind a disclosure.
  reason: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' },
  list: { margin: 0, padding: 0, listStyleType: 'none', ...typographyStyles.caption1 },
  muted: { color: tokens.colorNeutralForeground2, ...typographyStyles.caption1 },
  cell: { verticalAlign: 'top', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** Text a row shows in two lines at most; past this many characters the full text is one click away. */
const REASON_PREVIEW = 90;

export function PortfolioTable(props: PortfolioTableProps): JSX.Element {
  const styles = useStyles();
  const t = translator(overviewStrings, props.language);
  const c = translator(portfolioColumnStrings, props.language);
  const [limit, setLimit] = useState(props.pageSize ?? 100);
  const shown = props.rows.slice(0, limit);

  const header = (key: PortfolioSortKey, label: string, widthClass?: string) => (
    <TableHeaderCell
      key={key}
      sortDirection={props.sort.key === key ? props.sort.direction : undefined}
      onClick={() => props.onSort(key)}
      className={mergeClasses(styles.headerCell, widthClass)}
      button={{ 'aria-label': t('sortBy', { column: label }) }}
    >
      {label}
    </TableHeaderCell>
  );
  const sortedLabel: Record<PortfolioSortKey, string> = {
    title: c('title'),
    municipalities: c('municipalities'),
    hospitalUnit: c('hospitalUnit'),
    targetGroups: c('targetGroups'),
    phase: c('phase'),
    phaseEnteredAt: c('phaseEnteredAt'),
    progress: c('progress'),
    missingCount: c('missingCount'),
    openDualConfirmations: c('openDualConfirmations'),
    gateOverrideCount: c('gateOverrideCount'),
    lastActivityAt: c('lastActivityAt'),
    lifecycleStatus: c('lifecycleStatus'),
  };

  return (
    <div className={styles.wrap}>
      <Table sortable className={styles.table} aria-label={t('tableCaption', { column: sortedLabel[props.sort.key] })} size="small">
        <TableHeader>
          <TableRow>
            {header('title', c('title'), styles.titleColumn)}
            {header('municipalities', c('municipalities'), styles.mediumColumn)}
            {header('hospitalUnit', c('hospitalUnit'), styles.mediumColumn)}
            {header('targetGroups', c('targetGroups'), styles.mediumColumn)}
            {header('phase', c('phase'), styles.mediumColumn)}
            {header('progress', c('progress'), styles.wideColumn)}
            {header('missingCount', c('missingCount'), styles.narrowColumn)}
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.narrowColumn)}>{c('openInCurrentPhase')}</TableHeaderCell>
            {header('openDualConfirmations', c('openDualConfirmations'), styles.narrowColumn)}
            {header('gateOverrideCount', c('gateOverrideCount'), styles.wideColumn)}
            {header('lastActivityAt', c('lastActivityAt'), styles.wideColumn)}
            {header('lifecycleStatus', c('lifecycleStatus'), styles.narrowColumn)}
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.narrowColumn)}>{c('modelVersion')}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.headerCell, styles.mediumColumn)}>{c('link')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => (
            <TableRow key={row.row.itemId}>
              <TableCell className={styles.cell}>
                <Button appearance="transparent" className={styles.titleButton} onClick={() => props.onOpen(row)} aria-label={t('details', { title: row.title })}>
                  {row.title}
                </Button>
                <div className={styles.badges}>
                  {row.stalled && <Badge appearance="tint" color="warning">{t('stalledBadge')}</Badge>}
                  {row.hasAnomalies && <Badge appearance="tint" color="danger">{t('anomalyBadge')}</Badge>}
                  {row.readAgainstVersion && <Badge appearance="tint" color="warning">{t('modelMissingBadge')}</Badge>}
                  {row.knownStale && (
                    <Badge appearance="tint" color="informative" title={t('staleNote')}>
                      {t('staleBadge')}
                    </Badge>
                  )}
                </div>
              </TableCell>
              <TableCell className={styles.cell}>
                {row.municipalities.length === 0 ? t('none') : (
                  <FoldedList first={row.municipalities.slice(0, 3).join(', ')} rest={row.municipalities.slice(3)} summary={t('showMore', { count: row.municipalities.length - 3 })} listClass={styles.list} />
                )}
              </TableCell>
              <TableCell className={styles.cell}>{row.hospitalUnit || t('none')}</TableCell>
              <TableCell className={styles.cell}>{row.targetGroupLabels.join(', ') || t('none')}</TableCell>
              <TableCell className={styles.cell}>
                <div>{row.phaseLabel}</div>
                {row.phaseEnteredAt && <div className={styles.muted}>{`${c('phaseEnteredAt')} ${formatDate(row.phaseEnteredAt, props.language)}`}</div>}
              </TableCell>
              <TableCell className={styles.cell}>
                <ul className={styles.list}>
                  {row.progress.map((p) => (
                    <li key={p.phaseKey}>{`${p.label}: ${formatPercent(p.percent, props.language)}`}</li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className={styles.cell}>
                <div>{row.missingInPassedPhases}</div>
                <FoldedList rest={row.missingRequirementLabels} summary={t('showWhich')} listClass={styles.list} />
              </TableCell>
              <TableCell className={styles.cell}>{row.openInCurrentPhase ?? t('none')}</TableCell>
              <TableCell className={styles.cell}>{row.openDualConfirmations}</TableCell>
              <TableCell className={styles.cell}>
                <div>{row.gateOverrides.length}</div>
                {row.gateOverrides.length > 0 && (
                  <ul className={styles.list}>
                    {row.gateOverrides.map((o, i) => (
                      <li key={i}>
                        <Reason text={o.phaseLabel ? `${o.phaseLabel}: ${o.reason}` : o.reason} summary={t('fullReason')} clampClass={styles.reason} />
                      </li>
                    ))}
                  </ul>
                )}
              </TableCell>
              <TableCell className={styles.cell}>
                {row.lastActivityAt ? (
                  <>
                    <div>{formatDateTime(row.lastActivityAt, props.language)}</div>
                    {row.daysSinceActivity !== undefined && (
                      <div className={styles.muted}>{daysAgo(row.daysSinceActivity, props.language)}</div>
                    )}
                  </>
                ) : (
                  t('none')
                )}
              </TableCell>
              <TableCell className={styles.cell}>{row.lifecycleStatus ? c(row.lifecycleStatus) : t('none')}</TableCell>
              <TableCell className={styles.cell}>{row.modelVersion ?? t('none')}</TableCell>
              <TableCell className={styles.cell}>
                {projectHref(row.link) ? (
                  <Link href={projectHref(row.link)} target="_blank" rel="noopener noreferrer">
                    {t('openInTeams')}
                  </Link>
                ) : (
                  t('none')
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {props.rows.length > limit && (
        <Button onClick={() => setLimit((n) => n + (props.pageSize ?? 100))}>{t('showMore', { count: Math.min(props.pageSize ?? 100, props.rows.length - limit) })}</Button>
      )}
    </div>
  );
}

/** "i dag", "for 1 dag siden", "for 3 dager siden": the plural by the language's rules. */
function daysAgo(days: number, language: Language): string {
  const t = translator(overviewStrings, language);
  if (days === 0) return t('today');
  return pluralOf(days, language) === 'one' ? t('daysAgoOne', { days }) : t('daysAgo', { days });
}

/** A reason in two lines at most; a longer one has its full text behind a native disclosure. */
function Reason({ text, summary, clampClass }: { text: string; summary: string; clampClass: string }) {
  if (text.length <= REASON_PREVIEW) return <span className={clampClass}>{text}</span>;
  return (
    <>
      <span className={clampClass}>{text}</span>
      <details>
        <summary>{summary}</summary>
        <p>{text}</p>
      </details>
    </>
  );
}

/** A long list folded behind a native disclosure (keyboard and screen-reader friendly), so rows stay readable. */
function FoldedList({ first, rest, summary, listClass }: { first?: string; rest: readonly string[]; summary: string; listClass: string }) {
  return (
    <>
      {first && <div>{first}</div>}
      {rest.length > 0 && (
        <details>
          <summary>{summary}</summary>
          <ul className={listClass}>
            {rest.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
