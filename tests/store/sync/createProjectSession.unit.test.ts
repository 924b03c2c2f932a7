// Ordering, backoff, offline and snapshot rules of the session, with time under the test's control.
// The ChecklistStore here is an IN-TEST FAKE (FakeOrderingStore below), used only for these pure ordering/backoff
// rules; the session against the real Graph adapter and the emulator is in createProjectSession.emulator.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyIntent } from '../../../src/domain/applyIntent';
import { phaseOf } from '../../../src/model/lookup';
import type { Actor, Intent, IntentBody, Participant, Person, ProjectEvent, ProjectInfo, ProjectState } from '../../../src/domain/types';
import { StoreError } from '../../../src/store/ChecklistStore';
import type { ApplyOptions, BudgetSignal, ChecklistStore, LoadedProject, PortfolioStatus, ProjectChanges, ProjectLocation, ProjectSession, SiteRights, StoreErrorCode, SyncCursor } from '../../../src/store/ChecklistStore';
import { ADAPTIVE_PACING, createProjectSession, FIXED_PACING, manualOnlineSignal, MemoryIntentQueue, MemoryStateCache } from '../../../src/store/sync';
import type { ProjectSessionOptions } from '../../../src/store/sync';
import { TEST_MODEL, projectInfo, settled, until } from '../../../testkit/sessionWaits';
import { actors } from '../../../testkit/people';

const PROJECT = '3b0e6a52-0000-4000-8000-00000000a001';
const LOCATION: ProjectLocation = { siteId: 'site-1', siteUrl: 'https://innlandet.sharepoint.com/sites/test', lists: { projects: 'p', checklist: 'c', events: 'e', participants: 'x' } };
const KARI: Actor = actors.kari;
const INGRID: Actor = actors.ingrid;

/** IN-TEST FAKE: a ChecklistStore that applies intents to an in-memory state and fails on command. */
class FakeOrderingStore implements ChecklistStore {
  state: ProjectState;
  applied: string[] = [];
  /** What each apply was told: may this intent have been written already? */
  maybeWritten: boolean[] = [];
  inFlight = 0;
  maxInFlight = 0;
  loads = 0;
  polls = 0;
  failures: StoreErrorCode[] = [];
  loadFailures: StoreErrorCode[] = [];
  /** When set, apply waits for it before answering. */
  hold?: Promise<void>;

  constructor(project: ProjectInfo) {
    this.state = { project, items: {}, anomalies: [] };
  }
  locate(): Promise<ProjectLocation> {
    return Promise.resolve(LOCATION);
  }
  whoAmI(): Promise<Person> {
    return Promise.resolve(KARI);
  }
  rights(): Promise<SiteRights> {
    return Promise.resolve({ canRead: true, canWrite: true, canManageLists: false });
  }
  ownersOf(): Promise<undefined> {
    return Promise.resolve(undefined);
  }
  portfolioStatus(): PortfolioStatus {
    return { behind: false };
  }
  onPortfolioStatus(): () => void {
    return () => undefined;
  }
  /** The budget signal the "Graph client" last saw; set by `signal`. */
  lastSignal: BudgetSignal | undefined;
  private readonly budgetListeners = new Set<() => void>();
  budget(): BudgetSignal | undefined {
    return this.lastSignal;
  }
  onBudget(listener: () => void): () => void {
    this.budgetListeners.add(listener);
    return () => this.budgetListeners.delete(listener);
  }
  /** A response carried RateLimit-* headers or a 429's Retry-After. */
  signal(budget: BudgetSignal): void {
    this.lastSignal = budget;
    for (const listener of [...this.budgetListeners]) listener();
  }
  listProjects(): Promise<ProjectInfo[]> {
    return Promise.resolve([this.state.project]);
  }
  createProject(_l: ProjectLocation, project: ProjectInfo): Promise<ProjectInfo> {
    return Promise.resolve(project);
  }
  async loadProject(): Promise<LoadedProject> {
    this.loads += 1;
    const code = this.loadFailures.shift();
    if (code) throw new StoreError(code, `load ${code}`);
    return { state: this.state, participants: [], cursor: { checklist: `t${this.applied.length}` } };
  }
  async apply(_l: ProjectLocation, intent: Intent, options?: ApplyOptions): Promise<ProjectState> {
    this.maybeWritten.push(options?.maybeWritten ?? false);
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await this.hold;
      const code = this.failures.shift();
      if (code) throw new StoreError(code, `apply ${code}`, { retryable: code !== 'accessDenied' });
      this.applied.push(intent.id);
      this.state = applyIntent(this.state, intent, (key) => phaseOf(TEST_MODEL, key));
      return this.state;
    } finally {
      this.inFlight -= 1;
    }
  }
  async pollChanges(_l: ProjectLocation, _p: string, _c: SyncCursor): Promise<ProjectChanges> {
    this.polls += 1;
    return { state: this.state, participants: [], cursor: { checklist: `t${this.applied.length}` }, changedItemKeys: [], resynced: false };
  }
  history(): Promise<ProjectEvent[]> {
    return Promise.resolve([]);
  }
  saveParticipant(_l: ProjectLocation, _p: Participant): Promise<void> {
    return Promise.resolve();
  }
  /** Someone else's change, written straight to the "server". */
  byOther(body: IntentBody, actor: Actor): void {
    this.state = applyIntent(this.state, { ...body, id: crypto.randomUUID(), projectKey: PROJECT, actor, at: '2025-03-01T12:00:00.000Z' } as Intent, (key) => phaseOf(TEST_MODEL, key));
  }
}

