// #/innsikt: what the model's owners learn from every project's Portfolio row (coordination site only, one $batch
// once its lists are known), with Oversikt's filters, the confirmation balance as a chart, the figures per requirement
// and per phase (each leading to its projects), the projects' feedback and the FSU/SSU report. For those who may read
// the coordination site; anyone else is told which site that is and who can let them in.
import { useMemo, useState } from 'react';
import type { JSX } from 'react';
import { Button, Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { buildInsight } from '../../domain/insight/buildInsight';
import { filterInsightProjects } from '../../domain/insight/insightFilter';
import { emptyInsightFilter } from '../../domain/insight/types';
import type { InsightFilter } from '../../domain/insight/types';
import { translator } from '../../i18n/defineMessages';
import { languageTag } from '../../i18n/language';
import { StoreError } from '../../store/ChecklistStore';
import type { StoredFeedback } from '../../store/feedback/FeedbackStore';
import type { LoadedInsight } from '../../store/insight/loadInsight';
import { CoordinationNoAccess } from '../base/coordinationAccess/CoordinationNoAccess';
import { formatDateTime } from '../base/formatDate';
import { useShell } from '../base/HostReactContext';
import { projectHref } from '../base/projectHref';
import { useServices } from '../base/ServicesContext';
import { routeHash } from '../base/routes';
import { ErrorView, LoadingView } from '../base/StatusViews';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { useAsync } from '../base/useAsync';
import { BalanceChart } from './BalanceChart';
import { FeedbackSection } from './FeedbackSection';
import { InsightFilters } from './InsightFilters';
import { PhaseSection } from './PhaseSection';
import { RequirementSection } from './RequirementSection';
import { insightStrings } from './strings';
import { useInsightData } from './useInsightData';
import { useReport } from './useReport';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: '1200px', minWidth: 0, overflowWrap: 'anywhere' },
  title: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '80ch' },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
});

export function InsightPage(): JSX.Element {
  const { language } = useShell();
  const services = useServices();
  const t = translator(insightStrings, language);
  const [round, setRound] = useState(0);
  const loaded = useAsync(() => services.insight.load(), `insight:${round}`);
  if (loaded.status === 'pending') return <LoadingView label={t('loading')} />;
  if (loaded.status === 'failed') {
    const code = loaded.error instanceof StoreError ? loaded.error.code : 'unknown';
    if (code === 'accessDenied') return <CoordinationNoAccess what="insight" language={language} />;
    return <ErrorView message={storeErrorMessage(code, language)} onRetry={() => setRound((n) => n + 1)} />;
  }
  return <InsightView first={loaded.value} />;
}

function InsightView({ first }: { first: LoadedInsight }): JSX.Element {
  const styles = useStyles();
  const { language } = useShell();
  const services = useServices();
  const t = translator(insightStrings, language);
  const shown = useInsightData(first, () => services.insight.load());
  const { data, feedback, loadedAt: now } = shown;
  const [filter, setFilter] = useState<InsightFilter>(emptyInsightFilter);
  const projects = useMemo(() => filterInsightProjects(data.projects, filter, now), [data.projects, filter, now]);
  const insight = useMemo(() => buildInsight(projects, { reference: data.reference, feedback, now }), [projects, data.reference, feedback, now]);
  const links = useMemo(() => new Map(data.projects.map((p) => [p.row.projectKey, projectHref(p.row.tabUrl)])), [data.projects]);
  const href = (projectKey: string) => links.get(projectKey);
  const report = useReport({ insight, projects, reference: data.reference, language, now });
  const names = (list: { title: string }[]) => list.map((p) => p.title).join(', ');

  const answer = async (item: StoredFeedback, version: string) => {
    shown.answered(await services.feedback.answer(item, version, new Date().toISOString()));
  };

  // Not a <main>: the shell's own <main> holds every page.
  return (
    <div className={styles.root} lang={languageTag(language)}>
      <h1 className={styles.title}>{t('title')}</h1>
      <p className={styles.intro}>{t('intro')}</p>
      <nav className={styles.bar} aria-label={t('title')}>
        <Link href={routeHash('overview')}>{t('overviewLink')}</Link>
        <Link href={routeHash('modell')}>{t('editorLink')}</Link>
        <Button appearance="primary" disabled={report.busy} onClick={report.make}>{t('reportButton')}</Button>
        {report.busy && <Spinner size="tiny" label={t('reportWorking')} />}
      </nav>
      <div className={styles.bar}>
        <Text size={200} data-testid="insight-updated">{t('updatedAt', { time: formatDateTime(now.toISOString(), language) })}</Text>
        <Button onClick={shown.refresh} disabled={shown.refreshing}>{shown.refreshing ? t('refreshing') : t('refresh')}</Button>
      </div>
      {shown.refreshFailed && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('refreshFailed', { reason: storeErrorMessage(shown.refreshFailed, language) })}</MessageBarBody></MessageBar>}
      {report.error && <MessageBar intent="error"><MessageBarBody>{t('reportFailed', { reason: report.error })}</MessageBarBody></MessageBar>}
      <p className={styles.intro} data-testid="insight-coverage">{t('coverage', { with: insight.coverage.withEvidence, total: insight.coverage.projects })}</p>
      {insight.coverage.noData.length > 0 && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('noData', { count: insight.coverage.noData.length, projects: names(insight.coverage.noData) })}</MessageBarBody></MessageBar>}
      {insight.coverage.unreadable.length > 0 && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('unreadable', { count: insight.coverage.unreadable.length, projects: names(insight.coverage.unreadable) })}</MessageBarBody></MessageBar>}
      {insight.coverage.overridesWithoutRequirements > 0 && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('overridesWithoutRequirements', { count: insight.coverage.overridesWithoutRequirements })}</MessageBarBody></MessageBar>}
      {data.missingVersions.length > 0 && <MessageBar intent="warning" layout="multiline"><MessageBarBody>{t('missingVersions', { versions: data.missingVersions.join(', ') })}</MessageBarBody></MessageBar>}
      {data.feedbackMissing && <MessageBar intent="info" layout="multiline"><MessageBarBody>{t('feedbackMissing')}</MessageBarBody></MessageBar>}
      <InsightFilters projects={data.projects} model={data.reference} filter={filter} language={language} onChange={setFilter} />
      <BalanceChart balance={insight.balance} model={data.reference} language={language} href={href} />
      <RequirementSection requirements={insight.requirements} model={data.reference} language={language} href={href} />
      <PhaseSection phases={insight.phases} model={data.reference} language={language} href={href} />
      <FeedbackSection feedback={feedback} model={data.reference} language={language} versions={data.versions.map((v) => v.version)} answer={answer} />
    </div>
  );
}
