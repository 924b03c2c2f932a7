// @vitest-environment jsdom
// Tokens never reach localStorage. First with MSAL faked (the module's own code writes nothing), then with the
// real @azure/msal-browser: a token is loaded into the real cache and fetched again through createTokenSource's
// silent path; MSAL keeps it in sessionStorage (browser) and nothing lands in localStorage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadExternalTokens } from '@azure/msal-browser';
import type { Configuration } from '@azure/msal-browser';
import { GRAPH_SCOPES, createTokenSource } from '../../src/auth';
import { msalFactories } from '../../src/auth/token-source';
import type { MsalFactories } from '../../src/auth';
import { FakePca, account, fakeFactories, result } from './fake-msal';

const CLIENT_ID = '00000000-0000-4000-8000-000000000002';
const TENANT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const OID = '11111111-1111-4111-8111-111111111111';

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function idToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: CLIENT_ID,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: 'Ingrid Hansen',
    oid: OID,
    preferred_username: 'ingrid.hansen@sykehuset-innlandet.no',
    sub: 'subject',
    tid: TENANT,
    ver: '2.0',
  };
  return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims)}.`;
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

  it('real MSAL keeps the browser token in sessionStorage, never in localStorage', async () => {
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
      { clientId: CLIENT_ID, authority: `https://login.microsoftonline.com/${TENANT}`, redirectUri: 'http://localhost:3000/auth-redirect.html' },
      capturing,
    );
    expect(configuration?.cache?.cacheLocation).toBe('sessionStorage');

    // Put a token into the real MSAL cache the way a completed sign-in would (no network involved).
    await loadExternalTokens(
      configuration as Configuration,
      { scopes: [...GRAPH_SCOPES.items], authority: `https://login.microsoftonline.com/${TENANT}` },
      {
        token_type: 'Bearer',
        scope: GRAPH_SCOPES.items.join(' '),
        expires_in: 3600,
        ext_expires_in: 3600,
        id_token: idToken(),
        access_token: 'real-msal-access-token',
        client_info: b64url({ uid: OID, utid: TENANT }),
      },
      {},
    );

    expect(await source.getAccessToken()).toBe('real-msal-access-token');
    expect(source.account()?.username).toBe('ingrid.hansen@sykehuset-innlandet.no');
    const session = Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k) ?? ''}`).join('\n');
    expect(session).toContain('real-msal-access-token');
    const local = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k) ?? ''}`).join('\n');
    expect(local).not.toContain('real-msal-access-token');
    expect(local).not.toContain('secret');
    expect(localStorage.length).toBe(0);
  });
});
