// Production: sign in for the host, connect to Microsoft Graph, route.
import { useMemo } from 'react';
import { createTokenSource } from '../../auth';
import { translator } from '../../i18n/defineMessages';
import { storeErrorMessage } from '../base/storeErrorMessage';
import { AppRoutes } from './AppRoutes';
import { loadAppParts } from './appParts';
import { accountDatabase } from './accountDatabase';
import { appStrings } from './appStrings';
import { useShell } from '../base/HostReactContext';
import { appConfig } from '../base/runtimeConfig';
import { ServicesContext } from '../base/ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { ErrorView, LoadingView } from '../base/StatusViews';
import { authModeFor } from './tokenMode';
import { useAsync } from '../base/useAsync';

export function SignedInApp() {
  const { host, language } = useShell();
  // Signed in before anything else, so the device's queue and caches can be kept per account: two people sharing
  // a PC never see each other's cached projects or identity.
  const tokens = useAsync(async () => {
    const source = await createTokenSource(authModeFor(host), { clientId: appConfig.clientId });
    await source.getAccessToken();
    return source;
  }, host.kind);
  // Fetched beside sign-in (main.tsx starts it even earlier): see appParts.ts.
  const parts = useAsync(loadAppParts, 'app parts');
  const source = tokens.status === 'done' ? tokens.value : undefined;
  const built = parts.status === 'done' ? parts.value : undefined;
  const services = useMemo(
    () =>
      source && built
        ? built.createAppServices({
            tokens: source,
            model: built.model,
            graphBaseUrl: appConfig.graphBaseUrl(),
            userAgentTag: appConfig.userAgentTag,
            coordinationSiteUrl: appConfig.coordinationSiteUrl,
            ...(appConfig.teamsAppId ? { teamsAppId: appConfig.teamsAppId } : {}),
            ...accountDatabase(source.account()),
          })
        : undefined,
    [source, built],
  );
  if (tokens.status === 'failed') return <SignInFailedView onRetry={tokens.reload} />;
  if (parts.status === 'failed') return <ErrorView message={storeErrorMessage('network', language)} onRetry={parts.reload} />;
  if (!services) return <LoadingView label={translator(appStrings, language)('starting')} />;
  return (
    <ServicesContext.Provider value={services}>
      <AppRoutes siteDefaults={{}} />
    </ServicesContext.Provider>
  );
}
