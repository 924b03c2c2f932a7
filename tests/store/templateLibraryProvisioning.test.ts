// `npm run provision -- --portfolio` creates the coordination site's Maler library, once: run twice it changes
// nothing, and a library renamed by hand is found by its marker instead of being made again.
import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import type { TestEmulator } from '../../testkit/emulator';
import { provisionSite } from '../../src/store/provisioning/provision';
import { TEMPLATE_LIBRARY } from '../../src/store/provisioning/templateLibrary';
import { connect } from '../../testkit/storeFixture';

let emulator: TestEmulator;
// Started before, reset after each test (no fault or setting can cascade), closed after all.
emulatorPerFile((started) => (emulator = started));

type SiteList = { id: string; displayName: string; description: string; list?: { template: string } };
const listsOf = async (siteId: string, user = 'kristin') => (await emulator.graph<{ value: SiteList[] }>(user, 'GET', `/sites/${siteId}/lists?$select=id,displayName,description,list`)).body.value;

describe('the Maler library', () => {
  it('is created once, as a document library with its marker, and the second run changes nothing', async () => {
    const { graph } = connect(emulator, 'kristin');
    const site = emulator.sites.koordinering!;
    const first = await provisionSite(graph, site.id, { lists: 'portfolio' });
    expect(first.created).toContain('Maler');
    const libraries = (await listsOf(site.id)).filter((l) => l.description.includes(TEMPLATE_LIBRARY.marker));
    expect(libraries).toHaveLength(1);
    expect(libraries[0]).toMatchObject({ displayName: 'Maler', list: { template: 'documentLibrary' } });
    const drive = await emulator.graph<{ name: string; webUrl: string }>('kari', 'GET', `/sites/${site.id}/lists/${libraries[0]!.id}/drive`);
    expect(drive.body.webUrl).toBe(`${site.webUrl}/Maler`);

    await emulator.admin.resetStats();
    const second = await provisionSite(graph, site.id, { lists: 'portfolio' });
    expect(second).toMatchObject({ created: [], columnsAdded: [], indexed: [] });
    expect(second.unchanged).toContain('Maler');
    expect((await emulator.admin.stats()).byMethod.POST ?? 0).toBe(0);

    await emulator.graph('kristin', 'PATCH', `/sites/${site.id}/lists/${libraries[0]!.id}`, { displayName: 'Maler og skjema' });
    expect((await provisionSite(graph, site.id, { lists: 'portfolio' })).created).toEqual([]);
    expect((await listsOf(site.id)).filter((l) => l.description.includes(TEMPLATE_LIBRARY.marker)).map((l) => l.id)).toEqual([libraries[0]!.id]);
  });

  it('is not made in a project site', async () => {
    const { graph } = connect(emulator, 'kari');
    const site = emulator.sites['nytt-prosjekt']!;
    await provisionSite(graph, site.id, { lists: 'project' });
    expect((await listsOf(site.id, 'kari')).some((l) => l.displayName === 'Maler')).toBe(false);
  });
});
