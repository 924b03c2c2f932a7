// One way to get a Microsoft Graph access token, whatever hosts the app:
//  - Teams (and other Microsoft 365 hosts with nested app authentication): createNestablePublicClientApplication,
//    called after teams-js `app.initialize()`; the host brokers tokens for the account it is signed in with.
//  - Browser and SharePoint (no Teams host): a standard public client (popup in an iframe, redirect at top level).
//  - Local mode: the Graph emulator's dev token.
// Both MSAL paths: acquireTokenSilent first; interaction (popup or redirect) only on InteractionRequiredAuthError
// or when no account is known yet. Failures surface as SignInError (./errors).
//
// Token cache: Teams → memoryStorage. The host broker keeps the long-lived tokens; in the tab, tokens live only
// as long as the page, and nothing is written to any web storage. Browser → sessionStorage. The redirect flow
// needs state that survives the navigation to login.microsoftonline.com and back (MSAL refuses redirects with
// memoryStorage); sessionStorage is per tab, gone when the tab closes, never shared with other tabs or written
// to localStorage, so a shared PC does not keep a user signed in. Never localStorage (architecture.md).
import {
  BrowserAuthError,
  BrowserCacheLocation,
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
} from '@azure/msal-browser';
import type {
  AccountInfo,
  AuthenticationResult,
  Configuration,
  IPublicClientApplication,
  PopupRequest,
  SilentRequest,
} from '@azure/msal-browser';
import { toSignInError } from './errors';
import { SignInError } from './SignInError';
import { LocalTokenSource } from './localTokenSource';
import { GRAPH_SCOPES } from './scopes';
import type { AccountSummary, AuthMode, TeamsAuthContext, TokenSource, TokenSourceConfig } from './types';

export type { AccountSummary, AuthMode, TeamsAuthContext, TokenSource, TokenSourceConfig } from './types';

/** The part of MSAL's PublicClientApplication this module uses (the seam tests fake). */
export type MsalClient = Pick<
  IPublicClientApplication,
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'acquireTokenRedirect'
  | 'getAccount'
  | 'getAllAccounts'
  | 'getActiveAccount'
  | 'setActiveAccount'
  | 'handleRedirectPromise'
>;

export interface MsalFactories {
  createNestablePublicClientApplication(configuration: Configuration): Promise<MsalClient>;
  createStandardPublicClientApplication(configuration: Configuration): Promise<MsalClient>;
}

/** MSAL's own factories (both return an initialized client). */
export const msalFactories: MsalFactories = {
  createNestablePublicClientApplication: (configuration) => createNestablePublicClientApplication(configuration),
  createStandardPublicClientApplication: (configuration) => createStandardPublicClientApplication(configuration),
};

const LOGIN_HOST = 'https://login.microsoftonline.com';
const TENANT_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i;

/** `https://login.microsoftonline.com/<tenant>` for a tenant id or verified domain, else `/organizations`. */
export function authorityFor(tenantId: string | undefined): string {
  return tenantId && TENANT_ID.test(tenantId) ? `${LOGIN_HOST}/${tenantId}` : `${LOGIN_HOST}/organizations`;
}

function defaultRedirectUri(): string | undefined {
  return typeof window === 'undefined' ? undefined : `${window.location.origin}/auth-redirect.html`;
}

function isTopLevelWindow(): boolean {
  try {
    return typeof window !== 'undefined' && window.self === window.top;
  } catch {
    return false; // a cross-origin parent throws: we are framed
  }
}

function summarize(account: AccountInfo | null | undefined): AccountSummary | undefined {
  if (!account) return undefined;
  const summary: AccountSummary = {};
  if (account.name) summary.name = account.name;
  if (account.username) summary.username = account.username;
  if (account.tenantId) summary.tenantId = account.tenantId;
  return summary;
}

/** Errors after which a silent attempt should become an interactive one. */
function needsInteraction(error: unknown): boolean {
  return (
    error instanceof InteractionRequiredAuthError ||
    (error instanceof BrowserAuthError && error.errorCode === 'no_account_error')
  );
}

/** The account Teams says is signed in: by homeAccountId, then by loginHint in the team's tenant, then by loginHint. */
export function findTeamsAccount(client: Pick<MsalClient, 'getAccount'>, context: TeamsAuthContext): AccountInfo | null {
  const filters: Parameters<MsalClient['getAccount']>[0][] = [];
  if (context.homeAccountId) filters.push({ homeAccountId: context.homeAccountId });
  if (context.loginHint) {
    if (context.tenantId) filters.push({ loginHint: context.loginHint, tenantId: context.tenantId });
    filters.push({ loginHint: context.loginHint });
  }
  for (const filter of filters) {
    const account = client.getAccount(filter);
    if (account) return account;
  }
  return null;
}

class MsalTokenSource implements TokenSource {
  private current: AccountInfo | null = null;
  private interactive: Promise<AuthenticationResult> | null = null;

  constructor(
    private readonly client: MsalClient,
    private readonly options: {
      interaction: 'popup' | 'redirect';
      findAccount: () => AccountInfo | null;
      loginHint: string | undefined;
      /** In Teams the NAA host knows the account even when MSAL's cache does not: try silent anyway. */
      silentWithoutAccount: boolean;
    },
  ) {}

