// Issue #7: every fault SharePoint/Graph can throw at a tick, once each and deterministically (failNext), through the
// real Graph adapter and the emulator over HTTPS. After each: the tick is stored, logged exactly once, nothing else.
// "Exactly once" is proven by the client, not by SharePoint: the write cases also run with the emulator's unique
// columns off (a duplicate IntentId or StateKey would then be stored and counted), and with them on no write may be
// refused as a duplicate (409) — the emulator's stats count what the client sent.
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { perFile } from '../../testkit/emulatorHooks';
import type { FailNextRule, TestEmulator } from '../../testkit/emulator';
import type { IntentBody } from '../../src/domain/types';
import type { ProjectLocation } from '../../src/store/ChecklistStore';
import { CHALLENGE, MANDATE, connect, intentOf, newProject, storeFor, tokenSequence, emulatorWithProjectSite } from '../../testkit/storeFixture';
import { GraphChecklistStore } from '../../src/store/graph/GraphChecklistStore';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { rawRows } from '../../testkit/resilience';

let emulator: TestEmulator;
let location: ProjectLocation;

perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));

/** A project with one row already written for MANDATE (so the next write to it is a PATCH with If-Match). */
async function project() {
  const store = storeFor(emulator, 'kari');
  const info = newProject();
  await store.createProject(location, info, randomUUID());
  await store.apply(location, intentOf(emulator, 'kari', info.projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Første' }));
  return { store, projectKey: info.projectKey };
}

/** Events rows per IntentId, raw. */
async function logged(projectKey: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await rawRows(emulator, 'kari', location, 'events', projectKey)) {
    const id = String(row.fields.IntentId);
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Checklist rows per StateKey, raw (one per item, plus the project's change-signal row). */
async function stateRows(projectKey: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await rawRows(emulator, 'kari', location, 'checklist', projectKey)) {
    const key = String(row.fields.StateKey);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const total = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0);

async function storedItem(projectKey: string, itemKey: string) {
  return (await storeFor(emulator, 'per').loadProject(location, projectKey)).state.items[itemKey];
}

const CASES: { name: string; rule: FailNextRule; body: IntentBody; itemKey: string }[] = [
  { name: '429 on the $batch', rule: { status: 429, count: 1, applyTo: 'top', pathPattern: '\\$batch', retryAfterSeconds: 0 }, body: { kind: 'setStatus', itemKey: MANDATE, status: 'done' }, itemKey: MANDATE },
  { name: '503 on the $batch', rule: { status: 503, count: 1, applyTo: 'top', pathPattern: '\\$batch', retryAfterSeconds: 0 }, body: { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }, itemKey: MANDATE },
  { name: '429 on the state write inside the $batch', rule: { status: 429, count: 1, applyTo: 'inner', method: 'PATCH', retryAfterSeconds: 0 }, body: { kind: 'setStatus', itemKey: MANDATE, status: 'notRelevant', reason: 'Ikke aktuelt' }, itemKey: MANDATE },
  { name: '503 on a new row inside the $batch', rule: { status: 503, count: 1, applyTo: 'inner', method: 'POST', retryAfterSeconds: 0 }, body: { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }, itemKey: CHALLENGE },
  { name: '429 on the Events row inside the $batch (state already written)', rule: { status: 429, count: 1, applyTo: 'inner', method: 'POST', pathPattern: '/items$', retryAfterSeconds: 0 }, body: { kind: 'setComment', itemKey: MANDATE, comment: 'Etter kast' }, itemKey: MANDATE },
  { name: 'a connection dropped before the write', rule: { status: 'dropBefore', count: 1, applyTo: 'top', pathPattern: '\\$batch' }, body: { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }, itemKey: MANDATE },
  { name: 'a connection dropped after the write was applied', rule: { status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' }, body: { kind: 'setComment', itemKey: MANDATE, comment: 'Tapt svar' }, itemKey: MANDATE },
  // The Graph client no longer resends a write $batch whose answer was lost: the store checks the Events list first,
  // so the new row is created once even where no unique column would refuse a second create.
  { name: 'a connection dropped after a new row was created', rule: { status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' }, body: { kind: 'confirm', itemKey: CHALLENGE, side: 'kommune' }, itemKey: CHALLENGE },
  { name: '412 on the state write (someone else wrote the row)', rule: { status: 412, count: 1, applyTo: 'inner', method: 'PATCH' }, body: { kind: 'setStatus', itemKey: MANDATE, status: 'done' }, itemKey: MANDATE },
];

const UNIQUENESS = [
  { columns: 'unique columns enforced, as in SharePoint', enforceUniqueColumns: true },
  { columns: 'unique columns not enforced (the client\'s own idempotence)', enforceUniqueColumns: false },
];

describe.each(UNIQUENESS)('each fault once, $columns', ({ enforceUniqueColumns }) => {
  beforeEach(async () => {
    await emulator.admin.setSettings({ enforceUniqueColumns });
  });

  for (const c of CASES) {
    it(`${c.name}: the tick is stored and logged exactly once`, async () => {
      const { store, projectKey } = await project();
      const intent = intentOf(emulator, 'kari', projectKey, c.body);
      const [eventsBefore, rowsBefore] = [total(await logged(projectKey)), total(await stateRows(projectKey))];
      await emulator.admin.resetStats();
      await emulator.admin.setFaults({ failNext: [c.rule] });
      const state = await store.apply(location, intent);
      expect((await emulator.admin.setFaults({})).failNext).toEqual([]);

      // What the intent set (Kari's confirmation for a confirm), and the comment written before it: the earlier comment
      // survives unless the intent wrote the comment (partial writes never clear what they did not touch).
      const expected = {
        comment: c.body.kind === 'setComment' ? c.body.comment : c.itemKey === MANDATE ? 'Første' : '',
        ...(c.body.kind === 'setStatus' ? { status: c.body.status } : {}),
        ...(c.body.kind === 'confirm' ? { confirmations: { [c.body.side]: { by: { name: 'Kari Nordmann' } } } } : {}),
      };
      expect(state.items[c.itemKey]).toMatchObject(expected);
      const stored = await storedItem(projectKey, c.itemKey);
      expect(stored).toMatchObject(expected);
      // A replay by the durable queue after a reload (a fresh adapter; the queue knows it was sent) changes nothing.
      await storeFor(emulator, 'kari').apply(location, intent, { maybeWritten: true });

      const events = await logged(projectKey);
      const rows = await stateRows(projectKey);
      expect(events.get(intent.id)).toBe(1);
      expect([...events.values()].every((n) => n === 1)).toBe(true);
      expect([...rows.values()].every((n) => n === 1), JSON.stringify([...rows])).toBe(true);
      // What the client sent: no create was refused as a duplicate, and every create accepted is one row we expect
      // (the Events row, and the item's row when the item had none).
      const stats = await emulator.admin.stats();
      expect(stats.byStatus['409'], 'writes refused as duplicates (409)').toBeUndefined();
      const newRows = c.itemKey === CHALLENGE ? 1 : 0;
      expect(total(events) - eventsBefore).toBe(1);
      expect(total(rows) - rowsBefore).toBe(newRows);
      expect(stats.byStatus['201'] ?? 0, 'rows created (201)').toBe(1 + newRows);
    });
  }

  it('a lost answer, then a reload: the replay does not write over a colleague\'s later change', async () => {
    const { projectKey } = await project();
    // Kari's tab writes a comment, the answer is lost, and the tab is closed before any retry.
    const lost = intentOf(emulator, 'kari', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Kari før' });
    const once = new GraphChecklistStore({ graph: connect(emulator, 'kari', { retry: { maxAttempts: 1 } }).graph, model: DEFAULT_MODEL });
    await once.loadProject(location, projectKey);
    await emulator.admin.setFaults({ failNext: [{ status: 'dropAfter', count: 1, applyTo: 'top', pathPattern: '\\$batch' }] });
    await expect(once.apply(location, lost)).rejects.toMatchObject({ code: 'network' });
    expect((await storedItem(projectKey, MANDATE))?.comment).toBe('Kari før'); // written, only the answer was lost
    // Ingrid then changes the same comment.
    await storeFor(emulator, 'ingrid').apply(location, intentOf(emulator, 'ingrid', projectKey, { kind: 'setComment', itemKey: MANDATE, comment: 'Ingrid etter' }));
    // Kari reopens: the durable queue replays the intent it had sent (attempts > 0, so maybeWritten).
    await emulator.admin.resetStats();
    await storeFor(emulator, 'kari').apply(location, lost, { maybeWritten: true });
    expect((await storedItem(projectKey, MANDATE))?.comment).toBe('Ingrid etter');
    expect((await logged(projectKey)).get(lost.id)).toBe(1);
    // The replay created nothing (it may settle the derived Summary/Portfolio rows; the comment above shows it left
    // the state row alone). Its reads may travel in a $batch, so count creates, not POSTs.
    const stats = await emulator.admin.stats();
    expect(stats.byStatus['201'], 'rows created by the replay').toBeUndefined();
    expect(stats.byStatus['409'], 'creates refused as duplicates').toBeUndefined();
  });
});

describe('each fault once', () => {
  it('410 on a stale delta token: the poll reads everything again and misses nothing', async () => {
    const { store, projectKey } = await project();
    const reader = storeFor(emulator, 'ingrid');
    const loaded = await reader.loadProject(location, projectKey);
    await store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'confirm', itemKey: MANDATE, side: 'kommune' }));
    await emulator.admin.expireDelta();
    await emulator.admin.resetStats();
    const changes = await reader.pollChanges(location, projectKey, loaded.cursor);
    expect((await emulator.admin.stats()).byStatus['410']).toBe(1);
    expect(changes.resynced).toBe(true);
    expect(changes.state.items[MANDATE]?.confirmations.kommune?.by.name).toBe('Kari Nordmann');
    // The fresh cursor works again.
    const quiet = await reader.pollChanges(location, projectKey, changes.cursor);
    expect(quiet.resynced).toBe(false);
  });

  it('401 on an expired token: renewed once, sent again, stored once', async () => {
    const { projectKey } = await project();
    const expired = emulator.tokenFor('kari', Math.floor(Date.now() / 1000) - 60);
    const tokens = tokenSequence([expired, emulator.tokenFor('kari')]);
    const store = new GraphChecklistStore({ graph: connect(emulator, 'kari', { tokens }).graph, model: DEFAULT_MODEL });
    const intent = intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' });
    await emulator.admin.resetStats();
    await store.apply(location, intent);
    expect((await emulator.admin.stats()).byStatus['401']).toBe(1);
    expect(tokens.calls.filter((c) => c.forceRefresh)).toHaveLength(1);
    expect((await storedItem(projectKey, CHALLENGE))?.status).toBe('done');
    expect((await logged(projectKey)).get(intent.id)).toBe(1);
  });

  it('401 again after the renewal: signInExpired, no endless retry', async () => {
    const { projectKey } = await project();
    const expired = emulator.tokenFor('kari', Math.floor(Date.now() / 1000) - 60);
    const tokens = tokenSequence([expired]);
    const store = new GraphChecklistStore({ graph: connect(emulator, 'kari', { tokens }).graph, model: DEFAULT_MODEL });
    await emulator.admin.resetStats();
    await expect(store.apply(location, intentOf(emulator, 'kari', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }))).rejects.toMatchObject({ code: 'signInExpired', retryable: false });
    const stats = await emulator.admin.stats();
    expect(stats.byStatus['401']).toBe(2);
    expect(stats.topLevel).toBe(2);
    expect(tokens.calls.filter((c) => c.forceRefresh)).toHaveLength(1);
  });

  it('403: accessDenied with a clear message, never retried', async () => {
    const { projectKey } = await project();
    const eva = storeFor(emulator, 'eva');
    await emulator.admin.resetStats();
    const failure = await eva.apply(location, intentOf(emulator, 'eva', projectKey, { kind: 'setStatus', itemKey: CHALLENGE, status: 'done' })).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'accessDenied', retryable: false, status: 403 });
    expect((failure as Error).message).toMatch(/403/);
    expect(eva.connection.sleeps).toEqual([]);
    const stats = await emulator.admin.stats();
    expect(stats.topLevel).toBe(1);
    expect((await logged(projectKey)).size).toBe(2); // creation + the first comment, nothing of Eva's
  });
});
