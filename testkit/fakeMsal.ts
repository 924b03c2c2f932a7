// A fake of MSAL's PublicClientApplication (a third-party boundary): records what the token source asks for and
// answers with scripted results. The errors it throws are MSAL's real classes.
import type { AccountInfo, AuthenticationResult, Configuration, PopupRequest, RedirectRequest, SilentRequest } from '@azure/msal-browser';
import type { MsalClient, MsalFactories } from '../src/auth/token-source';
import { kari } from './people';

type AccountFilter = Parameters<MsalClient['getAccount']>[0];

export function account(overrides: Partial<AccountInfo> = {}): AccountInfo {
  return {
    homeAccountId: '11111111-1111-4111-8111-111111111111.aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    environment: 'login.microsoftonline.com',
    tenantId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    username: kari.email,
    localAccountId: '11111111-1111-4111-8111-111111111111',
    name: kari.name,
    ...overrides,
  };
}

export function result(acc: AccountInfo, accessToken: string, scopes: readonly string[] = []): AuthenticationResult {
  return {
    authority: `https://login.microsoftonline.com/${acc.tenantId}`,
    uniqueId: acc.localAccountId,
    tenantId: acc.tenantId,
    scopes: [...scopes],
    account: acc,
    idToken: 'id-token',
    idTokenClaims: {},
    accessToken,
    fromCache: false,
    expiresOn: new Date(Date.now() + 3600_000),
    tokenType: 'Bearer',
    correlationId: 'corr',
  };
}

type Step<R> = (request: R) => Promise<AuthenticationResult>;

export class FakePca implements MsalClient {
  readonly calls: { method: string; request?: unknown }[] = [];
  accounts: AccountInfo[] = [];
  active: AccountInfo | null = null;
  silent: Step<SilentRequest> = () => Promise.reject(new Error('silent not scripted'));
  popup: Step<PopupRequest> = () => Promise.reject(new Error('popup not scripted'));
  redirectResult: AuthenticationResult | null = null;
  redirectError: unknown = undefined;
  /** Resolves when the token source starts a redirect sign-in (tests wait for this, not for a timer). */
  readonly redirectStarted: Promise<void>;
  private startRedirect: () => void = () => undefined;

  constructor() {
    this.redirectStarted = new Promise((resolve) => {
      this.startRedirect = resolve;
    });
  }

  acquireTokenSilent(request: SilentRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: 'acquireTokenSilent', request });
    return this.silent(request);
  }
  acquireTokenPopup(request: PopupRequest): Promise<AuthenticationResult> {
    this.calls.push({ method: 'acquireTokenPopup', request });
    return this.popup(request);
  }
  acquireTokenRedirect(request: RedirectRequest): Promise<void> {
    this.calls.push({ method: 'acquireTokenRedirect', request });
    this.startRedirect();
    return Promise.resolve();
  }
  getAccount(filter: AccountFilter): AccountInfo | null {
    this.calls.push({ method: 'getAccount', request: filter });
    return (
      this.accounts.find(
        (a) =>
          (filter.homeAccountId === undefined || a.homeAccountId === filter.homeAccountId) &&
          (filter.tenantId === undefined || a.tenantId === filter.tenantId) &&
          (filter.loginHint === undefined || a.username.toLowerCase() === filter.loginHint.toLowerCase()),
      ) ?? null
    );
  }
  getAllAccounts(): AccountInfo[] {
    return [...this.accounts];
  }
  getActiveAccount(): AccountInfo | null {
    return this.active;
  }
  setActiveAccount(acc: AccountInfo | null): void {
    this.active = acc;
  }
  handleRedirectPromise(): Promise<AuthenticationResult | null> {
    this.calls.push({ method: 'handleRedirectPromise' });
    return this.redirectError === undefined ? Promise.resolve(this.redirectResult) : Promise.reject(this.redirectError);
  }
  methods(): string[] {
    return this.calls.map((c) => c.method).filter((m) => m !== 'getAccount');
  }
}

/** Factories that hand out `pca` and record which one was called with which configuration. */
export function fakeFactories(pca: FakePca): MsalFactories & { created: { kind: 'nestable' | 'standard'; configuration: Configuration }[] } {
  const created: { kind: 'nestable' | 'standard'; configuration: Configuration }[] = [];
  return {
    created,
    createNestablePublicClientApplication: (configuration) => {
      created.push({ kind: 'nestable', configuration });
      return Promise.resolve(pca);
    },
    createStandardPublicClientApplication: (configuration) => {
      created.push({ kind: 'standard', configuration });
      return Promise.resolve(pca);
    },
  };
}
