// Pacing against the REAL Graph adapter and the emulator over HTTPS: a hidden surface sends no poll at all (counted
// at the emulator, per user) and catches up when shown; and the tenant's RU budget spent (429 with Retry-After,
// top level and inside $batch) loses, duplicates and reorders no tick, which all land when the minute turns.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../testkit/emulator';
import type { TestEmulator } from '../../../testkit/emulator';
import { perFile } from '../../../testkit/emulatorHooks';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { ProjectLocation, ProjectSession } from '../../../src/store/ChecklistStore';
import { ADAPTIVE_PACING, createProjectSession, MemoryIntentQueue, manualOnlineSignal } from '../../../src/store/sync';
import { actorFor, CHALLENGE, MANDATE, createdProject as createdProjectAt, emulatorWithProjectSite, storeFor } from '../../../testkit/storeFixture';
import { settled, until } from '../../../testkit/sessionWaits';
import { sessionsDisposedAfterEach } from '../../../testkit/sessionHooks';

const clock = manualClock(Math.ceil(Date.now() / 60_000) * 60_000 + 5_000);
let emulator: TestEmulator;
let location: ProjectLocation;

perFile(() => emulatorWithProjectSite({ clock: clock.now }), (world) => ({ emulator, location } = world));
const sessions = sessionsDisposedAfterEach();

const createdProject = () => createdProjectAt(emulator, location);

function open(userId: string, projectKey: string, pollIntervalMs: number | null): ProjectSession {
  const session = createProjectSession({
    store: storeFor(emulator, userId), location, projectKey, actor: actorFor(emulator, userId), model: DEFAULT_MODEL,
    queue: new MemoryIntentQueue(), online: manualOnlineSignal(true), pollIntervalMs, pacing: ADAPTIVE_PACING, backoff: { baseMs: 5, capMs: 20 },
  });
  sessions.push(session);
  return session;
}

const loaded = (session: ProjectSession) => until(session, (s) => s.status === 'ready' && !s.fromCache);
/** Resolves after `session` completed `n` more syncs: a clock made of another participant's polls, not a sleep. */
async function syncs(session: ProjectSession, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const before = session.snapshot().lastSyncedAt;
    await until(session, (s) => s.lastSyncedAt !== before);
  }
}
const requestsBy = async (userId: string) => (await emulator.admin.stats()).byUser[userId]?.requests ?? 0;

describe('hidden', () => {
  it('sends no poll while paused, and catches up with what changed as soon as it is shown again', async () => {
    const projectKey = await createdProject();
    const hidden = open('ingrid', projectKey, 30);
    const watcher = open('kari', projectKey, 30); // polls all along: the measure of time passing
    await Promise.all([loaded(hidden), loaded(watcher)]);
    await syncs(hidden, 2); // it does poll while visible
    hidden.setPollInterval(null);
    await hidden.refresh(); // joins a poll that was already on its way, so it is not counted below
    await emulator.admin.resetStats();
    watcher.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    await settled(watcher);
    await syncs(watcher, 20); // 20 of the watcher's polls, time for many of the hidden one's
    expect(await requestsBy('ingrid')).toBe(0);
    expect(hidden.snapshot().state?.items[MANDATE]?.status ?? 'open').toBe('open');

    hidden.setPollInterval(30); // shown again
    const caughtUp = await until(hidden, (s) => s.state?.items[MANDATE]?.status === 'done');
    expect(caughtUp.recentlyChangedByOthers).toContain(MANDATE);
    expect(await requestsBy('ingrid')).toBeGreaterThan(0);
  });
});

describe('tenant budget spent', () => {
  it('keeps every tick through 429s and sends each once, in order, when the minute turns', async () => {
    const projectKey = await createdProject();
    // Not polling: the ticks alone must fit the next minute (throttled requests count against the budget too).
    const kari = open('kari', projectKey, null);
    const ingrid = open('ingrid', projectKey, null);
    await Promise.all([loaded(kari), loaded(ingrid)]);
    // Two seconds before the minute turns: Retry-After (seconds to the turn) is then short, so the session's hold on
    // throttled sends (real time) ends within the test while the emulator's minute stays spent until we turn it.
    clock.set(Math.floor(clock.now() / 60_000) * 60_000 + 58_000);
    const { used } = await emulator.admin.budget();
    await emulator.admin.setSettings({ tenantRuPerMinute: used + 100 });
    while ((await emulator.graph('per', 'GET', '/me')).status !== 429); // others in the tenant spend what is left
    await emulator.admin.resetStats();
    const ticks = [
      kari.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' }),
      ingrid.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }),
      kari.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' }),
      kari.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'open' }), // order matters: the last word is "open"
    ];
    await until(kari, (s) => s.pending.some((p) => p.attempts > 1 && p.error?.code === 'throttled'));
    expect((await emulator.admin.stats()).byStatus['429'] ?? 0).toBeGreaterThan(0);
    expect(kari.snapshot().pending).toHaveLength(3);

    clock.advance(60_000); // the minute turns
    await Promise.all([settled(kari), settled(ingrid)]);
    const store = storeFor(emulator, 'kari');
    const state = (await store.loadProject(location, projectKey)).state;
    expect(state.items[MANDATE]).toMatchObject({ status: 'open', confirmations: { kommune: { by: { id: actorFor(emulator, 'kari').id } } } });
    expect(state.items[CHALLENGE]?.status).toBe('done');
    // Each tick logged exactly once (the state's last word "open" above shows they went in order).
    const logged = (await store.history(location, projectKey)).map((e) => e.intentId);
    for (const tick of ticks) expect(logged.filter((id) => id === tick.id)).toHaveLength(1);
  });
});
