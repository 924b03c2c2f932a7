// The sign-in contract the rest of the app sees (no MSAL types, so importing it loads nothing).

/** What the host layer knows about the signed-in user from teams-js `app.getContext()`. */
export interface TeamsAuthContext {
  /** `context.user.tenant.id`: the tenant that hosts the team (for a guest, NOT the guest's home tenant). */
  tenantId?: string;
  /** `context.user.loginHint`: the user's sign-in name (UPN or e-mail). */
  loginHint?: string;
  /** `${context.user.id}.${context.user.tenant.id}`: matches MSAL's homeAccountId for members of that tenant. */
  homeAccountId?: string;
}

export type AuthMode =
  | { kind: 'teams'; context: TeamsAuthContext }
  | { kind: 'browser' }
  | { kind: 'local'; devToken: string };

export interface AccountSummary {
  name?: string;
  username?: string;
  tenantId?: string;
}

export interface TokenSource {
  /**
   * An access token for Microsoft Graph carrying `scopes` (default GRAPH_SCOPES.items). Rejects with SignInError.
   * `silentOnly`: never a prompt; where one would be needed (no consent yet), reject with `consentRequired`.
   */
  getAccessToken(scopes?: readonly string[], options?: { silentOnly?: boolean }): Promise<string>;
  /** The signed-in account once known (after the first token), else undefined. */
  account(): AccountSummary | undefined;
}

export interface TokenSourceConfig {
  /** Application (client) id of the Entra ID app registration (VITE_CLIENT_ID). */
  clientId: string;
  /** SPA redirect URI for the standard client; default `${location.origin}/auth-redirect.html`. */
  redirectUri?: string;
  /**
   * Authority outside Teams. Default `https://login.microsoftonline.com/organizations` (any work account; the
   * user's home tenant). Set `https://login.microsoftonline.com/<tenant id>` to sign guests into a host tenant.
   */
  authority?: string;
  /** Interactive flow outside Teams. Default: redirect in a top-level window, popup inside an iframe. */
  interaction?: 'popup' | 'redirect';
}
