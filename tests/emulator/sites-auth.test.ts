// Authentication, sites, /me and the error shape.
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
emulatorPerFile((started) => (emu = started));

// https://learn.microsoft.com/en-us/graph/errors (error resource shape, request-id / client-request-id)
describe('authentication and error shape', () => {
  it('answers 401 InvalidAuthenticationToken in Graph error shape without a token', async () => {
    const r = await emu.graph<{ error: { code: string; message: string; innerError: Record<string, string> } }>(null, 'GET', '/sites/root', undefined, { 'client-request-id': 'abc-123' });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    expect(r.body.error.innerError['client-request-id']).toBe('abc-123');
    expect(r.body.error.innerError['request-id']).toBe(r.headers.get('request-id'));
    expect(r.body.error.innerError.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(r.headers.get('client-request-id')).toBe('abc-123');
  });

  it('answers 401 for an unknown user and for an expired token; accepts an unexpired one', async () => {
    const call = (token: string) => fetch(`${emu.graphBaseUrl}/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await call('dev:nobody')).status).toBe(401);
    expect((await call(emu.tokenFor('kari', Math.floor(Date.now() / 1000) - 10))).status).toBe(401);
    expect((await call(emu.tokenFor('kari', Math.floor(Date.now() / 1000) + 600))).status).toBe(200);
  });

  it('generates a client-request-id when none is sent', async () => {
    const r = await emu.graph('kari', 'GET', '/me');
    expect(r.headers.get('client-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

// https://learn.microsoft.com/en-us/graph/api/user-get?view=graph-rest-1.0
describe('GET /me', () => {
  it('returns the dev user', async () => {
    const r = await emu.graph<{ id: string; displayName: string; mail: string }>('ingrid', 'GET', '/me');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ displayName: 'Ingrid Hansen', mail: 'ingrid.hansen@sykehuset-innlandet.no', id: emu.users.ingrid?.objectId });
  });
});

// https://learn.microsoft.com/en-us/graph/api/site-getbypath?view=graph-rest-1.0
// https://learn.microsoft.com/en-us/graph/api/site-get?view=graph-rest-1.0
describe('sites', () => {
  const lunge = () => emu.sites.lungepasienter!;

  it('gets the root site', async () => {
    const r = await emu.graph<{ id: string; root?: object }>('eva', 'GET', '/sites/root');
    expect(r.status).toBe(200);
    expect(r.body.id).toBe(emu.sites.root?.id);
    expect(r.body.root).toEqual({});
  });

  it('gets a site by hostname and server-relative path, with and without a trailing colon', async () => {
    const a = await emu.graph<{ id: string; displayName: string }>('kari', 'GET', '/sites/innlandet.sharepoint.com:/sites/lungepasienter');
    expect(a.status).toBe(200);
    expect(a.body.id).toBe(lunge().id);
    expect(a.body.displayName).toBe('Helhetlige helsetjenester til lungepasienter');
    const b = await emu.graph('kari', 'GET', '/sites/innlandet.sharepoint.com:/sites/lungepasienter:');
    expect(b.status).toBe(200);
    const c = await emu.graph<{ value: unknown[] }>('kari', 'GET', '/sites/innlandet.sharepoint.com:/sites/lungepasienter:/lists');
    expect(c.status).toBe(200);
    expect(c.body.value).toEqual([]);
  });

  // What a Kiota-based SDK sends for `sites.bySiteId('innlandet.sharepoint.com:/sites/lungepasienter:')`: the address
  // percent-encoded as one segment (emulator/src/handlers/sites.ts cites the SDK threads).
  it('gets a site, and its lists, by a percent-encoded hostname and path, as Kiota-based SDKs send them', async () => {
    const encoded = 'innlandet.sharepoint.com%3A%2Fsites%2Flungepasienter%3A';
    const site = await emu.graph<{ id: string }>('kari', 'GET', `/sites/${encoded}`);
    expect(site.status).toBe(200);
    expect(site.body.id).toBe(lunge().id);
    expect((await emu.graph<{ id: string }>('kari', 'GET', `/sites/${encoded.slice(0, -'%3A'.length)}`)).body.id).toBe(lunge().id);
    const lists = await emu.graph<{ value: unknown[] }>('kari', 'GET', `/sites/${encoded}/lists`);
    expect(lists.status).toBe(200);
    expect(lists.body.value).toEqual([]);
    const unknown = await emu.graph<{ error: { code: string } }>('kari', 'GET', '/sites/innlandet.sharepoint.com%3A%2Fsites%2Ffinnes-ikke%3A');
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'itemNotFound']);
  });

  it('gets a site by id with raw commas and with %2C', async () => {
    const id = lunge().id;
    expect((await emu.graph('kari', 'GET', `/sites/${id}`)).status).toBe(200);
    expect((await emu.graph('kari', 'GET', `/sites/${id.replaceAll(',', '%2C')}`)).status).toBe(200);
  });

  // https://learn.microsoft.com/en-us/graph/api/site-get?view=graph-rest-1.0 (GET /groups/{group-id}/sites/root)
  it("gets a group's team site", async () => {
    const r = await emu.graph<{ id: string }>('ingrid', 'GET', `/groups/${lunge().groupId}/sites/root`);
    expect(r.status).toBe(200);
    expect(r.body.id).toBe(lunge().id);
  });

  it('answers 404 itemNotFound for an unknown site', async () => {
    const r = await emu.graph<{ error: { code: string } }>('kari', 'GET', '/sites/innlandet.sharepoint.com:/sites/finnes-ikke');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('itemNotFound');
    expect((await emu.graph('kari', 'GET', '/sites/innlandet.sharepoint.com,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('answers 403 accessDenied to a user without a role on the site', async () => {
    const r = await emu.graph<{ error: { code: string } }>('eva', 'GET', `/sites/${lunge().id}`);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('accessDenied');
  });

  it('lists users and sites on the admin API', async () => {
    const users = (await (await fetch(`${emu.baseUrl}/_emulator/users`)).json()) as { value: { id: string; side: string; token: string }[] };
    expect(users.value.map((u) => u.id)).toEqual(['kari', 'ola', 'ingrid', 'per', 'kristin', 'eva']);
    expect(users.value.find((u) => u.id === 'per')).toMatchObject({ side: 'sykehus', token: 'dev:per' });
    expect(emu.sites.koordinering?.roles).toMatchObject({ kristin: 'owner', kari: 'write' });
    expect(emu.sites['nytt-prosjekt']?.roles).toEqual({ kari: 'owner', per: 'write' });
  });
});
