// Sites.Selected in the emulator, driven by the admin script the way an administrator would run it.
// Graph: a site the app has no grant on answers 403; grants are made with POST /sites/{id}/permissions by an
// app-only token with Sites.FullControl.All (https://learn.microsoft.com/en-us/graph/api/site-post-permissions) and
// listed with GET /sites/{id}/permissions (https://learn.microsoft.com/en-us/graph/api/site-list-permissions);
// delegated access is the intersection of the app's grant and the user's own rights
// (https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/).
import { afterEach, describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import type { TestEmulator } from '../../testkit/emulator';
import { APP_ONLY_ADMIN_TOKEN, EMULATED_APP_ID } from '../../emulator/src/auth/grants';
import { grantSite, listGrants, type GrantClient } from '../../scripts/grant-site';

let emu: TestEmulator;
let admin: GrantClient;
let lists: string;
let items: string;
const OTHER_APP = '0ther0ap-0000-4000-8000-000000000000';

const adminCall = async (method: string, path: string) => {
  const res = await fetch(`${emu.graphBaseUrl}${path}`, { method, headers: { Authorization: `Bearer ${APP_ONLY_ADMIN_TOKEN}` } });
  return { status: res.status, body: (await res.text()) || '{}' };
};

emulatorPerFile(async (started) => {
  emu = started;
  admin = { graphBaseUrl: emu.graphBaseUrl, token: APP_ONLY_ADMIN_TOKEN };
  lists = `/sites/${emu.sites.lungepasienter!.id}/lists`;
  const list = await emu.graph<{ id: string }>('kari', 'POST', lists, { displayName: 'Tilgang', list: { template: 'genericList' } });
  expect(list.status).toBe(201);
  items = `${lists}/${list.body.id}/items`;
});
afterEach(async () => {
  await emu.admin.setSettings({ permissionModel: 'all' });
  for (const site of Object.values(emu.sites)) {
    const { siteId, grants } = await listGrants(admin, site.webUrl);
    for (const g of grants) expect((await adminCall('DELETE', `/sites/${siteId}/permissions/${g.id}`)).status).toBe(204);
  }
});

describe("permissionModel 'all' (Sites.ReadWrite.All)", () => {
  it('reaches every site the user can, granted or not', async () => {
    expect((await emu.graph('kari', 'GET', lists)).status).toBe(200);
    expect((await emu.graph('kari', 'POST', items, { fields: { Title: 'uten tildeling' } })).status).toBe(201);
  });
});

describe("permissionModel 'selected' (delegated Sites.Selected)", () => {
  it('answers 403 accessDenied for a site not granted to the app, though the user owns it', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    const denied = await emu.graph<{ error: { code: string } }>('kari', 'GET', lists);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('accessDenied');
    expect((await emu.graph('kari', 'GET', `/sites/${emu.sites.lungepasienter!.id}`)).status).toBe(403);
    expect((await emu.graph('kari', 'POST', items, { fields: { Title: 'nei' } })).status).toBe(403);
  });

  it('refuses a drive addressed on its own (/drives/{id}) when its site is not granted', async () => {
    const drive = await emu.graph<{ id: string }>('kari', 'GET', `/sites/${emu.sites.lungepasienter!.id}/drive`);
    expect(drive.status).toBe(200);
    await emu.admin.setSettings({ permissionModel: 'selected' });
    expect((await emu.graph('kari', 'GET', `/drives/${drive.body.id}/root/children`)).status).toBe(403);
    await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'read', EMULATED_APP_ID);
    expect((await emu.graph('kari', 'GET', `/drives/${drive.body.id}/root/children`)).status).toBe(200);
  });

  it('a read grant made with the script lets the app read, not write', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    const outcome = await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'read', EMULATED_APP_ID);
    expect(outcome).toMatchObject({ action: 'created', siteId: emu.sites.lungepasienter!.id, grant: { roles: ['read'], appId: EMULATED_APP_ID } });
    expect((await emu.graph('kari', 'GET', items)).status).toBe(200);
    expect((await emu.graph('kari', 'POST', items, { fields: { Title: 'nei' } })).status).toBe(403);
  });

  it('a write grant lets users write items where they may, not change lists; the user’s own rights still apply', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'read', EMULATED_APP_ID);
    const upgraded = await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'write', EMULATED_APP_ID);
    expect(upgraded.action).toBe('updated');
    expect((await emu.graph('kari', 'POST', items, { fields: { Title: 'ja' } })).status).toBe(201);
    // kristin only reads this site: the app's write grant gives her nothing more.
    expect((await emu.graph('kristin', 'GET', items)).status).toBe(200);
    expect((await emu.graph('kristin', 'POST', items, { fields: { Title: 'nei' } })).status).toBe(403);
    // Creating a list needs manage.
    expect((await emu.graph('kari', 'POST', lists, { displayName: 'Ny', list: { template: 'genericList' } })).status).toBe(403);
    const { grants } = await listGrants(admin, emu.sites.lungepasienter!.id);
    expect(grants).toEqual([expect.objectContaining({ roles: ['write'], appId: EMULATED_APP_ID })]);
  });

  it('a manage grant lets a site owner provision lists', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    expect((await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'manage', EMULATED_APP_ID)).action).toBe('created');
    expect((await emu.graph('kari', 'POST', lists, { displayName: 'Provisjonert', list: { template: 'genericList' } })).status).toBe(201);
    expect((await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'manage', EMULATED_APP_ID)).action).toBe('unchanged');
  });

  it('a grant covers its own site only, and only the app it names', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'write', EMULATED_APP_ID);
    await grantSite(admin, emu.sites['bo-trygt-hjemme']!.webUrl, 'write', OTHER_APP, 'Another app');
    // kari may write in bo-trygt-hjemme herself, but the app has no grant there.
    expect((await emu.graph('kari', 'GET', `/sites/${emu.sites['bo-trygt-hjemme']!.id}/lists`)).status).toBe(403);
    expect((await emu.graph('kari', 'GET', lists)).status).toBe(200);
    const other = await listGrants(admin, emu.sites['bo-trygt-hjemme']!.webUrl);
    expect(other.grants).toEqual([expect.objectContaining({ appId: OTHER_APP, appName: 'Another app', roles: ['write'] })]);
  });

  it('enforces grants inside $batch as well', async () => {
    await emu.admin.setSettings({ permissionModel: 'selected' });
    await grantSite(admin, emu.sites.lungepasienter!.webUrl, 'read', EMULATED_APP_ID);
    const batch = await emu.graph<{ responses: { id: string; status: number }[] }>('kari', 'POST', '/$batch', {
      requests: [
        { id: '1', method: 'GET', url: lists },
        { id: '2', method: 'GET', url: `/sites/${emu.sites['bo-trygt-hjemme']!.id}/lists` },
      ],
    });
    const status = Object.fromEntries(batch.body.responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ '1': 200, '2': 403 });
  });
});

describe('the permissions endpoints', () => {
  it('refuse a delegated user token, and the app-only admin token reaches nothing but sites and their grants', async () => {
    const site = emu.sites.lungepasienter!.id;
    expect((await emu.graph('kari', 'GET', `/sites/${site}/permissions`)).status).toBe(403);
    expect(
      (await emu.graph('kari', 'POST', `/sites/${site}/permissions`, { roles: ['write'], grantedToIdentities: [{ application: { id: EMULATED_APP_ID } }] })).status,
    ).toBe(403);
    expect((await adminCall('GET', `/sites/${site}/permissions`)).status).toBe(200);
    expect((await adminCall('GET', `/sites/${site}`)).status).toBe(200);
    expect((await adminCall('GET', `${lists}`)).status).toBe(403);
  });

  it('reject a grant without a known role or without an application', async () => {
    const post = (body: unknown) =>
      fetch(`${emu.graphBaseUrl}/sites/${emu.sites.lungepasienter!.id}/permissions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${APP_ONLY_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ roles: ['owner'], grantedToIdentities: [{ application: { id: EMULATED_APP_ID } }] })).status).toBe(400);
    expect((await post({ roles: ['write'], grantedToIdentities: [] })).status).toBe(400);
  });
});
