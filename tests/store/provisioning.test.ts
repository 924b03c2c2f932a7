import { describe, expect, it } from 'vitest';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import type { TestEmulator } from '../../testkit/emulator';
import { inspectSite, provisionSite } from '../../src/store/provisioning/provision';
import { LIST_SCHEMA, ownColumns } from '../../src/store/sharepoint/schema';
import { schemaMarkdown } from '../../src/store/provisioning/schemaDoc';
import { connect } from '../../testkit/storeFixture';

let emulator: TestEmulator;
// Started before, reset after each test (no fault or setting can cascade), closed after all.
emulatorPerFile((started) => (emulator = started));

describe('provisioning', () => {
  it('creates the project lists once, then reports them unchanged', async () => {
    const { graph } = connect(emulator, 'kari');
    const site = emulator.sites['nytt-prosjekt']!;
    const before = await inspectSite(graph, { siteUrl: site.webUrl });
    expect(before.missingLists).toEqual(['projects', 'checklist', 'events', 'participants']);

    const first = await provisionSite(graph, site.id, { lists: 'project' });
    expect(first.created).toEqual(['projects', 'checklist', 'events', 'participants'].map((k) => LIST_SCHEMA[k as 'projects'].displayName));
    const second = await provisionSite(graph, site.id, { lists: 'project' });
    expect(second).toMatchObject({ created: [], columnsAdded: [], indexed: [], choicesAdded: [], unchanged: first.created });

    const after = await inspectSite(graph, { siteId: site.id });
    expect(after).toMatchObject({ missingLists: [], missingColumns: [], missingIndexes: [], missingChoices: [] });
    expect(Object.keys(after.present).sort()).toEqual(['checklist', 'events', 'participants', 'projects']);
  });

  it('re-adds a column deleted by hand and keeps the rows', async () => {
    const { graph } = connect(emulator, 'kari');
    const site = emulator.sites['digital-hjemmeoppfolging']!;
    await provisionSite(graph, site.id, { lists: 'project' });
    const { present } = await inspectSite(graph, { siteId: site.id });
    const listPath = `/sites/${site.id}/lists/${present.checklist}`;
    const row = await emulator.graph<{ id: string }>('kari', 'POST', `${listPath}/items`, { fields: { Title: 'x', StateKey: 'p|x', ProjectKey: 'p', Comment: 'kept' } });
    expect(row.status).toBe(201);
    const columns = await emulator.graph<{ value: { id: string; name: string }[] }>('kari', 'GET', `${listPath}/columns`);
    const comment = columns.body.value.find((c) => c.name === 'PhaseKey')!;
    expect((await emulator.graph('kari', 'DELETE', `${listPath}/columns/${comment.id}`)).status).toBe(204);

    expect((await inspectSite(graph, { siteId: site.id })).missingColumns).toEqual(['checklist.PhaseKey']);
    const report = await provisionSite(graph, site.id, { lists: 'project' });
    expect(report.columnsAdded).toEqual(['checklist.PhaseKey']);
    expect(report.created).toEqual([]);
    const kept = await emulator.graph<{ fields: Record<string, unknown> }>('kari', 'GET', `${listPath}/items/${row.body.id}?$expand=fields`);
    expect(kept.body.fields.Comment).toBe('kept');
  });

  it('finds a list renamed by hand by the marker in its description', async () => {
    const { graph } = connect(emulator, 'ola');
    const site = emulator.sites['unge-ressurskrevende']!;
    await provisionSite(graph, site.id, { lists: 'project' });
    const { present } = await inspectSite(graph, { siteId: site.id });
    const renamed = await emulator.graph('ola', 'PATCH', `/sites/${site.id}/lists/${present.events}`, { displayName: 'Logg' });
    expect(renamed.status).toBe(200);
    const report = await provisionSite(graph, site.id, { lists: 'project' });
    expect(report.created).toEqual([]);
    expect((await inspectSite(graph, { siteId: site.id })).present.events).toBe(present.events);
  });

  it('creates the Portfolio list, the model list and the Maler library in the coordination site', async () => {
    const { graph } = connect(emulator, 'kristin');
    const site = emulator.sites.koordinering!;
    const report = await provisionSite(graph, site.id, { lists: 'portfolio' });
    expect(report.created).toEqual([LIST_SCHEMA.portfolio.displayName, LIST_SCHEMA.modelVersions.displayName, 'Maler']);
    expect((await inspectSite(graph, { siteId: site.id }, 'portfolio')).missingColumns).toEqual([]);
  });

  it('documents every column', () => {
    const doc = schemaMarkdown();
    for (const list of Object.values(LIST_SCHEMA)) for (const c of ownColumns(list.key)) expect(doc).toContain(`\`${c.name}\``);
  });
});
