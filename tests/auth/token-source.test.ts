// The sign-in control flow of src/auth with MSAL's PublicClientApplication faked (factories injected) and
// MSAL's real error classes: Teams (NAA) silent → interaction required → popup, guests, no Teams host, local mode.
import { describe, expect, it } from 'vitest';
import { BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import type { PopupRequest, SilentRequest } from '@azure/msal-browser';
import { GRAPH_SCOPES, SignInError, createTokenSource, graphScopesFor } from '../../src/auth';
import { notifyTeamsSignInFailure } from '../../src/auth/errors';
import { FakePca, account, fakeFactories, result } from '../../testkit/fakeMsal';
import { kari } from '../../testkit/people';

const CLIENT_ID = '00000000-0000-4000-8000-000000000002';
const HOST_TENANT = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'; // Sykehuset Innlandet's tenant, hosting the team
const GUEST_HOME_TENANT = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc'; // a kommune's tenant

const interactionRequired = (): InteractionRequiredAuthError =>
  new InteractionRequiredAuthError('interaction_required', 'corr', 'AADSTS50058: silent sign-in failed');

describe('Teams (nested app authentication)', () => {
  it('creates a nestable client for the team tenant and returns a silently acquired token', async () => {
    const pca = new FakePca();
    const member = account({ tenantId: HOST_TENANT, homeAccountId: `oid.${HOST_TENANT}`, username: 'ingrid.hansen@sykehuset-innlandet.no' });
    pca.accounts = [member];
    pca.silent = (req) => Promise.resolve(result(member, 'silent-token', req.scopes));
    const factories = fakeFactories(pca);

    const source = await createTokenSource(
      { kind: 'teams', context: { tenantId: HOST_TENANT, loginHint: member.username, homeAccountId: `oid.${HOST_TENANT}` } },
      { clientId: CLIENT_ID, redirectUri: 'https://app.example.org/auth-redirect.html' },
      factories,
    );

    expect(await source.getAccessToken()).toBe('silent-token');
    expect(factories.created).toHaveLength(1);
    expect(factories.created[0]?.kind).toBe('nestable');
    expect(factories.created[0]?.configuration.auth.authority).toBe(`https://login.microsoftonline.com/${HOST_TENANT}`);
    expect(factories.created[0]?.configuration.auth.clientId).toBe(CLIENT_ID);
    expect(factories.created[0]?.configuration.cache?.cacheLocation).toBe('memoryStorage');
    expect(pca.methods()).toEqual(['acquireTokenSilent']);
    const silent = pca.calls.find((c) => c.method === 'acquireTokenSilent')?.request as SilentRequest;
    expect(silent.account).toBe(member);
    expect(silent.scopes).toEqual([...GRAPH_SCOPES.items]);
    expect(source.account()).toEqual({ name: member.name, username: member.username, tenantId: HOST_TENANT });
  });

  it('falls back to a popup when the silent call needs interaction, with the Teams login hint', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: HOST_TENANT });
    pca.silent = () => Promise.reject(interactionRequired());
    pca.popup = (req) => Promise.resolve(result(user, 'popup-token', req.scopes));

    const source = await createTokenSource(
      { kind: 'teams', context: { tenantId: HOST_TENANT, loginHint: user.username } },
      { clientId: CLIENT_ID },
      fakeFactories(pca),
    );

    expect(await source.getAccessToken()).toBe('popup-token');
    expect(pca.methods()).toEqual(['acquireTokenSilent', 'acquireTokenPopup']);
    const popup = pca.calls.find((c) => c.method === 'acquireTokenPopup')?.request as PopupRequest;
    expect(popup.loginHint).toBe(user.username);
    expect(popup.scopes).toEqual([...GRAPH_SCOPES.items]);
    // Later calls go silent with the account the popup returned.
    pca.silent = (req) => Promise.resolve(result(user, 'second-silent', req.scopes));
    expect(await source.getAccessToken()).toBe('second-silent');
    expect((pca.calls.at(-1)?.request as SilentRequest).account).toBe(user);
  });

  it('asks for TeamsActivity.Send silently only: without consent it rejects with consentRequired, never a popup', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: HOST_TENANT });
    pca.accounts = [user];
    pca.silent = (req) => (req.scopes.includes('TeamsActivity.Send') ? Promise.reject(interactionRequired()) : Promise.resolve(result(user, 'items', req.scopes)));
    pca.popup = (req) => Promise.resolve(result(user, 'popup-token', req.scopes));
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT, loginHint: user.username } }, { clientId: CLIENT_ID }, fakeFactories(pca));

    const refused = await source.getAccessToken([...GRAPH_SCOPES.items, ...GRAPH_SCOPES.notify], { silentOnly: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInError);
    expect((refused as SignInError).reason).toBe('consentRequired');
    expect(pca.methods()).not.toContain('acquireTokenPopup');
    // With consent it is an ordinary silent token.
    pca.silent = (req) => Promise.resolve(result(user, 'notify-token', req.scopes));
    expect(await source.getAccessToken(GRAPH_SCOPES.notify, { silentOnly: true })).toBe('notify-token');
  });

  it('asks for Sites.Manage.All only when provisioning (incremental consent)', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: HOST_TENANT });
    pca.accounts = [user];
    pca.silent = (req) =>
      req.scopes.includes('Sites.Manage.All') ? Promise.reject(interactionRequired()) : Promise.resolve(result(user, 'items', req.scopes));
    pca.popup = (req) => Promise.resolve(result(user, 'provision-token', req.scopes));
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT, loginHint: user.username } }, { clientId: CLIENT_ID }, fakeFactories(pca));

    expect(await source.getAccessToken()).toBe('items');
    expect(pca.methods()).not.toContain('acquireTokenPopup');
    expect(await source.getAccessToken(graphScopesFor('Sites.ReadWrite.All').provision)).toBe('provision-token');
    const popup = pca.calls.find((c) => c.method === 'acquireTokenPopup')?.request as PopupRequest;
    expect(popup.scopes).toEqual(['Sites.Manage.All']);
  });

  it('signs a guest in against the tenant that hosts the team and picks the account by login hint', async () => {
    const pca = new FakePca();
    const guestHint = kari.email;
    // MSAL knows the guest by her home account (her own kommune tenant) with a tenant profile in the host tenant.
    const guest = account({
      homeAccountId: `oid-home.${GUEST_HOME_TENANT}`,
      tenantId: HOST_TENANT,
      username: guestHint,
      localAccountId: 'oid-in-host-tenant',
    });
    const otherUser = account({ homeAccountId: `someone.${GUEST_HOME_TENANT}`, tenantId: GUEST_HOME_TENANT, username: 'ola.bakken@gausdal.kommune.no' });
    pca.accounts = [otherUser, guest];
    pca.silent = (req) => Promise.resolve(result(req.account ?? otherUser, 'guest-token', req.scopes));
    const factories = fakeFactories(pca);

    const source = await createTokenSource(
      {
        kind: 'teams',
        // Teams gives the host tenant and the guest's object id there: that homeAccountId matches nothing in MSAL.
        context: { tenantId: HOST_TENANT, loginHint: guestHint, homeAccountId: `oid-in-host-tenant.${HOST_TENANT}` },
      },
      { clientId: CLIENT_ID },
      factories,
    );

    expect(await source.getAccessToken()).toBe('guest-token');
    expect(factories.created[0]?.configuration.auth.authority).toBe(`https://login.microsoftonline.com/${HOST_TENANT}`);
    expect(factories.created[0]?.configuration.auth.authority).not.toContain(GUEST_HOME_TENANT);
    const silent = pca.calls.find((c) => c.method === 'acquireTokenSilent')?.request as SilentRequest;
    expect(silent.account).toBe(guest);
    expect(source.account()?.username).toBe(guestHint);
  });

  it('still tries the host silently when MSAL has no account cached yet (NAA knows the Teams user)', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: HOST_TENANT });
    pca.silent = (req) => Promise.resolve(result(user, 'naa-token', req.scopes));
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT } }, { clientId: CLIENT_ID }, fakeFactories(pca));
    expect(await source.getAccessToken()).toBe('naa-token');
    expect((pca.calls.find((c) => c.method === 'acquireTokenSilent')?.request as SilentRequest).account).toBeUndefined();
  });

  it('uses the organizations authority when Teams gives no tenant', async () => {
    const pca = new FakePca();
    const factories = fakeFactories(pca);
    await createTokenSource({ kind: 'teams', context: {} }, { clientId: CLIENT_ID }, factories);
    expect(factories.created[0]?.configuration.auth.authority).toBe('https://login.microsoftonline.com/organizations');
  });

  it('shares one popup between concurrent callers', async () => {
    const pca = new FakePca();
    const user = account({ tenantId: HOST_TENANT });
    pca.silent = () => Promise.reject(interactionRequired());
    let popups = 0;
    pca.popup = (req) => {
      popups++;
      return new Promise((resolve) => setTimeout(() => resolve(result(user, 'shared', req.scopes)), 5));
    };
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT } }, { clientId: CLIENT_ID }, fakeFactories(pca));
    expect(await Promise.all([source.getAccessToken(), source.getAccessToken()])).toEqual(['shared', 'shared']);
    expect(popups).toBe(1);
  });
});

