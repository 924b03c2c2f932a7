// A person who cannot open a site: the no-access page, naming the site's owners once Graph has said who they are (a
// team site's group owners, where the tenant lets the app read them; otherwise the page says the owners can help).
import type { SiteAddress } from '../../store/ChecklistStore';
import { translator } from '../../i18n/defineMessages';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { NoAccessView } from './NoAccessView';
import { useServices } from '../base/ServicesContext';
import { LoadingView } from '../base/StatusViews';
import { useAsync } from '../base/useAsync';

export function NoAccessForSite({ site, label }: { site: SiteAddress; label: string }) {
  const services = useServices();
  const { language } = useShell();
  const owners = useAsync(() => services.store.ownersOf(site), JSON.stringify([site.siteId, site.siteUrl, site.groupId]));
  if (owners.status === 'pending') return <LoadingView label={translator(appStrings, language)('loadingProject')} />;
  const named = owners.status === 'done' ? owners.value : undefined;
  return <NoAccessView site={label} {...(named ? { owners: named } : {})} />;
}