let sessions: ProjectSession[] = [];
function open(store: ChecklistStore, extra: Partial<ProjectSessionOptions> = {}): ProjectSession {
  const session = createProjectSession({
    store, location: LOCATION, projectKey: PROJECT, actor: KARI, model: TEST_MODEL, queue: new MemoryIntentQueue(),
    online: manualOnlineSignal(true), pollIntervalMs: null, random: () => 0.5, pacing: FIXED_PACING, ...extra,
  });
  sessions.push(session);
  return session;
}

const ready = (session: ProjectSession) => until(session, (s) => s.status === 'ready' && !s.fromCache);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  for (const session of sessions) session.dispose();
  sessions = [];
  vi.useRealTimers();
});

describe('dispatch', () => {
  it('shows the tick at once as pending, after the intent was handed to the queue, then confirms it', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const order: string[] = [];
    const put = queue.put.bind(queue);
    queue.put = (q) => {
      order.push(`queue:${q.state}`);
      return put(q);
    };
    const session = open(store, { queue });
    await ready(session);
    session.subscribe(() => order.push(`screen:${session.snapshot().pending.length}`));

    const intent = session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    const shown = session.snapshot();
    expect(shown.state?.items.behov?.status).toBe('done');
    expect(shown.confirmed?.items).not.toHaveProperty('behov');
    expect(shown.pending.map((p) => p.intent.id)).toEqual([intent.id]);
    expect(order.slice(0, 2)).toEqual(['queue:queued', 'screen:1']);
    expect(intent).toMatchObject({ projectKey: PROJECT, actor: KARI });

    const done = await settled(session);
    expect(done.confirmed?.items.behov?.status).toBe('done');
    expect(await queue.all(PROJECT)).toEqual([]);
  });

  it('stores the attempt before sending, so a replay after a reload tells the store the intent may be written', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const first = open(store, { queue });
    await ready(first);
    store.failures.push('network'); // the answer never came
    first.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    await vi.advanceTimersByTimeAsync(0);
    expect((await queue.all(PROJECT))[0]?.attempts).toBe(1);
    first.dispose();

    const reopened = open(store, { queue }); // the reload, on the same durable queue
    await until(reopened, () => store.applied.length === 1);
    expect(store.maybeWritten).toEqual([false, true]);
    expect(await queue.all(PROJECT)).toEqual([]);
  });

  it('sends one intent at a time, in the order they were made', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    let release!: () => void;
    store.hold = new Promise((resolve) => (release = resolve));
    const ids = ['behov', 'brukere', 'ledelse', 'pilot'].map((itemKey) => session.dispatch({ kind: 'setStatus', itemKey, status: 'done' }).id);
    await vi.advanceTimersByTimeAsync(0);
    expect(session.snapshot().pending.map((p) => p.state)).toEqual(['sending', 'queued', 'queued', 'queued']);
    release();
    await settled(session);
    expect(store.applied).toEqual(ids);
    expect(store.maxInFlight).toBe(1);
  });

  it('refuses a fødselsnummer, too long a comment and an unknown item with invalidInput, queuing nothing', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const session = open(store, { queue });
    await ready(session);
    const refused = (body: Parameters<ProjectSession['dispatch']>[0]) => {
      try {
        session.dispatch(body);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const fnr = refused({ kind: 'addComment', itemKey: 'behov', text: 'Pasient 15076500565 ringte' });
    expect(fnr).toBeInstanceOf(StoreError);
    expect(fnr).toMatchObject({ code: 'invalidInput', message: 'nationalId' });
    expect(refused({ kind: 'addComment', itemKey: 'behov', text: 'x'.repeat(5000) })).toMatchObject({ code: 'invalidInput', message: 'tooLong' });
    expect(refused({ kind: 'confirm', itemKey: 'no-such-item', side: 'kommune' })).toMatchObject({ code: 'invalidInput', message: 'unknownItem' });
    expect(session.snapshot().pending).toEqual([]);
    expect(await queue.all(PROJECT)).toEqual([]);
  });
});

