// "Venter på meg"'s read of the coordination site (store/portfolio/waitingRows.ts) against the emulator over real
// HTTPS: who I am and the Portfolio list in one $batch when the device knows neither, then the rows with only the
// columns the page uses, every page of them; the rows' evidence says what waits for whom. A row someone typed into
// the list by hand (no project key) is left out instead of breaking the page.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import { actorFor, emulatorWithProjectSite, intentOf, MANDATE, newProject, storeFor } from '../../../testkit/storeFixture';
import { graphAs } from '../../../testkit/portfolioEmulator';
import { portfolioListOf } from '../../../testkit/derivedRowsCheck';
import type { TestEmulator } from '../../../testkit/emulator';
import type { ProjectLocation } from '../../../src/store/ChecklistStore';
import { readWaitingRows, WAITING_SELECT } from '../../../src/store/portfolio/waitingRows';
import { itemsQuery } from '../../../src/store/sharepoint/odata';
import { waitsForPerson } from '../../../src/domain/waitingForMe';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';

let emulator: TestEmulator;
let location: ProjectLocation;
perFile(() => emulatorWithProjectSite({ coordination: true }), (world) => ({ emulator, location } = world));

const coordination = () => ({ siteUrl: emulator.sites.koordinering!.webUrl });

/** Kari creates a project, registers herself (kommune) and Ingrid (sykehus), and confirms the mandate for kommune. */
async function projectWaitingForIngrid(title: string): Promise<string> {
  const kari = storeFor(emulator, 'kari', { portfolioSite: coordination() });
  const project = newProject({ title });
  await kari.createProject(location, project, randomUUID());
  for (const user of ['kari', 'ingrid']) {
    const actor = actorFor(emulator, user);
    await kari.saveParticipant(location, { projectKey: project.projectKey, person: { id: actor.id, name: actor.name }, organisation: 'x', side: actor.side! });
  }
  await kari.loadProject(location, project.projectKey);
  await kari.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
  return project.projectKey;
}

describe('Venter på meg’s read of the Portfolio', () => {
  it('cold: who I am and the list in one $batch, then every page of rows; warm: the rows alone', async () => {
    const keys = [await projectWaitingForIngrid('Første ventende'), await projectWaitingForIngrid('Andre ventende'), await projectWaitingForIngrid('Tredje ventende')];
    const graph = graphAs(emulator, 'ingrid');
    await emulator.admin.setSettings({ pageSize: 1 });
    try {
      await emulator.admin.resetStats();
      const cold = await readWaitingRows(graph, { site: coordination() });
      const coldStats = await emulator.admin.stats();
      expect(cold.me.name).toBe('Ingrid Hansen');
      expect(cold.rows.map((r) => r.projectKey).sort()).toEqual([...keys].sort());
      // One $batch (me, lists), then one request per page of one row.
      expect(coldStats.topLevel).toBe(1 + cold.rows.length);

      await emulator.admin.resetStats();
      const warm = await readWaitingRows(graph, { site: coordination(), location: cold.location, me: cold.me });
      expect((await emulator.admin.stats()).topLevel).toBe(warm.rows.length);
      expect(warm.rows).toEqual(cold.rows);

      // The rows say what waits for Ingrid: the mandate in each project, by the one waiting rule.
      const waits = waitsForPerson(cold.me.id, cold.rows.flatMap((row) => (row.evidence.kind === 'ok' ? [{ projectKey: row.projectKey, title: row.title, siteUrl: row.siteUrl, model: DEFAULT_MODEL, evidence: row.evidence.evidence }] : [])), new Date());
      expect(waits.map((w) => [w.projectKey, w.forMe.map((i) => i.itemKey)])).toEqual(expect.arrayContaining(keys.map((key) => [key, [MANDATE]])));
    } finally {
      await emulator.admin.setSettings({ pageSize: 200 });
    }
  });

  it('leaves out a row typed into the list by hand (no project key) and reads the rest', async () => {
    const key = await projectWaitingForIngrid('Ventende ved håndskrevet rad');
    const site = emulator.sites.koordinering!.id;
    const list = await portfolioListOf(emulator);
    expect((await emulator.graph('kristin', 'POST', `/sites/${site}/lists/${list}/items`, { fields: { Title: 'Skrevet for hånd' } })).status).toBe(201);
    const read = await readWaitingRows(graphAs(emulator, 'ingrid'), { site: coordination() });
    expect(read.rows.map((r) => r.title)).not.toContain('Skrevet for hånd');
    expect(read.rows.map((r) => r.projectKey)).toContain(key);
  });

  it('reads the rows without the items’ own metadata (createdBy, parentReference, webUrl…)', async () => {
    await projectWaitingForIngrid('Ventende uten metadata');
    const graph = graphAs(emulator, 'ingrid');
    const cold = await readWaitingRows(graph, { site: coordination() });
    await emulator.admin.resetStats();
    await readWaitingRows(graph, { site: coordination(), location: cold.location, me: cold.me });
    const lean = await emulator.admin.stats();
    // The same rows and fields with the item metadata Graph sends by default.
    await emulator.admin.resetStats();
    const full = await emulator.graph('ingrid', 'GET', `${cold.location.siteBase}/lists/${cold.location.listId}/items?${itemsQuery({ select: WAITING_SELECT })}`);
    expect(full.status).toBe(200);
    const fat = await emulator.admin.stats();
    expect(lean.topLevel).toBe(1);
    expect(lean.bytesOut).toBeLessThan(fat.bytesOut * 0.9);
  });
});
