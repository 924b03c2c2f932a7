// Local mode (VITE_GRAPH_MODE=local): the emulator's dev users sign in with dev tokens, nothing to configure.
// Loaded as its own chunk, and only in local builds (see App.tsx), so production carries none of it.
import { useMemo, useState } from 'react';
import { createTokenSource } from '../../../auth';
import { translator } from '../../../i18n/defineMessages';
import { DEFAULT_MODEL } from '../../../model/defaultModel';
import { DEMO_PROJECTS } from '../../../model/demoProjects';
import { AppRoutes } from '../AppRoutes';
import { appStrings } from '../appStrings';
import { useShell } from '../../base/HostReactContext';
import { appConfig } from '../../base/runtimeConfig';
import { storeErrorMessage } from '../../base/storeErrorMessage';
import { createAppServices } from '../services';
import { ServicesContext } from '../../base/ServicesContext';
import type { SiteDefaults } from '../siteResolution';
import { ErrorView, LoadingView } from '../../base/StatusViews';
import { useAsync } from '../../base/useAsync';
import { useHashRoute } from '../useHashRoute';
import { chooseDevUser, chosenDevUserId, loadDevDirectory } from './devDirectory';
import type { DevDirectory, DevUser } from './devDirectory';
import { LocalModeBar } from './LocalModeBar';
import { MAIN_ID } from '../SkipLink';

export default function LocalModeApp() {
  const { language } = useShell();
  const t = translator(appStrings, language);
  const directory = useAsync(() => loadDevDirectory(window.location.origin), 'directory');
  if (directory.status === 'pending') return <LoadingView label={t('starting')} />;
  // The emulator did not answer: said in the user's language (the fetch's own error is for the console).
  if (directory.status === 'failed') return <ErrorView message={storeErrorMessage('unavailable', language)} onRetry={directory.reload} />;
  return <SignedInAsDevUser directory={directory.value} />;
}

function SignedInAsDevUser({ directory }: { directory: DevDirectory }) {
  const { host, language } = useShell();
  const [userId, setUserId] = useState(() => chosenDevUserId() ?? directory.users[0]?.id ?? '');
  const user: DevUser | undefined = directory.users.find((u) => u.id === userId) ?? directory.users[0];
  const route = useHashRoute(host.context.frameContext);
  const siteDefaults = useMemo<SiteDefaults>(() => defaultsFor(directory), [directory]);
  // The token source and the person it signs in travel together: services, device database and "me" are built
  // from one pair, so no render can combine one person's token with another's storage.
  const signedIn = useAsync(async () => {
    if (!user) return undefined;
    const source = await createTokenSource({ kind: 'local', devToken: user.token }, { clientId: '' });
    return { user, source };
  }, user?.id ?? '');
  const session = signedIn.status === 'done' ? signedIn.value : undefined;
  const coordinationSite = directory.sites.find((site) => site.key === 'koordinering');
  const coordination = coordinationSite?.webUrl ?? appConfig.coordinationSiteUrl;
  const coordinationGroupId = coordinationSite?.groupId;
  const services = useMemo(
    () =>
      session
        ? createAppServices({
            tokens: session.source,
            model: DEFAULT_MODEL,
            graphBaseUrl: appConfig.graphBaseUrl(),
            userAgentTag: appConfig.userAgentTag,
            coordinationSiteUrl: coordination,
            ...(coordinationGroupId ? { coordinationGroupId } : {}),
            databaseName: `felles-modell-local-${session.user.id}`,
          })
        : undefined,
    [session, coordination, coordinationGroupId],
  );
  if (!user) return <ErrorView message={translator(appStrings, language)('noDevUsers')} />;
  const onChooseUser = (id: string) => {
    chooseDevUser(id);
    setUserId(id);
  };
  // With no project chosen, the tab shows the first demo project: the picker says so.
  const projectParam = route.params.get('project') ?? host.context.entityId ?? (route.name === 'tab' ? DEMO_PROJECTS[0]?.projectKey : undefined);
  return (
    <>
      <LocalModeBar users={directory.users} current={user} onChooseUser={onChooseUser} currentProject={projectParam} currentSite={route.params.get('site') ?? undefined} sites={directory.sites} />
      {services && session ? (
        <ServicesContext.Provider value={services} key={session.user.id}>
          <main id={MAIN_ID} tabIndex={-1}>
            <AppRoutes siteDefaults={siteDefaults} />
          </main>
        </ServicesContext.Provider>
      ) : (
        <LoadingView label={translator(appStrings, language)('starting')} />
      )}
    </>
  );
}

/** `?site=/sites/x` resolves against the emulator's tenant; with no site at all, the first demo project's. */
function defaultsFor(directory: DevDirectory): SiteDefaults {
  const anySite = directory.sites[0];
  const tenantHost = anySite ? new URL(anySite.webUrl).host : undefined;
  const first = DEMO_PROJECTS[0];
  return {
    ...(tenantHost ? { tenantHost } : {}),
    ...(tenantHost && first ? { defaultSiteUrl: `https://${tenantHost}${first.siteUrl}` } : {}),
  };
}

