// Finds the site and our lists before anything else renders: missing lists, sign-in and access problems each get
// a page that says what to do.
import type { ReactNode } from 'react';
import { translator } from '../../i18n/defineMessages';
import type { ProjectLocation, SiteAddress } from '../../store/ChecklistStore';
import { storeErrorMessage } from '../common/storeErrorMessage';
import { appStrings } from './appStrings';
import { isSignInFailure, storeErrorOf } from './failures';
import { useShell } from './HostReactContext';
import { ListsMissingView } from './ListsMissingView';
import { useServices } from './ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { ErrorView, LoadingView } from './StatusViews';
import { useAsync } from './useAsync';

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
  return <ErrorView message={storeErrorMessage(storeError.code, language)} onRetry={located.reload} />;
}

/** The site's URL for the admin command: known from the host, or read from Graph (a team's group id). */
function MissingLists({ site, missing, onProvisioned }: { site: SiteAddress; missing: string[]; onProvisioned: () => void }) {
  const services = useServices();
  const { language } = useShell();
  const inspected = useAsync(() => (site.siteUrl ? Promise.resolve(site.siteUrl) : services.inspect(site).then((i) => i.siteUrl)), JSON.stringify(site));
  if (inspected.status === 'pending') return <LoadingView label={translator(appStrings, language)('loadingProject')} />;
  const siteUrl = inspected.status === 'done' ? inspected.value : (site.groupId ?? '');
  return <ListsMissingView siteUrl={siteUrl} missing={missing} onProvision={() => services.provision(site).then(onProvisioned)} />;
}