describe('failures', () => {
  it('keeps a throttled or unavailable intent queued, waits with growing backoff, and ends confirmed', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const session = open(store, { queue, random: () => 0.999 });
    await ready(session);
    store.failures = ['unavailable', 'throttled', 'unavailable'];
    const intent = session.dispatch({ kind: 'confirm', itemKey: 'behov', side: 'kommune' });

    await vi.advanceTimersByTimeAsync(0);
    expect(session.snapshot().pending[0]).toMatchObject({ state: 'queued', attempts: 1, error: { code: 'unavailable' } });
    expect((await queue.all(PROJECT))[0]).toMatchObject({ attempts: 1 });
    await vi.advanceTimersByTimeAsync(900); // first wait is just under 1 s
    expect(store.failures).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(store.failures).toHaveLength(1);
    expect(session.snapshot().pending[0]).toMatchObject({ state: 'queued', attempts: 2, error: { code: 'throttled' } });
    await vi.advanceTimersByTimeAsync(1_800); // second wait is just under 2 s
    expect(store.failures).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(session.snapshot().pending[0]).toMatchObject({ state: 'queued', attempts: 3, error: { code: 'unavailable' } });
    await vi.advanceTimersByTimeAsync(4_000);

    const done = await settled(session);
    expect(store.applied).toEqual([intent.id]);
    expect(done.confirmed?.items.behov?.confirmations.kommune?.by.id).toBe(KARI.id);
    expect(await queue.all(PROJECT)).toEqual([]);
  });

  it('marks a refused intent failed, does not retry it by itself, and sends the next ones', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const session = open(store, { queue });
    await ready(session);
    store.failures = ['accessDenied'];
    const refused = session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    const next = session.dispatch({ kind: 'setStatus', itemKey: 'brukere', status: 'done' });
    await until(session, (s) => s.pending.length === 1 && s.pending[0]?.state === 'failed');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(store.applied).toEqual([next.id]);
    expect(session.snapshot().pending[0]).toMatchObject({ intent: { id: refused.id }, state: 'failed', attempts: 1, error: { code: 'accessDenied' } });
    expect((await queue.all(PROJECT)).map((q) => q.state)).toEqual(['failed']);

    session.retry(refused.id);
    await settled(session);
    expect(store.applied).toEqual([next.id, refused.id]);
  });

  it('discards a failed intent from the screen and the queue', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const session = open(store, { queue });
    await ready(session);
    store.failures = ['accessDenied'];
    const refused = session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    await until(session, (s) => s.pending[0]?.state === 'failed');
    expect(session.snapshot().state?.items.behov?.status).toBe('done');
    session.discard(refused.id);
    const after = await settled(session);
    expect(after.state?.items).not.toHaveProperty('behov');
    expect(await queue.all(PROJECT)).toEqual([]);
    expect(session.canUndo()).toBe(false);
  });
});

