// Issue #11, "tests that can fail": the exactly-once checks, against an emulator that does NOT refuse a second row
// with the same IntentId or StateKey (enforceUniqueColumns: false). What stays single here is single because the
// client wrote it once, not because SharePoint refused a duplicate; the emulator's stats count what the client sent.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import type { TestEmulator } from '../../testkit/emulator';
import { emulatorPerFile } from '../../testkit/emulatorHooks';
import { rawRows } from '../../testkit/resilience';
import { CHALLENGE, intentOf, MANDATE, newProject, provisioned, storeFor } from '../../testkit/storeFixture';

let emulator: TestEmulator;
let location: ProjectLocation;

emulatorPerFile(async (started) => {
  emulator = started;
  const siteId = await provisioned(emulator, 'lungepasienter', 'kari');
  location = await storeFor(emulator, 'kari').locate({ siteId });
}, { settings: { enforceUniqueColumns: false } });

async function opened() {
  const project = newProject();
  const store = storeFor(emulator, 'kari');
  await store.createProject(location, project, randomUUID());
  await store.loadProject(location, project.projectKey);
  await emulator.admin.setSettings({ enforceUniqueColumns: false });
  return { store, projectKey: project.projectKey };
}

async function rowsOf(projectKey: string) {
  const events = (await rawRows(emulator, 'kari', location, 'events', projectKey)).filter((r) => r.fields.Kind !== 'projectUpdate');
  const items = (await rawRows(emulator, 'kari', location, 'checklist', projectKey)).filter((r) => r.fields.ItemKey !== '_project');
  return { events, items };
}

describe('exactly once, with uniqueness off', () => {
  it('a throttled $batch and a throttled inner write: one state row, one Events row, and one create sent of each', async () => {
    const { store, projectKey } = await opened();
    await emulator.admin.setFaults({ failNext: [{ status: 429, count: 1, applyTo: 'top', retryAfterSeconds: 0 }, { status: 503, count: 1, applyTo: 'inner', method: 'POST', retryAfterSeconds: 0 }] });
    await emulator.admin.resetStats();
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }));
    const { events, items } = await rowsOf(projectKey);
    expect(events).toHaveLength(1);
    expect(items).toHaveLength(1);
    expect((await emulator.admin.stats()).byStatus['201']).toBe(2); // the state row and its Events row, nothing twice
  });

  it('an answer lost after the write was applied: the store asks the Events list instead of writing it again', async () => {
    const { store, projectKey } = await opened();
    const tick = intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    await emulator.admin.setFaults({ failNext: [{ status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' }] });
    await store.apply(location, tick);
    await emulator.admin.clearFaults();
    await storeFor(emulator, 'kari').apply(location, tick, { maybeWritten: true });
    const { events, items } = await rowsOf(projectKey);
    expect(events.map((e) => e.fields.IntentId)).toEqual([tick.id]);
    expect(items).toHaveLength(1);
  });

  it('the same intent applied twice (a replay after a reload): one Events row', async () => {
    const { store, projectKey } = await opened();
    const tick = intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Avtalt' });
    await store.apply(location, tick);
    await storeFor(emulator, 'kari').apply(location, tick, { maybeWritten: true });
    expect((await rowsOf(projectKey)).events.map((e) => e.fields.IntentId)).toEqual([tick.id]);
  });
});
