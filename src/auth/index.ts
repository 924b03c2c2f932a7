// Sign-in for every host: nested app authentication in Teams, MSAL outside Teams, dev tokens in local mode.
export { createTokenSource, authorityFor, findTeamsAccount, msalFactories } from './token-source';
export type { AuthMode, AccountSummary, MsalClient, MsalFactories, TeamsAuthContext, TokenSource, TokenSourceConfig } from './token-source';
export { SignInError, SIGN_IN_MESSAGE_KEYS, notifyTeamsSignInFailure, toSignInError } from './errors';
export type { SignInFailureReason } from './errors';
export { GRAPH_SCOPES } from './scopes';
export type { GraphScope } from './scopes';