  account(): AccountSummary | undefined {
    return summarize(this.current ?? this.client.getActiveAccount());
  }

  async getAccessToken(scopes: readonly string[] = GRAPH_SCOPES.items, options: { silentOnly?: boolean } = {}): Promise<string> {
    const requestScopes = [...scopes];
    const account = this.current ?? this.options.findAccount();
    if (account || this.options.silentWithoutAccount) {
      const silent: SilentRequest = { scopes: requestScopes };
      if (account) silent.account = account;
      try {
        return this.accept(await this.client.acquireTokenSilent(silent));
      } catch (error) {
        if (!needsInteraction(error)) throw toSignInError(error);
      }
    }
    // Something that may go without the user (an activity notice) never opens a sign-in window.
    if (options.silentOnly) throw new SignInError('consentRequired', `No token for ${requestScopes.join(' ')} without a prompt`);
    return this.accept(await this.interact(requestScopes, account));
  }

  private accept(result: AuthenticationResult): string {
    if (result.account) {
      this.current = result.account;
      this.client.setActiveAccount(result.account);
    }
    if (!result.accessToken) throw new SignInError('unknown', 'MSAL returned no access token');
    return result.accessToken;
  }

  /** One interactive prompt at a time; concurrent callers share it (MSAL rejects a second one anyway). */
  private interact(scopes: string[], account: AccountInfo | null): Promise<AuthenticationResult> {
    if (this.interactive) return this.interactive;
    const request: PopupRequest = { scopes };
    if (account) request.account = account;
    const loginHint = account?.username || this.options.loginHint;
    if (loginHint) request.loginHint = loginHint;
    const run = async (): Promise<AuthenticationResult> => {
      if (this.options.interaction === 'redirect') return this.redirect(request);
      try {
        return await this.client.acquireTokenPopup(request);
      } catch (error) {
        throw toSignInError(error);
      }
    };
    this.interactive = run().finally(() => {
      this.interactive = null;
    });
    return this.interactive;
  }

  private async redirect(request: PopupRequest): Promise<AuthenticationResult> {
    try {
      await this.client.acquireTokenRedirect(request);
    } catch (error) {
      throw toSignInError(error);
    }
    // The page is navigating to the sign-in page; this promise never settles.
    return new Promise<AuthenticationResult>(() => undefined);
  }
}

/**
 * Creates the token source for the current host. For `teams`, call it after `app.initialize()` resolved.
 * Rejects with SignInError when a redirect sign-in just came back with an error.
 */
export async function createTokenSource(
  mode: AuthMode,
  config: TokenSourceConfig,
  factories: MsalFactories = msalFactories,
): Promise<TokenSource> {
  if (mode.kind === 'local') {
    if (!mode.devToken) throw new SignInError('noAccount', 'Local mode needs a dev token');
    return new LocalTokenSource(mode.devToken);
  }
  if (!config.clientId) throw new SignInError('unknown', 'No client id configured (VITE_CLIENT_ID)');
  const redirectUri = config.redirectUri ?? defaultRedirectUri();

  if (mode.kind === 'teams') {
    const { context } = mode;
    let client: MsalClient;
    try {
      client = await factories.createNestablePublicClientApplication({
        auth: {
          clientId: config.clientId,
          // The team's tenant: a guest gets a token for the tenant whose SharePoint holds the lists.
          authority: authorityFor(context.tenantId),
          ...(redirectUri ? { redirectUri } : {}),
        },
        cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
      });
    } catch (error) {
      throw toSignInError(error);
    }
    return new MsalTokenSource(client, {
      interaction: 'popup', // a tab is always framed: redirects are not possible
      findAccount: () => findTeamsAccount(client, context),
      loginHint: context.loginHint,
      silentWithoutAccount: true,
    });
  }

  // Tokens stay in memory, except for a redirect sign-in: the page navigates away and back, so MSAL must find its
  // tokens again after the return (and after a reload) in sessionStorage: per tab, gone when the tab closes, never
  // localStorage. A framed page (SharePoint) signs in with a popup and keeps everything in memory.
  const interaction = config.interaction ?? (isTopLevelWindow() ? 'redirect' : 'popup');
  let client: MsalClient;
  try {
    client = await factories.createStandardPublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority ?? authorityFor(undefined),
        ...(redirectUri ? { redirectUri } : {}),
      },
      cache: { cacheLocation: interaction === 'redirect' ? BrowserCacheLocation.SessionStorage : BrowserCacheLocation.MemoryStorage },
    });
  } catch (error) {
    throw toSignInError(error);
  }
  let returned: AuthenticationResult | null;
  try {
    returned = await client.handleRedirectPromise();
  } catch (error) {
    throw toSignInError(error);
  }
  if (returned?.account) client.setActiveAccount(returned.account);
  return new MsalTokenSource(client, {
    interaction,
    findAccount: () => client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null,
    loginHint: undefined,
    silentWithoutAccount: false,
  });
}