describe('sign-in failures', () => {
  async function teamsSourceWithPopupError(error: unknown): Promise<SignInError> {
    const pca = new FakePca();
    pca.silent = () => Promise.reject(interactionRequired());
    pca.popup = () => Promise.reject(error);
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT } }, { clientId: CLIENT_ID }, fakeFactories(pca));
    const failure = await source.getAccessToken().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SignInError);
    return failure as SignInError;
  }

  it('reports missing (admin) consent as consentRequired, not retryable', async () => {
    const error = await teamsSourceWithPopupError(
      new ServerError('invalid_grant', 'corr', 'AADSTS65001: The user or administrator has not consented to use the application'),
    );
    expect(error.reason).toBe('consentRequired');
    expect(error.messageKey).toBe('auth.signIn.consentRequired');
    expect(error.retryable).toBe(false);
    const adminOnly = await teamsSourceWithPopupError(new ServerError('access_denied', 'corr', 'AADSTS90094: Admin consent is required'));
    expect(adminOnly.reason).toBe('consentRequired');
  });

  it('reports a blocked popup and a cancelled sign-in', async () => {
    expect((await teamsSourceWithPopupError(new BrowserAuthError('popup_window_error', 'corr'))).reason).toBe('popupBlocked');
    expect((await teamsSourceWithPopupError(new BrowserAuthError('user_cancelled', 'corr'))).reason).toBe('interactionCancelled');
    expect((await teamsSourceWithPopupError(new BrowserAuthError('no_network_connectivity', 'corr'))).reason).toBe('network');
    expect((await teamsSourceWithPopupError(new Error('boom'))).reason).toBe('unknown');
  });

  it('does not open a popup for errors that interaction cannot fix', async () => {
    const pca = new FakePca();
    pca.silent = () => Promise.reject(new BrowserAuthError('no_network_connectivity', 'corr'));
    const source = await createTokenSource({ kind: 'teams', context: { tenantId: HOST_TENANT } }, { clientId: CLIENT_ID }, fakeFactories(pca));
    await expect(source.getAccessToken()).rejects.toMatchObject({ name: 'SignInError', reason: 'network' });
    expect(pca.methods()).toEqual(['acquireTokenSilent']);
  });

  it('ends the Teams loading screen with notifyFailure(AuthFailed)', () => {
    const notified: { reason: string; message?: string }[] = [];
    const teamsApp = {
      FailedReason: { AuthFailed: 'AuthFailed', Timeout: 'Timeout', Other: 'Other' },
      notifyFailure: (request: { reason: string; message?: string }) => notified.push(request),
    };
    const error = notifyTeamsSignInFailure(new BrowserAuthError('popup_window_error', 'corr'), teamsApp);
    expect(error.reason).toBe('popupBlocked');
    expect(notified).toEqual([{ reason: 'AuthFailed', message: 'popupBlocked' }]);
  });
});

