// The #/overview route: the app's services and shell wired to the presentational PortfolioOverview. The shell loads
// this file lazily (src/ui/shell/OverviewRoute.tsx), so the overview and its exports cost the channel tab nothing.
import { useAsync } from '../base/useAsync';
import type { JSX } from 'react';
import { useShell } from '../base/HostReactContext';
import { useServices } from '../base/ServicesContext';
import { PortfolioOverview } from './PortfolioOverview';
import { ReadOnlyProject } from './ReadOnlyProject';
import { ModelLinks } from './ModelLinks';
import { CoordinationNoAccess } from '../base/coordinationAccess/CoordinationNoAccess';
import { useModelSnapshot } from '../toolbox';

const NO_LISTS = { projects: '', checklist: '', events: '', participants: '' };

/** Delta refresh while the overview is visible: one request of 1 RU when nothing changed. */
const POLL_MS = 60_000;

export function OverviewPage(): JSX.Element {
  const { language } = useShell();
  const services = useServices();
  const site = services.coordinationSite;
  // The newest published model names the phases of the chart, the filters and the exports' columns; each row's own
  // figures and labels come from the version its project runs on (the Portfolio reader reads it against that).
  const { newest } = useModelSnapshot(services.modelSource);
  // Who may change the coordination site (asked at site level: it has none of the project lists) gets the editor link.
  const mayEdit = useAsync(async () => {
    if (!site) return false;
    const inspected = await services.inspect(site);
    return (await services.store.rights({ siteId: inspected.siteId, siteUrl: inspected.siteUrl, lists: NO_LISTS })).canWrite;
  }, site?.siteUrl ?? '');

  return (
    <PortfolioOverview
      model={newest}
      language={language}
      source={services.portfolio}
      pollMs={POLL_MS}
      {...(site?.siteUrl ? { coordinationSite: site.siteUrl } : {})}
      links={<ModelLinks canEditModel={mayEdit.status === 'done' && mayEdit.value} language={language} />}
      noAccess={<CoordinationNoAccess what="overview" language={language} />}
      renderProject={(row, onLoaded) => <ReadOnlyProject store={services.store} siteUrl={row.row.siteUrl} projectKey={row.projectKey} model={row.row.model} language={language} onLoaded={onLoaded} />}
    />
  );
}
