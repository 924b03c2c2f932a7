// A list's own permissions (SharePoint's unique permissions on a list): a permission on one list replaces the site's
// role for that user there, and a person with no role on the site gets "limited access": the site and the lists they
// may use can be found, nothing else. Sources: Microsoft, "How to: Break Role Assignment Inheritance"
// (https://learn.microsoft.com/previous-versions/office/developer/sharepoint-2010/ee535228(v=office.14)); Limited Access
// (https://lightningtools.com/blog/sharepoint-permission-level-limited-access).
import { describe, expect, it } from 'vitest';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';

let emu: TestEmulator;
emulatorPerFile((started) => (emu = started));

async function twoLists(): Promise<{ site: string; open: string; closed: string }> {
  const site = emu.sites.koordinering!.id;
  const make = async (name: string) => (await emu.graph<{ id: string }>('kristin', 'POST', `/sites/${site}/lists`, { displayName: name, list: { template: 'genericList' } })).body.id;
  return { site, open: await make(`Åpen ${Math.random()}`), closed: await make(`Lukket ${Math.random()}`) };
}

describe('list permissions', () => {
  it('eva (no role on the site) with write on one list: finds the site and that list only, adds items there, nothing else', async () => {
    const { site, open, closed } = await twoLists();
    expect((await emu.graph('eva', 'GET', `/sites/${site}`)).status).toBe(403);
    await emu.admin.setListRole(open, 'eva', 'write');
    expect((await emu.graph('eva', 'GET', `/sites/${site}`)).status).toBe(200);
    const lists = await emu.graph<{ value: { id: string }[] }>('eva', 'GET', `/sites/${site}/lists`);
    expect(lists.body.value.map((l) => l.id)).toEqual([open]);
    expect((await emu.graph('eva', 'POST', `/sites/${site}/lists/${open}/items`, { fields: { Title: 'Hei' } })).status).toBe(201);
    expect((await emu.graph('eva', 'GET', `/sites/${site}/lists/${closed}/items`)).status).toBe(403);
    expect((await emu.graph('eva', 'POST', `/sites/${site}/lists/${closed}/items`, { fields: { Title: 'Hei' } })).status).toBe(403);
    await emu.admin.setListRole(open, 'eva', null);
    expect((await emu.graph('eva', 'GET', `/sites/${site}/lists/${open}/items`)).status).toBe(403);
  });

  it('a list permission replaces the site role for that user on that list: read there, write elsewhere', async () => {
    const { site, open, closed } = await twoLists();
    await emu.admin.setListRole(closed, 'per', 'read');
    expect((await emu.graph('per', 'POST', `/sites/${site}/lists/${closed}/items`, { fields: { Title: 'x' } })).status).toBe(403);
    expect((await emu.graph('per', 'GET', `/sites/${site}/lists/${closed}/items`)).status).toBe(200);
    expect((await emu.graph('per', 'POST', `/sites/${site}/lists/${open}/items`, { fields: { Title: 'x' } })).status).toBe(201);
  });

  it('a member taken off the site keeps only the lists given to her: limited access, as the admin guide sets up Tilbakemelding', async () => {
    const { site, open, closed } = await twoLists();
    await emu.admin.setListRole(open, 'per', 'write');
    await emu.admin.setSiteRole(site, 'per', null);
    try {
      const lists = (await emu.graph<{ value: { id: string }[] }>('per', 'GET', `/sites/${site}/lists`)).body.value.map((l) => l.id);
      expect(lists).toContain(open);
      expect(lists).not.toContain(closed);
      expect((await emu.graph('per', 'GET', `/sites/${site}/lists/${closed}/items`)).status).toBe(403);
      expect((await emu.graph('per', 'POST', `/sites/${site}/lists/${open}/items`, { fields: { Title: 'x' } })).status).toBe(201);
    } finally {
      await emu.admin.setSiteRole(site, 'per', 'write');
      await emu.admin.setListRole(open, 'per', null);
    }
    expect((await emu.graph('per', 'GET', `/sites/${site}/lists/${closed}/items`)).status).toBe(200);
  });
});
