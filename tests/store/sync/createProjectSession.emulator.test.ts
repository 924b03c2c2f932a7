// The session against the REAL Graph adapter and the Graph emulator over HTTPS: two people on one project, faults,
// offline and reload, refusal, undo. Durable queue and state cache on fake-indexeddb (IndexedDB's API in Node).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { perFile } from '../../../testkit/emulatorHooks';
import type { TestEmulator } from '../../../testkit/emulator';
import { DEFAULT_MODEL } from '../../../src/model/defaultModel';
import type { ProjectLocation, ProjectSession } from '../../../src/store/ChecklistStore';
import { createProjectSession, IndexedDbIntentQueue, IndexedDbStateCache, manualOnlineSignal } from '../../../src/store/sync';
import type { ManualOnlineSignal, ProjectSessionOptions } from '../../../src/store/sync';
import { actorFor, CHALLENGE, MANDATE, createdProject as createdProjectAt, storeFor, emulatorWithProjectSite } from '../../../testkit/storeFixture';
import { settled, until } from '../../../testkit/sessionWaits';
import { sessionsDisposedAfterEach } from '../../../testkit/sessionHooks';

let emulator: TestEmulator;
let location: ProjectLocation;

perFile(() => emulatorWithProjectSite(), (world) => ({ emulator, location } = world));
const sessions = sessionsDisposedAfterEach();

const createdProject = () => createdProjectAt(emulator, location);

interface Opened {
  session: ProjectSession;
  online: ManualOnlineSignal;
}

/** A session as `userId`, with its own Graph connection (a fresh adapter, as after a reload) on database `databaseName`. */
function open(userId: string, projectKey: string, databaseName: string, extra: Partial<ProjectSessionOptions> & { online?: ManualOnlineSignal } = {}): Opened {
  const online = extra.online ?? manualOnlineSignal(true);
  const session = createProjectSession({
    store: storeFor(emulator, userId),
    location,
    projectKey,
    actor: actorFor(emulator, userId),
    model: DEFAULT_MODEL,
    queue: new IndexedDbIntentQueue({ databaseName }),
    cache: new IndexedDbStateCache({ databaseName }),
    pollIntervalMs: null,
    backoff: { baseMs: 5, capMs: 40 },
    ...extra,
    online,
  });
  sessions.push(session);
  return { session, online };
}

const loaded = (session: ProjectSession) => until(session, (s) => s.status === 'ready' && !s.fromCache);

/** What SharePoint holds, read by a fresh adapter. */
async function stored(projectKey: string) {
  return (await storeFor(emulator, 'kari').loadProject(location, projectKey)).state;
}

/** Events rows per intent id. */
async function eventsPerIntent(projectKey: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const event of await storeFor(emulator, 'kari').history(location, projectKey)) counts.set(event.intentId, (counts.get(event.intentId) ?? 0) + 1);
  return counts;
}

describe('two people on one project', () => {
  it('shows a tick at once as pending, then confirmed, and the other side sees it after a poll', async () => {
    const projectKey = await createdProject();
    const kari = open('kari', projectKey, 'kari-device').session;
    const ingrid = open('ingrid', projectKey, 'ingrid-device').session;
    await Promise.all([loaded(kari), loaded(ingrid)]);

    const tick = kari.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    const shown = kari.snapshot();
    expect(shown.state?.items[MANDATE]?.status).toBe('done');
    expect(shown.confirmed?.items[MANDATE]?.status ?? 'open').toBe('open');
    expect(shown.pending.map((p) => p.intent.id)).toEqual([tick.id]);

    const confirmed = await settled(kari);
    expect(confirmed.confirmed?.items[MANDATE]).toMatchObject({ status: 'done', updatedBy: { id: actorFor(emulator, 'kari').id } });

    expect(ingrid.snapshot().state?.items[MANDATE]?.status ?? 'open').toBe('open');
    ingrid.setPollInterval(20);
    const seen = await until(ingrid, (s) => s.state?.items[MANDATE]?.status === 'done');
    expect(seen.recentlyChangedByOthers).toContain(MANDATE);

    ingrid.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'sykehus' });
    await settled(ingrid);
    await kari.refresh();
    expect(kari.snapshot().state?.items[MANDATE]?.confirmations.sykehus?.by.id).toBe(actorFor(emulator, 'ingrid').id);
    expect(kari.snapshot().recentlyChangedByOthers).toEqual([MANDATE]);
  });
});

