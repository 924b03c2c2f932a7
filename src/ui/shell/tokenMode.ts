// Which sign-in fits the host: nested app authentication wherever teams-js runs (Teams, and SharePoint through the
// same SDK), MSAL's standard client in a plain browser.
import type { AuthMode } from '../../auth';
import type { HostAdapter } from '../../host/HostAdapter';

export function authModeFor(host: Pick<HostAdapter, 'kind' | 'context'>): AuthMode {
  const { user } = host.context;
  const viaTeamsSdk = host.kind === 'teams' || (host.kind === 'sharepoint' && user.tenantId !== undefined);
  if (!viaTeamsSdk) return { kind: 'browser' };
  return {
    kind: 'teams',
    context: {
      ...(user.tenantId ? { tenantId: user.tenantId } : {}),
      ...(user.loginHint ? { loginHint: user.loginHint } : {}),
      ...(user.id && user.tenantId ? { homeAccountId: `${user.id}.${user.tenantId}` } : {}),
    },
  };
}
