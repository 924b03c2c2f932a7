// Finds the site and our lists before anything else renders: missing lists, sign-in and access problems each get
// a page that says what to do (no access is not an error, and offers no retry that cannot help).
import type { ReactNode } from 'react';
import { translator } from '../../i18n/defineMessages';
import type { ProjectLocation, SiteAddress } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { appStrings } from './appStrings';
import { isSignInFailure, storeErrorOf } from '../base/failures';
import { useShell } from '../base/HostReactContext';
import { ListsMissingView } from './ListsMissingView';
import { NoAccessForSite } from './NoAccessForSite';
import { useServices } from '../base/ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { ErrorView, LoadingView } from '../base/StatusViews';
import { useAsync } from '../base/useAsync';

export function SiteGate({ site, children }: { site: SiteAddress; children: (location: ProjectLocation) => ReactNode }) {
  const services = useServices();
  const { language } = useShell();
  const t = translator(appStrings, language);
  const located = useAsync(() => services.locate(site), JSON.stringify(site));
  if (located.status === 'pending') return <LoadingView label={t('loadingProject')} />;
  if (located.status === 'done') return <>{children(located.value)}</>;
  const error = located.error;
  if (isSignInFailure(error)) return <SignInFailedView onRetry={located.reload} />;
  const storeError = storeErrorOf(error);
  if (storeError.code === 'listsMissing') {
    return <MissingLists site={site} missing={storeError.missing ?? []} onProvisioned={located.reload} />;
  }
  if (storeError.code === 'accessDenied') return <NoAccessForSite site={site} label={siteLabel(site)} />;
  return <ErrorView message={storeErrorMessage(storeError.code, language)} onRetry={located.reload} />;
}

/** How the no-access page names a site it could not read: its address when known. */
const siteLabel = (site: SiteAddress): string => site.siteUrl ?? site.siteId ?? site.groupId ?? '';

/**
 * The site's URL for the admin command (known from the host, or read from Graph: a team's group id) and whether this
 * person may create lists there. The site has none of our lists yet, so its rights are asked with the site alone.
 */
function MissingLists({ site, missing, onProvisioned }: { site: SiteAddress; missing: string[]; onProvisioned: () => void }) {
  const services = useServices();
  const { language } = useShell();
  const inspected = useAsync(async () => {
    const inspection = await services.inspect(site);
    const noLists = { projects: '', checklist: '', events: '', participants: '' };
    const rights = await services.store.rights({ siteId: inspection.siteId, siteUrl: inspection.siteUrl, lists: noLists }).catch(() => undefined);
    return { siteUrl: site.siteUrl ?? inspection.siteUrl, canManageLists: rights?.canManageLists ?? false };
  }, JSON.stringify(site));
  if (inspected.status === 'pending') return <LoadingView label={translator(appStrings, language)('loadingProject')} />;
  const found = inspected.status === 'done' ? inspected.value : { siteUrl: site.siteUrl ?? site.groupId ?? '', canManageLists: false };
  return <ListsMissingView siteUrl={found.siteUrl} missing={missing} canManageLists={found.canManageLists} onProvision={() => services.provision(site).then(onProvisioned)} />;
}
