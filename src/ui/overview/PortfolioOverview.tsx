// "Oversikt": every project of the health community at a glance. Presentational: rows come from a PortfolioSource
// (usePortfolio), filtering/sorting/charting are the domain's pure functions, exports are src/export's builders.
import { useMemo, useState } from 'react';
import type { JSX, ReactNode } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { Language, PhaseModel } from '../../model/types';
import type { ProjectState } from '../../domain/types';
import { LIFECYCLE_STATUSES } from './lifecycle';
import type { PortfolioFilter, PortfolioSort, PortfolioSortKey } from '../../domain/portfolio/types';
import { emptyPortfolioFilter, unknownPhaseKey } from '../../domain/portfolio/types';
import { filterPortfolio } from '../../domain/portfolio/filterPortfolio';
import { portfolioFilterOptions } from '../../domain/portfolio/filterOptions';
import { sortPortfolio } from '../../domain/portfolio/sortPortfolio';
import { phaseDistribution } from '../../domain/portfolio/phaseDistribution';
import { toPortfolioViewRows } from '../../export/portfolioView';
import type { PortfolioViewRow } from '../../export/portfolioView';
import { portfolioExportTable } from '../../export/exportTable';
import { csvBlob } from '../../export/csv';
import { downloadBlob, exportFileName } from '../../export/download';
import { portfolioColumnStrings } from '../../export/strings';
import { translator } from '../../i18n/defineMessages';
import { CoordinationNoAccess } from '../base/CoordinationNoAccess';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { formatDateTime } from '../base/formatDate';
import { overviewStrings } from './strings';
import { usePortfolio } from './usePortfolio';
import type { PortfolioSource } from './usePortfolio';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { PhaseDistributionChart } from './PhaseDistributionChart';
import { ProjectDrillDown } from './ProjectDrillDown';
import { liveViewRow } from './liveRow';
import { modelVersionsIn, onModelVersions } from './modelVersionFilter';
import { phasesInOrder } from '../../model/lookup';

export interface PortfolioOverviewProps {
  /**
   * The newest model: the phases of the chart, the filters and the exports' columns (phase keys are the same in every
   * version). Each row's own labels and figures come from the version its project runs on (PortfolioRow.model).
   */
  model: PhaseModel;
  language: Language;
  source: PortfolioSource;
  /**
   * The project's own read-only view inside the drill-down, when the app can read it; it calls `onLoaded` with the
   * project's state and the model it runs on, and the drill-down's figures are then computed from those, never
   * contradicting the project.
   */
  renderProject?(row: PortfolioViewRow, onLoaded: (state: ProjectState, model: PhaseModel) => void): ReactNode;
  /** Called when a project is opened (for the host's deep link or analytics); the drill-down opens regardless. */
  openProject?(row: PortfolioViewRow): void;
  /** Delta refresh interval while visible; null = only on request. */
  pollMs?: number | null;
  /** Links beside the heading (to the model and the Verktøykasse). */
  links?: ReactNode;
  /** The coordination site's address: named to a person it does not let in. */
  coordinationSite?: string;
  /** What "now" is, for "days since" and "stalled" (tests pin it). */
  now?: () => Date;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', justifyContent: 'space-between' },
  heading: { ...typographyStyles.title3, margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export function PortfolioOverview(props: PortfolioOverviewProps): JSX.Element {
  const styles = useStyles();
  const { model, language } = props;
  const t = translator(overviewStrings, language);
  const c = translator(portfolioColumnStrings, language);
  const portfolio = usePortfolio(props.source, { pollMs: props.pollMs ?? null });
  const [filter, setFilter] = useState<PortfolioFilter>(emptyPortfolioFilter);
  // The model versions to show (none chosen = all): kept beside the domain's filter, which knows no versions.
  const [modelVersions, setModelVersions] = useState<string[]>([]);
  const [sort, setSort] = useState<PortfolioSort>({ key: 'title', direction: 'ascending' });
  const [open, setOpen] = useState<PortfolioViewRow | undefined>();
  // The opened project's own state, once its read-only view has read it.
  const [liveOpen, setLiveOpen] = useState<{ projectKey: string; state: ProjectState; model: PhaseModel }>();
  const [exporting, setExporting] = useState(false);
  // "Now" moves with each load or refresh, so "days since" and "stalled" stay true while the page is open.
  const clock = props.now;
  const now = useMemo(() => clock?.() ?? portfolio.lastLoadedAt ?? new Date(), [clock, portfolio.lastLoadedAt]);

  const filtered = useMemo(() => onModelVersions(filterPortfolio(portfolio.rows, filter, now), modelVersions), [portfolio.rows, filter, now, modelVersions]);
  const sorted = useMemo(() => sortPortfolio(filtered, sort), [filtered, sort]);
  const view = useMemo(() => toPortfolioViewRows(sorted, { language, now, stalledAfterDays: filter.stalledAfterDays }), [sorted, language, now, filter.stalledAfterDays]);
  const distribution = useMemo(
    () => phaseDistribution(filtered, model, { language, now, stalledAfterDays: filter.stalledAfterDays, unknownLabel: c('unknownPhase') }),
    [filtered, model, language, now, filter.stalledAfterDays], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const choices = useMemo(() => {
    const options = portfolioFilterOptions(portfolio.rows);
    // The newest model's name for a group, else the name in the version a row was read against (a group since removed).
    const groups = [...new Set([model, ...portfolio.rows.map((r) => r.model)])].flatMap((m) => m.priorityGroups);
    const groupLabel = (key: string) => groups.find((g) => g.key === key)?.label[language] ?? key;
    const phases = phasesInOrder(model).map((p) => ({ key: p.key, label: p.shortLabel[language] }));
    if (portfolio.rows.some((r) => r.currentPhase === undefined)) phases.push({ key: unknownPhaseKey, label: c('unknownPhase') });
    return {
      targetGroups: options.targetGroups.map((key) => ({ key, label: groupLabel(key) })),
      municipalities: options.municipalities.map((key) => ({ key, label: key })),
      hospitalUnits: options.hospitalUnits.map((key) => ({ key, label: key })),
      phases,
      lifecycleStatuses: LIFECYCLE_STATUSES.map((key) => ({ key, label: c(key) })),
      modelVersions: modelVersionsIn(portfolio.rows).map((key) => ({ key, label: key })),
    };
  }, [portfolio.rows, model, language]); // eslint-disable-line react-hooks/exhaustive-deps

  const onSort = (key: PortfolioSortKey) =>
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: 'ascending' }));