describe('offline', () => {
  it('queues while offline and sends at once when the network returns', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const online = manualOnlineSignal(true);
    const session = open(store, { online });
    await ready(session);
    online.set(false);
    expect(session.snapshot().online).toBe(false);
    const intent = session.dispatch({ kind: 'setStatus', itemKey: 'pilot', status: 'done' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.applied).toEqual([]);
    expect(session.snapshot().pending[0]?.state).toBe('queued');
    online.set(true);
    await settled(session);
    expect(store.applied).toEqual([intent.id]);
    expect(session.snapshot().online).toBe(true);
  });

  it('treats a network error as offline until Graph answers again, without waiting for the backoff after "online"', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const online = manualOnlineSignal(true);
    const session = open(store, { online, random: () => 0.999 });
    await ready(session);
    store.failures = ['network', 'network', 'network'];
    session.dispatch({ kind: 'setStatus', itemKey: 'pilot', status: 'done' });
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(session.snapshot()).toMatchObject({ online: false, pending: [{ state: 'queued', attempts: 3 }] });
    online.set(false);
    online.set(true); // the 'online' event: no waiting out the 4 s backoff
    const done = await settled(session);
    expect(done.online).toBe(true);
    expect(store.applied).toHaveLength(1);
  });
});

describe('opening', () => {
  it('paints the cached state before Graph answers, then revalidates', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    store.byOther({ kind: 'setStatus', itemKey: 'behov', status: 'done' }, INGRID);
    const cache = new MemoryStateCache();
    const cachedState: ProjectState = { project: projectInfo(PROJECT), items: {}, anomalies: [] };
    await cache.put({ siteId: LOCATION.siteId, projectKey: PROJECT, state: cachedState, participants: [], cursor: { checklist: 'old' }, savedAt: '2025-03-01T08:00:00.000Z' });
    store.hold = new Promise(() => {}); // irrelevant to loading; keeps apply from running
    let releaseLoad!: () => void;
    const loadGate = new Promise<void>((resolve) => (releaseLoad = resolve));
    const load = store.loadProject.bind(store);
    store.loadProject = async () => {
      await loadGate;
      return load();
    };
    const session = open(store, { cache });
    const painted = await until(session, (s) => s.status === 'ready');
    expect(painted).toMatchObject({ fromCache: true, lastSyncedAt: '2025-03-01T08:00:00.000Z' });
    expect(painted.state?.items).not.toHaveProperty('behov');
    releaseLoad();
    const fresh = await ready(session);
    expect(fresh.state?.items.behov?.status).toBe('done');
    expect((await cache.get(LOCATION.siteId, PROJECT))?.state.items.behov?.status).toBe('done');
  });

  it('reports the load failure when there is nothing cached', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    store.loadFailures = ['projectNotFound'];
    const session = open(store);
    const failed = await until(session, (s) => s.status === 'error');
    expect(failed.error).toBeInstanceOf(StoreError);
    expect(failed.error?.code).toBe('projectNotFound');
    await session.refresh();
    expect(session.snapshot().status).toBe('ready');
  });
});

describe('reopening', () => {
  it('replays this user\'s queued intents in order (an interrupted send goes again) and leaves another user\'s alone', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const queue = new MemoryIntentQueue();
    const left = (id: string, sequence: number, actor: Actor, state: 'queued' | 'sending') => ({
      id, projectKey: PROJECT, sequence, state, attempts: 1,
      intent: { kind: 'setStatus' as const, itemKey: 'behov', status: 'done' as const, id, projectKey: PROJECT, actor, at: '2025-03-01T10:00:00.000Z' },
    });
    await queue.put(left('second', 2, KARI, 'queued'));
    await queue.put(left('first', 1, KARI, 'sending'));
    await queue.put(left('ingrids', 3, INGRID, 'queued'));
    const session = open(store, { queue });
    expect((await ready(session)).pending.map((p) => p.intent.id)).toEqual(['first', 'second']);
    await settled(session);
    expect(store.applied).toEqual(['first', 'second']);
    expect((await queue.all(PROJECT)).map((q) => q.id)).toEqual(['ingrids']);
  });
});

