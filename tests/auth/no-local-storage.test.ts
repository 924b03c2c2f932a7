// @vitest-environment jsdom
// Tokens never reach localStorage or IndexedDB. First with MSAL faked (the module's own code writes nothing), then
// with the real @azure/msal-browser given a full token set (access, refresh and ID token): with the configuration
// of Teams and framed pages (memoryStorage) nothing persists anywhere; with a top-level redirect sign-in MSAL keeps
// them in sessionStorage (per tab, gone when it closes) and nothing lands in localStorage or IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExternalTokens } from '@azure/msal-browser';
import type { Configuration } from '@azure/msal-browser';
import { GRAPH_SCOPES, createTokenSource } from '../../src/auth';
import { msalFactories } from '../../src/auth/token-source';
import type { MsalFactories } from '../../src/auth';
import { FakePca, account, fakeFactories, result } from '../../testkit/fakeMsal';
import { ingrid } from '../../testkit/people';

const CLIENT_ID = '00000000-0000-4000-8000-000000000002';
const TENANT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OID = ingrid.id;

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: ingrid.name,
    oid: OID,
    preferred_username: ingrid.email,
    sub: 'subject',
    tid: TENANT,
    ver: '2.0',
  };
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
}

const ACCESS = 'real-msal-access-token';
const REFRESH = 'real-msal-refresh-token';

function tokenResponse() {
  return {
    token_type: 'Bearer' as const,
    scope: GRAPH_SCOPES.items.join(' '),
    expires_in: 3600,
    ext_expires_in: 3600,
    id_token: idToken(),
    access_token: ACCESS,
    refresh_token: REFRESH,
    client_info: b64url({ uid: OID, utid: TENANT }),
  };
}

const webStorage = (storage: Storage): string => Object.keys(storage).map((k) => `${k}=${storage.getItem(k) ?? ''}`).join('\n');

/** Every record of every IndexedDB database on the (fake) device, as text. */
async function indexedDbText(): Promise<string> {
  const out: string[] = [];
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(info.name!);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error);
      });
      out.push(`${info.name}/${store}: ${JSON.stringify(all)}`);
    }
    db.close();
  }
  return out.join('\n');
}

function expectNoTokenIn(text: string): void {
  expect(text).not.toContain(ACCESS);
  expect(text).not.toContain(REFRESH);
  expect(text).not.toContain(idToken().split('.')[1]!); // the ID token's claims part
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('token storage', () => {
  it('writes nothing to localStorage around faked MSAL (Teams and browser paths)', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: TENANT });
    pca.silent = (req) => Promise.resolve(result(user, 'secret-access-token', req.scopes));
    const teams = await createTokenSource({ kind: 'teams', context: { tenantId: TENANT } }, { clientId: CLIENT_ID }, fakeFactories(pca));
    expect(await teams.getAccessToken()).toBe('secret-access-token');
    pca.accounts = [user];
    const browser = await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID }, fakeFactories(pca));
    expect(await browser.getAccessToken()).toBe('secret-access-token');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('real MSAL with the Teams and popup configuration (memoryStorage) persists no token anywhere', async () => {
    const configurations: Configuration[] = [];
    const capture = fakeFactories(new FakePca());
    await createTokenSource({ kind: 'teams', context: { tenantId: TENANT } }, { clientId: CLIENT_ID }, capture);
    await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID, interaction: 'popup' }, capture);
    for (const created of capture.created) configurations.push(created.configuration);
    expect(configurations.map((c) => c.cache?.cacheLocation)).toEqual(['memoryStorage', 'memoryStorage']);

    for (const configuration of configurations) {
      const loaded = await loadExternalTokens(
        { ...configuration, auth: { ...configuration.auth, redirectUri: 'http://localhost:3000/auth-redirect.html' } },
        { scopes: [...GRAPH_SCOPES.items], authority: `https://login.microsoftonline.com/${TENANT}` },
        tokenResponse(),
        {},
      );
      expect(loaded.accessToken).toBe(ACCESS); // MSAL did take the tokens…
    }
    // …and kept them nowhere a later visitor of this device could read.
    expect(localStorage.length).toBe(0);
    expectNoTokenIn(webStorage(sessionStorage));
    expectNoTokenIn(await indexedDbText());
  });

  it('real MSAL keeps the redirect sign-in tokens in sessionStorage, never in localStorage or IndexedDB', async () => {
    let configuration: Configuration | undefined;
    const capturing: MsalFactories = {
      ...msalFactories,
      createStandardPublicClientApplication: (config) => {
        configuration = config;
        return msalFactories.createStandardPublicClientApplication(config);
      },
    };
    const source = await createTokenSource(
      { kind: 'browser' },
      {
        clientId: CLIENT_ID,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        redirectUri: 'http://localhost:3000/auth-redirect.html',
        interaction: 'redirect',
      },
      capturing,
    );
    expect(configuration?.cache?.cacheLocation).toBe('sessionStorage');

    // Put the tokens into the real MSAL cache the way a completed sign-in would (no network involved).
    await loadExternalTokens(
      configuration as Configuration,
      { scopes: [...GRAPH_SCOPES.items], authority: `https://login.microsoftonline.com/${TENANT}` },
      tokenResponse(),
      {},
    );

    expect(await source.getAccessToken()).toBe(ACCESS);
    expect(source.account()?.username).toBe(ingrid.email);
    expect(webStorage(sessionStorage)).toContain(ACCESS);
    expect(localStorage.length).toBe(0);
    expectNoTokenIn(await indexedDbText());
  });
});