describe('faults', () => {
  it('keeps intents pending through 503 and 429 bursts and dropped connections, and confirms each exactly once', async () => {
    const projectKey = await createdProject();
    const { session } = open('kari', projectKey, 'faulty-device');
    await loaded(session);
    // More failures in a row than the Graph client's own retry budget (5 attempts), so the session's backoff is used,
    // and connections dropped both before and after the write was applied (the replay must not log it twice).
    await emulator.admin.setFaults({
      failNext: [
        { status: 503, count: 6, method: 'POST', pathPattern: '\\$batch' },
        { status: 429, count: 6, method: 'POST', pathPattern: '\\$batch', retryAfterSeconds: 0 },
        { status: 'dropBefore', count: 6, method: 'POST', pathPattern: '\\$batch' },
        { status: 'dropAfter', count: 6, method: 'POST', pathPattern: '\\$batch' },
      ],
    });
    const intents = [
      session.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' }),
      session.dispatch({ kind: 'confirm', itemKey: MANDATE, side: 'kommune' }),
      session.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }),
    ];
    const sawRetry = until(session, (s) => s.pending.some((p) => p.attempts > 1));
    expect((await sawRetry).pending.length).toBeGreaterThan(0);

    const done = await settled(session);
    expect(done.online).toBe(true);
    expect(done.confirmed?.items[MANDATE]).toMatchObject({ status: 'done', confirmations: { kommune: { by: { id: actorFor(emulator, 'kari').id } } } });
    expect(done.confirmed?.items[CHALLENGE]?.status).toBe('done');
    const faults = await emulator.admin.setFaults({});
    expect(faults.failNext.every((rule) => rule.count === 0)).toBe(true); // every fault was met

    const state = await stored(projectKey);
    expect(state.items[MANDATE]?.status).toBe('done');
    expect(state.items[CHALLENGE]?.status).toBe('done');
    const counts = await eventsPerIntent(projectKey);
    for (const intent of intents) expect(counts.get(intent.id)).toBe(1);
    expect(await new IndexedDbIntentQueue({ databaseName: 'faulty-device' }).all(projectKey)).toEqual([]);
  });
});

describe('offline and reload', () => {
  it('queues ticks offline, shows them again after a reload while offline, and sends them when back online', async () => {
    const projectKey = await createdProject();
    const first = open('kari', projectKey, 'laptop');
    await loaded(first.session);
    first.online.set(false);
    const ticks = [
      first.session.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' }),
      first.session.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' }),
    ];
    expect(first.session.snapshot()).toMatchObject({ online: false, pending: [{ state: 'queued' }, { state: 'queued' }] });
    const queue = new IndexedDbIntentQueue({ databaseName: 'laptop' });
    expect((await queue.all(projectKey)).map((q) => q.id)).toEqual(ticks.map((t) => t.id));
    first.session.dispose(); // the tab is reloaded (or closed) while offline

    const reloaded = open('kari', projectKey, 'laptop', { online: manualOnlineSignal(false) });
    const painted = await until(reloaded.session, (s) => s.status === 'ready' && s.pending.length === 2);
    expect(painted.fromCache).toBe(true);
    expect(painted.pending.map((p) => p.intent.id)).toEqual(ticks.map((t) => t.id));
    expect(painted.state?.items[MANDATE]?.status).toBe('done');
    expect(painted.state?.items[CHALLENGE]?.status).toBe('done');
    expect((await stored(projectKey)).items[MANDATE]).toBeUndefined(); // nothing reached SharePoint yet

    reloaded.online.set(true);
    const done = await settled(reloaded.session);
    expect(done.fromCache).toBe(false);
    expect(done.confirmed?.items[CHALLENGE]?.status).toBe('done');
    const state = await stored(projectKey);
    expect([state.items[MANDATE]?.status, state.items[CHALLENGE]?.status]).toEqual(['done', 'done']);
    const counts = await eventsPerIntent(projectKey);
    for (const tick of ticks) expect(counts.get(tick.id)).toBe(1);
    expect(await queue.all(projectKey)).toEqual([]);
  });
});

describe('refusal', () => {
  it('marks an intent Graph refuses (403) as failed, does not retry it, and discards it on request', async () => {
    const projectKey = await createdProject();
    const { session } = open('eva', projectKey, 'eva-device');
    const opened = await until(session, (s) => s.status !== 'loading');
    expect(opened).toMatchObject({ status: 'error', error: { code: 'accessDenied' } });

    const tick = session.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    const failed = await until(session, (s) => s.pending[0]?.state === 'failed');
    expect(failed.pending[0]).toMatchObject({ attempts: 1, error: { code: 'accessDenied' } });
    // Later intents still go (and fail on their own); the refused one is not tried again meanwhile.
    const next = session.dispatch({ kind: 'setStatus', itemKey: CHALLENGE, status: 'done' });
    const both = await until(session, (s) => s.pending.length === 2 && s.pending.every((p) => p.state === 'failed'));
    expect(both.pending.map((p) => p.attempts)).toEqual([1, 1]);
    const queue = new IndexedDbIntentQueue({ databaseName: 'eva-device' });
    expect((await queue.all(projectKey)).map((q) => q.state)).toEqual(['failed', 'failed']);

    session.discard(tick.id);
    const left = await until(session, (s) => s.pending.length === 1);
    expect(left.pending[0]?.intent.id).toBe(next.id);
    expect((await queue.all(projectKey)).map((q) => q.id)).toEqual([next.id]);
    expect((await stored(projectKey)).items[MANDATE]).toBeUndefined();
  });
});

describe('undo', () => {
  it('undoes the user\'s last tick with its inverse, logged like any change', async () => {
    const projectKey = await createdProject();
    const { session } = open('kari', projectKey, 'undo-device');
    await loaded(session);
    const tick = session.dispatch({ kind: 'setStatus', itemKey: MANDATE, status: 'done' });
    await settled(session);
    expect(session.canUndo()).toBe(true);
    const undo = session.undo();
    expect(undo).toMatchObject({ kind: 'setStatus', itemKey: MANDATE, status: 'open' });
    expect(session.snapshot().state?.items[MANDATE]?.status).toBe('open');
    expect(session.canUndo()).toBe(false);
    await settled(session);
    expect((await stored(projectKey)).items[MANDATE]?.status).toBe('open');
    const counts = await eventsPerIntent(projectKey);
    expect([counts.get(tick.id), counts.get(undo?.id ?? '')]).toEqual([1, 1]);
  });
});