describe('polling and snapshots', () => {
  it('does not push the next poll away when told the same interval again', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    session.setPollInterval(5_000);
    for (let i = 0; i < 4; i += 1) {
      await vi.advanceTimersByTimeAsync(2_000);
      session.setPollInterval(5_000); // as a re-rendering component would
    }
    expect(store.polls).toBe(1);
  });

  it('polls at the interval set, marks what others changed, and stops when paused or disposed', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    session.setPollInterval(5_000);
    store.byOther({ kind: 'setStatus', itemKey: 'brukere', status: 'done' }, INGRID);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.polls).toBe(1);
    expect(session.snapshot().recentlyChangedByOthers).toEqual(['brukere']);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(session.snapshot().recentlyChangedByOthers).toEqual([]);
    session.setPollInterval(null);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.polls).toBe(2);
    session.setPollInterval(30_000); // visible again: catches up at once, then every 30 s
    void session.refresh(); // the UI asking too joins that catch-up instead of polling twice
    await vi.advanceTimersByTimeAsync(0);
    expect(store.polls).toBe(3);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(store.polls).toBe(4);
    session.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(store.polls).toBe(4);
  });

  it('does not count my own confirmed tick as changed by others, and never drops pending intents on a poll', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    await settled(session);
    let release!: () => void;
    store.hold = new Promise((resolve) => (release = resolve));
    session.dispatch({ kind: 'setStatus', itemKey: 'pilot', status: 'done' });
    await session.refresh();
    const polled = session.snapshot();
    expect(polled.recentlyChangedByOthers).toEqual([]);
    expect(polled.state?.items.pilot?.status).toBe('done');
    expect(polled.pending).toHaveLength(1);
    release();
    await settled(session);
  });

  it('keeps the same snapshot object until something changes, and the same state objects when a poll brings nothing new', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    const confirmed = (await settled(session)).confirmed;
    const first = session.snapshot();
    expect(session.snapshot()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    store.state = structuredClone(store.state); // equal data, new objects, as a real poll returns
    await session.refresh();
    expect(session.snapshot().confirmed).toBe(confirmed);
    expect(session.snapshot().state?.items).toBe(confirmed?.items);
  });
});

describe('undo', () => {
  it('undoes this user\'s last actions, newest first, by dispatching their inverses', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store);
    await ready(session);
    expect(session.canUndo()).toBe(false);
    session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    session.dispatch({ kind: 'confirm', itemKey: 'behov', side: 'kommune' });
    expect(session.canUndo()).toBe(true);
    const first = session.undo();
    expect(first).toMatchObject({ kind: 'unconfirm', itemKey: 'behov', side: 'kommune', actor: KARI });
    expect(session.snapshot().state?.items.behov?.confirmations).not.toHaveProperty('kommune');
    const second = session.undo();
    expect(second).toMatchObject({ kind: 'setStatus', itemKey: 'behov', status: 'open' });
    expect(session.canUndo()).toBe(false);
    expect(session.undo()).toBeUndefined();
    const done = await settled(session);
    expect(done.confirmed?.items.behov).toMatchObject({ status: 'open', confirmations: {} });
    expect(store.applied).toHaveLength(4);
  });
});

describe('pacing in a meeting (adaptive)', () => {
  // Date is faked too here: the pacing rule reads the clock to know how long ago someone worked.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  const meeting = (store: FakeOrderingStore, extra: Partial<ProjectSessionOptions> = {}) => open(store, { pacing: ADAPTIVE_PACING, pollIntervalMs: 12_000, ...extra });
  const FAST = ADAPTIVE_PACING.activeMs; // 2.25 s

  it('polls every 12 s while nothing happens, every 2.25 s after my tick, and goes on fast while others tick', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = meeting(store);
    await ready(session);
    await vi.advanceTimersByTimeAsync(24_000);
    expect(store.polls).toBe(2);
    session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    await settled(session);
    await vi.advanceTimersByTimeAsync(FAST); // the poll due in up to 12 s comes at the fast pace
    expect(store.polls).toBe(3);
    for (let i = 0; i < 5; i += 1) {
      store.byOther({ kind: 'addComment', itemKey: 'brukere', text: `runde ${i}` }, INGRID);
      await vi.advanceTimersByTimeAsync(20_000); // others' changes every 20 s keep it fast
    }
    expect(store.polls).toBe(3 + Math.floor(100_000 / FAST));
  });

  it('goes back to the quiet interval at once 30 s after the last activity, and never polls while paused (hidden)', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = meeting(store);
    await ready(session);
    session.dispatch({ kind: 'setStatus', itemKey: 'behov', status: 'done' });
    await settled(session);
    await vi.advanceTimersByTimeAsync(30_000);
    const fast = store.polls;
    expect(fast).toBe(Math.floor(30_000 / FAST));
    // The first quiet poll at a random point between the fast pace and the interval (0.5 here: about 7 s), then every 12 s.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.polls - fast).toBe(5);
    session.setPollInterval(null);
    session.dispatch({ kind: 'setStatus', itemKey: 'brukere', status: 'done' }); // activity does not wake a hidden surface
    await settled(session);
    const paused = store.polls;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(store.polls).toBe(paused);
  });

  it('speeds a channel tab up to the meeting pace while someone else works in it', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store, { pacing: ADAPTIVE_PACING, pollIntervalMs: 30_000 });
    await ready(session);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.polls).toBe(2);
    store.byOther({ kind: 'setStatus', itemKey: 'brukere', status: 'done' }, INGRID);
    await vi.advanceTimersByTimeAsync(30_000); // the next 30 s poll sees it...
    expect(store.polls).toBe(3);
    await vi.advanceTimersByTimeAsync(20_000); // ...and from then on it looks at the fast pace
    expect(store.polls).toBe(3 + Math.floor(20_000 / FAST));
  });
});

