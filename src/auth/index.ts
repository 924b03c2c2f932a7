// Sign-in for every host: nested app authentication in Teams, MSAL outside Teams, dev tokens in local mode.
// MSAL is loaded only when a Teams or browser sign-in starts (a dynamic import), so it is not in the first paint.
import { LocalTokenSource } from './localTokenSource';
import { SignInError } from './SignInError';
import type { AuthMode, TokenSource, TokenSourceConfig } from './types';
import type { MsalFactories } from './token-source';

export async function createTokenSource(mode: AuthMode, config: TokenSourceConfig, factories?: MsalFactories): Promise<TokenSource> {
  if (mode.kind === 'local') {
    if (!mode.devToken) throw new SignInError('noAccount', 'Local mode needs a dev token');
    return new LocalTokenSource(mode.devToken);
  }
  const msal = await import('./token-source');
  return msal.createTokenSource(mode, config, factories);
}

export { SignInError, SIGN_IN_MESSAGE_KEYS } from './SignInError';
export type { SignInFailureReason } from './SignInError';
export type { AuthMode, AccountSummary, TeamsAuthContext, TokenSource, TokenSourceConfig } from './types';
export type { MsalClient, MsalFactories } from './token-source';
export { GRAPH_SCOPES, SITE_PERMISSION, SITE_PERMISSIONS, RECOMMENDED_SITE_PERMISSION, graphScopesFor, isSitePermission, provisioningNeeds } from './scopes';
export type { GraphScope, GraphScopeSet, ProvisioningNeed, SitePermission } from './scopes';
