// Production: sign in for the host, connect to Microsoft Graph, route.
import { useMemo } from 'react';
import { createTokenSource } from '../../auth';
import { translator } from '../../i18n/defineMessages';
import { DEFAULT_MODEL } from '../../model/defaultModel';
import { AppRoutes } from './AppRoutes';
import { appStrings } from './appStrings';
import { useShell } from './HostReactContext';
import { appConfig } from './runtimeConfig';
import { createAppServices } from './services';
import { ServicesContext } from './ServicesContext';
import { SignInFailedView } from './SignInFailedView';
import { LoadingView } from './StatusViews';
import { authModeFor } from './tokenMode';
import { useAsync } from './useAsync';

export function SignedInApp() {
  const { host, language } = useShell();
  const tokens = useAsync(() => createTokenSource(authModeFor(host), { clientId: appConfig.clientId }), host.kind);
  const source = tokens.status === 'done' ? tokens.value : undefined;
  const services = useMemo(
    () =>
      source
        ? createAppServices({
            tokens: source,
            model: DEFAULT_MODEL,
            graphBaseUrl: appConfig.graphBaseUrl(),
            userAgentTag: appConfig.userAgentTag,
            coordinationSiteUrl: appConfig.coordinationSiteUrl,
          })
        : undefined,
    [source],
  );
  if (tokens.status === 'failed') return <SignInFailedView onRetry={tokens.reload} />;
  if (!services) return <LoadingView label={translator(appStrings, language)('starting')} />;
  return (
    <ServicesContext.Provider value={services}>
      <AppRoutes siteDefaults={{}} />
    </ServicesContext.Provider>
  );
}