describe('budget (signals from the store)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });

  it('holds polls when the budget window would be overrun, and keeps a smaller share in the windows after', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store, { pacing: ADAPTIVE_PACING, pollIntervalMs: 12_000 });
    await ready(session);
    await vi.advanceTimersByTimeAsync(0); // polling has started
    const now = Date.now();
    // 85 % of the window used in its first 30 s: 170 % by the turn at that pace. The tab cuts its rate by the overrun
    // (5 polls a minute × 0.85 / 1.7 = 2.5), and with only the reserve (15 %) left it holds its polls for the writes.
    store.signal({ limit: 1000, remaining: 150, resetAt: now + 30_000, observedAt: now });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(store.polls).toBe(0); // held until the turn, then spread over its pace
    await vi.advanceTimersByTimeAsync(12_000);
    expect(store.polls).toBe(1);
    // The next window: at the cut rate, growing back one poll a minute per minute (every 18 s or so, then faster):
    // 4 polls where the full pace would make 6.
    await vi.advanceTimersByTimeAsync(72_000);
    expect(store.polls).toBe(1 + 4);
  });

  it('does not poll or send until a throttle lifts, then sends every tick once, in order', async () => {
    const store = new FakeOrderingStore(projectInfo(PROJECT));
    const session = open(store, { pacing: ADAPTIVE_PACING, pollIntervalMs: 12_000, random: () => 0.25 });
    await ready(session);
    await vi.advanceTimersByTimeAsync(0); // polling has started
    const now = Date.now();
    store.signal({ throttledUntil: now + 40_000, observedAt: now });
    const ticks = ['behov', 'brukere', 'ledelse'].map((itemKey) => session.dispatch({ kind: 'setStatus', itemKey, status: 'done' }).id);
    await vi.advanceTimersByTimeAsync(39_999);
    expect([store.polls, store.applied.length]).toEqual([0, 0]);
    expect(session.snapshot().pending.map((p) => p.state)).toEqual(['queued', 'queued', 'queued']);
    await vi.advanceTimersByTimeAsync(501); // + 0.25 × 2 s spread
    await settled(session);
    expect(store.applied).toEqual(ticks);
    expect(store.polls).toBe(0);
    // The 429 halved the tab's poll rate (12 s → 24 s): the poll comes after the throttle plus 0.25 of that.
    await vi.advanceTimersByTimeAsync(5_499);
    expect(store.polls).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(store.polls).toBe(1);
  });

  it('spreads throttled tabs: each comes back at its own random point after Retry-After', async () => {
    const comebacks: number[] = [];
    for (const draw of [0.1, 0.5, 0.9]) {
      const store = new FakeOrderingStore(projectInfo(PROJECT));
      const session = open(store, { pacing: ADAPTIVE_PACING, pollIntervalMs: 12_000, random: () => draw });
      await ready(session);
      const start = Date.now();
      store.signal({ throttledUntil: start + 10_000, observedAt: start });
      while (store.polls === 0) await vi.advanceTimersByTimeAsync(100);
      comebacks.push(Date.now() - start);
      session.dispose();
    }
    // Retry-After, then a random share of the pace, which the 429 halved (12 s → 24 s).
    expect(comebacks).toEqual([12_400, 22_000, 31_600]);
  });
});
