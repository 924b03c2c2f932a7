// The #/overview route: the app's services and shell wired to the presentational PortfolioOverview. The shell loads
// this file lazily (src/ui/shell/OverviewRoute.tsx), so the overview and its exports cost the channel tab nothing.
import { useMemo } from 'react';
import { useAsync } from '../base/useAsync';
import type { JSX } from 'react';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { appConfig, isLocalMode } from '../base/runtimeConfig';
import { createPortfolioReader } from '../../store/portfolio/PortfolioReader';
import { StoreError } from '../../store/ChecklistStore';
import { PortfolioOverview } from './PortfolioOverview';
import type { PortfolioSource } from './usePortfolio';
import { ReadOnlyProject } from './ReadOnlyProject';
import { ModelLinks } from './ModelLinks';
import { useModelSnapshot } from '../toolbox/useModelSnapshot';

const NO_LISTS = { projects: '', checklist: '', events: '', participants: '' };

/** The emulator's coordination site, for local mode when no site is configured. */
const LOCAL_COORDINATION_SITE = 'https://innlandet.sharepoint.com/sites/koordinering';
/** Delta refresh while the overview is visible: one request of 1 RU when nothing changed. */
const POLL_MS = 60_000;

export function OverviewPage(): JSX.Element {
  const { language } = useShell();
  const services = useServices();
  const siteUrl = (services as { coordinationSiteUrl?: string }).coordinationSiteUrl || appConfig.coordinationSiteUrl || (isLocalMode ? LOCAL_COORDINATION_SITE : '');
  const source = useMemo<PortfolioSource>(() => {
    if (!siteUrl) {
      const missing = (): Promise<never> => Promise.reject(new StoreError('siteNotFound', 'No coordination site is configured (VITE_COORDINATION_SITE)'));
      return { load: missing, refresh: missing };
    }
    // Each row is read against the model version its project runs on, from the same source as the project tabs.
    return createPortfolioReader(services.graph, { siteUrl }, { models: services.modelSource });
  }, [services, siteUrl]);
  // The newest published model names the phases of the chart, the filters and the exports' columns.
  const { newest } = useModelSnapshot(services.modelSource);
  // Who may change the coordination site (asked at site level: it has none of the project lists) gets the editor link.
  const mayEdit = useAsync(async () => {
    if (!siteUrl) return false;
    const site = await services.inspect({ siteUrl });
    return (await services.store.rights({ siteId: site.siteId, siteUrl: site.siteUrl, lists: NO_LISTS })).canWrite;
  }, siteUrl);

  return (
    <PortfolioOverview
      model={newest}
      language={language}
      source={source}
      pollMs={POLL_MS}
      links={<ModelLinks canEditModel={mayEdit.status === 'done' && mayEdit.value} language={language} />}
      renderProject={(row, onLoaded) => <ReadOnlyProject store={services.store} siteUrl={row.row.siteUrl} projectKey={row.projectKey} model={row.row.model} language={language} onLoaded={onLoaded} />}
    />
  );
}
