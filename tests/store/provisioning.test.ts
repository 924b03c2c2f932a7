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
    expect(second).toMatchObject({ created: [], columnsAdded: [], indexed: [], unchanged: first.created });

    const after = await inspectSite(graph, { siteId: site.id });
    expect(after).toMatchObject({ missingLists: [], missingColumns: [], missingIndexes: [] });
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

  it('creates the Portfolio list, the model list, the feedback list and the Maler library in the coordination site', async () => {
    const { graph } = connect(emulator, 'kristin');
    const site = emulator.sites.koordinering!;
    const report = await provisionSite(graph, site.id, { lists: 'portfolio' });
    expect(report.created).toEqual([LIST_SCHEMA.portfolio.displayName, LIST_SCHEMA.modelVersions.displayName, LIST_SCHEMA.feedback.displayName, 'Maler']);
    expect((await inspectSite(graph, { siteId: site.id }, 'portfolio')).missingColumns).toEqual([]);
  });

  it('brings a column label an earlier version wrote up to date, and keeps one an owner relabelled by hand', async () => {
    // Issue 18: the Portfolio column was "Åpne dobbeltbekreftelser" while the screen said "Venter på bekreftelse …".
    const { graph } = connect(emulator, 'kristin');
    const site = emulator.sites.koordinering!;
    await provisionSite(graph, site.id, { lists: 'portfolio' });
    const { present } = await inspectSite(graph, { siteId: site.id }, 'portfolio');
    const columnsPath = `/sites/${site.id}/lists/${present.portfolio}/columns`;
    const columns = async () => (await emulator.graph<{ value: { id: string; name: string; displayName: string; description: string }[] }>('kristin', 'GET', columnsPath)).body.value;
    const byName = async (name: string) => (await columns()).find((c) => c.name === name)!;
    const waiting = await byName('OpenDualConfirmations');
    const missing = await byName('MissingCount');
    // As an older version provisioned it, and a column an owner renamed for their own view.
    await emulator.graph('kristin', 'PATCH', `${columnsPath}/${waiting.id}`, { displayName: 'Åpne dobbeltbekreftelser', description: 'Sjekkpunkter som venter på bekreftelse fra én av sidene.' });
    await emulator.graph('kristin', 'PATCH', `${columnsPath}/${missing.id}`, { displayName: 'Mangler (vår visning)' });

    expect((await inspectSite(graph, { siteId: site.id }, 'portfolio')).outdatedLabels).toEqual(['portfolio.OpenDualConfirmations']);
    const report = await provisionSite(graph, site.id, { lists: 'portfolio' });
    expect(report.relabelled).toEqual(['portfolio.OpenDualConfirmations']);
    expect(await byName('OpenDualConfirmations')).toMatchObject({ displayName: 'Venter på bekreftelse fra den andre parten (alle faser)', description: LIST_SCHEMA.portfolio.columns.find((c) => c.name === 'OpenDualConfirmations')!.description });
    expect((await byName('MissingCount')).displayName).toBe('Mangler (vår visning)');
    expect((await provisionSite(graph, site.id, { lists: 'portfolio' })).relabelled).toEqual([]);
  });

  it('documents every column', () => {
    const doc = schemaMarkdown();
    for (const list of Object.values(LIST_SCHEMA)) for (const c of ownColumns(list.key)) expect(doc).toContain(`\`${c.name}\``);
  });
});