  const exportAs = async (kind: 'xlsx' | 'csv') => {
    setExporting(true);
    try {
      const table = portfolioExportTable(view, model, language, t('heading'));
      const fileName = exportFileName(c('title') === 'Project' ? 'portfolio' : 'portefolje', kind, new Date());
      if (kind === 'csv') downloadBlob(csvBlob(table), fileName);
      else {
        // The workbook builder (and exceljs) load only when asked for.
        const { xlsxBlob } = await import('../../export/xlsx');
        downloadBlob(await xlsxBlob(table), fileName);
      }
    } finally {
      setExporting(false);
    }
  };

  if (portfolio.status === 'loading') {
    return (
      <div className={styles.root} aria-busy="true">
        <h1 className={styles.heading}>{t('heading')}</h1>
        {props.links}
        <Spinner label={t('loading')} role="status" />
      </div>
    );
  }
  if (portfolio.status === 'error' && portfolio.error?.code === 'accessDenied' && props.coordinationSite) {
    return (
      <div className={styles.root}>
        <h1 className={styles.heading}>{t('heading')}</h1>
        <CoordinationNoAccess site={props.coordinationSite} language={language} />
      </div>
    );
  }
  if (portfolio.status === 'error') {
    return (
      <div className={styles.root}>
        <h1 className={styles.heading}>{t('heading')}</h1>
        {props.links}
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('errorHeading')}</MessageBarTitle>
            {storeErrorMessage(portfolio.error?.code ?? 'unknown', language)}
          </MessageBarBody>
        </MessageBar>
        <div>
          <Button onClick={portfolio.reload}>{t('retry')}</Button>
        </div>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h1 className={styles.heading}>{t('heading')}</h1>
        <div className={styles.toolbar}>
          {portfolio.lastLoadedAt && <Text size={200}>{t('updatedAt', { time: formatDateTime(portfolio.lastLoadedAt.toISOString(), language) })}</Text>}
          <Button onClick={() => void portfolio.refresh()} disabled={portfolio.refreshing}>{t('refresh')}</Button>
        </div>
      </div>
      {props.links}
      {portfolio.error && (
        <MessageBar intent="warning">
          <MessageBarBody>{storeErrorMessage(portfolio.error.code, language)}</MessageBarBody>
        </MessageBar>
      )}
      {portfolio.rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <PortfolioFilters filter={filter} choices={choices} modelVersions={modelVersions} language={language} onChange={setFilter} onModelVersions={setModelVersions} onClear={() => { setFilter(emptyPortfolioFilter); setModelVersions([]); }} />
          <PhaseDistributionChart distribution={distribution} stalledAfterDays={filter.stalledAfterDays} language={language} />
          <section aria-labelledby="overview-projects-heading">
            <div className={styles.header}>
              <h2 id="overview-projects-heading" className={styles.heading} style={{ fontSize: 'inherit' }} aria-live="polite">
                {t('count', { shown: view.length, total: portfolio.rows.length })}
              </h2>
              <div className={styles.toolbar} role="group" aria-label={t('exportHeading')}>
                <Button onClick={() => void exportAs('xlsx')} disabled={exporting || view.length === 0}>{t('exportXlsx')}</Button>
                <Button onClick={() => void exportAs('csv')} disabled={exporting || view.length === 0}>{t('exportCsv')}</Button>
                {exporting && <Spinner size="tiny" label={t('exporting')} />}
              </div>
            </div>
            {view.length === 0 ? (
              <p>{t('noMatch')}</p>
            ) : (
              <PortfolioTable
                rows={view}
                sort={sort}
                language={language}
                onSort={onSort}
                onOpen={(row) => {
                  setOpen(row);
                  props.openProject?.(row);
                }}
              />
            )}
          </section>
        </>
      )}
      {open && (
        <ProjectDrillDown
          row={liveOpen?.projectKey === open.projectKey ? liveViewRow(open, liveOpen.state, liveOpen.model, { language, now, stalledAfterDays: filter.stalledAfterDays }) : open}
          language={language}
          onClose={() => {
            setOpen(undefined);
            setLiveOpen(undefined);
          }}
        >
          {props.renderProject?.(open, (state, projectModel) => setLiveOpen({ projectKey: open.projectKey, state, model: projectModel }))}
        </ProjectDrillDown>
      )}
    </div>
  );
}