describe('no Teams host (browser, SharePoint)', () => {
  it('keeps tokens in memory when signing in with a popup (a framed page such as SharePoint)', async () => {
    const factories = fakeFactories(new FakePca());
    await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID, interaction: 'popup' }, factories);
    expect(factories.created[0]?.configuration.cache?.cacheLocation).toBe('memoryStorage');
  });

  it('uses sessionStorage only for a redirect sign-in, and completes a returning redirect', async () => {
    const pca = new FakePca();
    const user = account();
    pca.redirectResult = result(user, 'from-redirect');
    const factories = fakeFactories(pca);
    const source = await createTokenSource(
      { kind: 'browser' },
      { clientId: CLIENT_ID, redirectUri: 'https://app.example.org/auth-redirect.html', interaction: 'redirect' },
      factories,
    );

    expect(factories.created.map((c) => c.kind)).toEqual(['standard']);
    expect(factories.created[0]?.configuration.cache?.cacheLocation).toBe('sessionStorage');
    expect(factories.created[0]?.configuration.auth.authority).toBe('https://login.microsoftonline.com/organizations');
    expect(factories.created[0]?.configuration.auth.redirectUri).toBe('https://app.example.org/auth-redirect.html');
    expect(pca.methods()).toEqual(['handleRedirectPromise']);
    pca.silent = (req) => Promise.resolve(result(req.account ?? user, 'browser-silent', req.scopes));
    expect(await source.getAccessToken()).toBe('browser-silent');
    expect((pca.calls.at(-1)?.request as SilentRequest).account).toBe(user);
  });

  it('goes straight to interaction when no account is known (popup when configured)', async () => {
    const pca = new FakePca();
    const user = account();
    pca.popup = (req) => Promise.resolve(result(user, 'browser-popup', req.scopes));
    const source = await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID, interaction: 'popup' }, fakeFactories(pca));
    expect(await source.getAccessToken()).toBe('browser-popup');
    expect(pca.methods()).toEqual(['handleRedirectPromise', 'acquireTokenPopup']);
  });

  it('silent first, then redirect when interaction is required at top level', async () => {
    const pca = new FakePca();
    pca.accounts = [account()];
    pca.silent = () => Promise.reject(interactionRequired());
    const source = await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID, interaction: 'redirect' }, fakeFactories(pca));
    let settled = false;
    void source.getAccessToken().then(
      () => (settled = true),
      () => (settled = true),
    );
    await pca.redirectStarted;
    // Let every continuation already queued run (a macrotask comes after all microtasks): no timer, no race.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false); // the page is navigating away: the promise never settles
    expect(pca.methods()).toEqual(['handleRedirectPromise', 'acquireTokenSilent', 'acquireTokenRedirect']);
  });

  it('uses a configured tenant authority (guests signing in to the host tenant from a browser)', async () => {
    const pca = new FakePca();
    const factories = fakeFactories(pca);
    await createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID, authority: `https://login.microsoftonline.com/${HOST_TENANT}` }, factories);
    expect(factories.created[0]?.configuration.auth.authority).toBe(`https://login.microsoftonline.com/${HOST_TENANT}`);
  });

  it('rejects with a SignInError when the redirect came back with an error', async () => {
    const pca = new FakePca();
    pca.redirectError = new ServerError('access_denied', 'corr', 'AADSTS65001: consent');
    await expect(createTokenSource({ kind: 'browser' }, { clientId: CLIENT_ID }, fakeFactories(pca))).rejects.toMatchObject({
      reason: 'consentRequired',
    });
  });
});

describe('local mode', () => {
  it('returns the dev token without touching MSAL', async () => {
    const pca = new FakePca();
    const factories = fakeFactories(pca);
    const source = await createTokenSource({ kind: 'local', devToken: 'dev:kari' }, { clientId: '' }, factories);
    expect(await source.getAccessToken()).toBe('dev:kari');
    expect(await source.getAccessToken(GRAPH_SCOPES.provision)).toBe('dev:kari');
    expect(source.account()).toEqual({ username: 'kari', tenantId: 'local' });
    expect(factories.created).toEqual([]);
    expect(pca.calls).toEqual([]);
  });

  it('refuses an empty dev token', async () => {
    await expect(createTokenSource({ kind: 'local', devToken: '' }, { clientId: '' })).rejects.toBeInstanceOf(SignInError);
  });
});
