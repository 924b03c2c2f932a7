// One open project on one screen (issues #3 "Live" and #7 "Nothing lost"): paints the cached state at once,
// revalidates in one round trip, shows every intent before Graph has it, keeps it in the durable queue until
// Graph confirmed it, sends one at a time in order, backs off on throttling and outages, and polls for others'
// changes. The snapshot is immutable and replaced only on change (React's useSyncExternalStore needs that).
import type { Actor, Intent, IntentBody, Participant, ProjectState } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import { phaseOf } from '../../model/lookup';
import { visibleState } from '../../domain/mergePending';
import { inverseOf } from '../../domain/inverseIntent';
import { checkIntent } from '../../domain/textRules';
import { StoreError } from '../ChecklistStore';
import type { ChecklistStore, ProjectLocation, ProjectSession, SessionSnapshot, StoreErrorCode, SyncCursor } from '../ChecklistStore';
import type { IntentQueue, QueuedIntent } from './IntentQueue';
import type { StateCache } from './StateCache';
import type { OnlineSignal } from './onlineSignal';
import { browserOnlineSignal } from './onlineSignal';
import { sessionRetryDelay } from './backoff';
import type { SessionBackoff } from './backoff';
import { TAB_POLL_MS } from './pollInterval';
import { changedByOthers, shareIfEqual, shareUnchanged } from './structuralSharing';

export interface ProjectSessionOptions {
  store: ChecklistStore;
  location: ProjectLocation;
  projectKey: string;
  actor: Actor;
  model: PhaseModel;
  queue: IntentQueue;
  /** Last confirmed state on this device; without it every open waits for Graph. */
  cache?: StateCache;
  clock?: () => Date;
  online?: OnlineSignal;
  /** Delta polling interval; null starts paused. Default 30 s (a visible channel tab). */
  pollIntervalMs?: number | null;
  random?: () => number;
  newId?: () => string;
  /** Backoff between sends of an intent after retryable failures. Default 1 s doubling to 30 s, full jitter. */
  backoff?: SessionBackoff;
}

/** Failures that end by themselves (network, throttling, outage): the intent waits and goes again. */
const RETRYABLE: ReadonlySet<StoreErrorCode> = new Set(['network', 'throttled', 'unavailable']);

function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('unknown', error instanceof Error ? error.message : String(error), { cause: error });
}

const describe = (error: StoreError): { code: StoreErrorCode; message: string } => ({ code: error.code, message: error.message });

export function createProjectSession(options: ProjectSessionOptions): ProjectSession {
  const { store, location, projectKey, actor, model, queue, cache } = options;
  const clock = options.clock ?? (() => new Date());
  const onlineSignal = options.online ?? browserOnlineSignal();
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const lookupPhase = (itemKey: string) => phaseOf(model, itemKey);

  // What SharePoint confirmed, and where the next delta starts.
  let confirmed: ProjectState | undefined;
  let participants: Participant[] = [];
  let cursor: SyncCursor | undefined;
  let status: SessionSnapshot['status'] = 'loading';
  let error: StoreError | undefined;
  let fromCache = false;
  let lastSyncedAt: string | undefined;
  let recentlyChangedByOthers: string[] = [];
  // False after a network error, until Graph answers again: the browser's online flag is only a hint.
  let reachable = true;

  // Intents not yet confirmed, in replay order; each entry object is replaced, never changed.
  let pending: QueuedIntent[] = [];
  let lastSequence = 0;
  const durablyStored = new Map<string, Promise<void>>();
  const discardWhenSettled = new Set<string>();
  const discarded = new Set<string>();
  // This user's own actions in this session, newest last, with the visible state they were made on.
  const undoable: { intent: Intent; before: ProjectState }[] = [];

  let started = false;
  let disposed = false;
  let sending = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let pollMs: number | null = options.pollIntervalMs === undefined ? TAB_POLL_MS : options.pollIntervalMs;

  const listeners = new Set<() => void>();
  let current: SessionSnapshot = buildSnapshot();

  function buildSnapshot(): SessionSnapshot {
    const snapshot: SessionSnapshot = {
      status,
      participants,
      // Replaced, never changed, so it can be handed out as is.
      pending,
      recentlyChangedByOthers,
      online: onlineSignal.isOnline() && reachable,
      fromCache,
    };
    if (confirmed) {
      snapshot.confirmed = confirmed;
      // Failed intents stay on screen too, marked by their pending entry, until the user retries or discards them.
      snapshot.state = visibleState(confirmed, pending.map((entry) => entry.intent), lookupPhase);
    }
    if (error) snapshot.error = error;
    if (lastSyncedAt) snapshot.lastSyncedAt = lastSyncedAt;
    return Object.freeze(snapshot);
  }

  function changed(): void {
    if (disposed) return;
    current = buildSnapshot();
    for (const listener of [...listeners]) listener();
  }

  // Graph calls of this session go one at a time, so a poll that started before a write was confirmed can never
  // overwrite the state that write returned (the tick would flicker off until the next poll).
  let lane: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = lane.then(work, work);
    lane = run.catch(() => undefined);
    return run;
  }

  function remember(state: ProjectState, people: Participant[], nextCursor: SyncCursor | undefined): void {
    confirmed = shareUnchanged(confirmed, state);
    participants = shareIfEqual(participants, people);
    if (nextCursor) cursor = nextCursor;
    status = 'ready';
    error = undefined;
    fromCache = false;
    reachable = true;
    lastSyncedAt = clock().toISOString();
    if (cache && cursor) {
      void cache
        .put({ siteId: location.siteId, projectKey, state: confirmed, participants, cursor, savedAt: lastSyncedAt })
        .catch(() => undefined); // a full or unavailable cache costs only the next warm open
    }
  }

  function failedToSync(failure: StoreError): void {
    if (failure.code === 'network') reachable = false;
    error = failure;
    if (!confirmed) status = 'error';
  }

  // Asking again while a sync runs (the UI's refresh as polling resumes, an 'online' event) joins the running one.
  let syncing: Promise<void> | undefined;
  function sync(): Promise<void> {
    if (disposed || !onlineSignal.isOnline()) return Promise.resolve();
    syncing ??= syncOnce();
    return syncing;
  }

  /** Revalidates (full load) until the cached copy has been replaced once, then reads deltas. */
  async function syncOnce(): Promise<void> {
    await Promise.resolve(); // so `syncing` is set before anything below can clear it
    try {
      await exclusive(async () => {
        if (cursor && !fromCache) {
          const changes = await store.pollChanges(location, projectKey, cursor);
          if (disposed) return;
          const others = changedByOthers(confirmed, changes.state, actor.id);
          recentlyChangedByOthers = others.length === 0 && recentlyChangedByOthers.length === 0 ? recentlyChangedByOthers : others;
          remember(changes.state, changes.participants, changes.cursor);
        } else {
          const loaded = await store.loadProject(location, projectKey);
          if (disposed) return;
          remember(loaded.state, loaded.participants, loaded.cursor);
        }
      });
    } catch (failure) {
      failedToSync(asStoreError(failure));
    } finally {
      syncing = undefined; // before listeners hear of it: a refresh they start is a new sync
    }
    changed();
    // Whatever waited for the network (queued intents) may go now.
    void drain();
  }

  function schedulePoll(): void {
    if (pollTimer !== undefined) clearTimeout(pollTimer);
    pollTimer = undefined;
    if (disposed || pollMs === null) return;
    pollTimer = setTimeout(() => {
      pollTimer = undefined;
      void sync().then(schedulePoll);
    }, pollMs);
  }

  function replace(id: string, change: Partial<QueuedIntent>): QueuedIntent | undefined {
    let updated: QueuedIntent | undefined;
    pending = pending.map((entry) => (entry.id === id ? (updated = { ...entry, ...change }) : entry));
    return updated;
  }

  function persist(entry: QueuedIntent | undefined): void {
    if (!entry || disposed) return;
    // Attempts and failures survive a reload too; 'sending' is not stored (after a reload nothing is in flight).
    const stored = entry.state === 'sending' ? { ...entry, state: 'queued' as const } : entry;
    void queue.put(stored).catch(() => undefined);
  }

  function scheduleRetry(delayMs: number): void {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void drain();
    }, delayMs);
  }

  function cancelRetryWait(): void {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
  }

  /** Sends queued intents, oldest first, one in flight at a time. */
  async function drain(): Promise<void> {
    if (sending || disposed || !started || retryTimer !== undefined) return;
    sending = true;
    try {
      for (;;) {
        if (disposed || !onlineSignal.isOnline()) return;
        const next = pending.find((entry) => entry.state !== 'failed');
        if (!next) return;
        // Durable before it leaves the device: a crash mid-request must not be the only copy's end.
        await durablyStored.get(next.id)?.catch(() => undefined);
        const attempts = next.attempts + 1;
        const sendingEntry = replace(next.id, { state: 'sending', attempts });
        changed();
        // The attempt count is stored before the request leaves, so a replay after a reload knows the intent may
        // already be written (the store then checks the Events list instead of writing it after others' changes).
        if (sendingEntry) await queue.put({ ...sendingEntry, state: 'queued' }).catch(() => undefined);
        try {
          const state = await exclusive(() => store.apply(location, next.intent, { maybeWritten: next.attempts > 0 }));
          await queue.remove(next.id).catch(() => undefined);
          pending = pending.filter((entry) => entry.id !== next.id);
          discardWhenSettled.delete(next.id);
          if (!disposed) remember(state, participants, cursor);
          changed();
        } catch (thrown) {
          const failure = asStoreError(thrown);
          if (discardWhenSettled.delete(next.id)) {
            await forget(next.id);
            continue;
          }
          if (RETRYABLE.has(failure.code)) {
            if (failure.code === 'network') reachable = false;
            persist(replace(next.id, { state: 'queued', error: describe(failure) }));
            changed();
            scheduleRetry(sessionRetryDelay(attempts, random, options.backoff));
            return;
          }
          persist(replace(next.id, { state: 'failed', error: describe(failure) }));
          changed();
        }
      }
    } finally {
      sending = false;
    }
  }

  async function forget(id: string): Promise<void> {
    pending = pending.filter((entry) => entry.id !== id);
    durablyStored.delete(id);
    changed();
    await queue.remove(id).catch(() => undefined);
  }

  /** The refusal the UI shows (fødselsnummer, too long, unknown item, ...): message is the problem's kind, cause the problem. */
  function refuse(body: IntentBody): StoreError | undefined {
    const problem = checkIntent(model, body);
    return problem ? new StoreError('invalidInput', problem.kind, { cause: problem }) : undefined;
  }

  function enqueue(body: IntentBody): Intent {
    if (disposed) throw new StoreError('unknown', 'the project session is closed');
    const refused = refuse(body);
    if (refused) throw refused;
    const at = clock();
    const intent = { ...body, id: newId(), projectKey, actor, at: at.toISOString() } as Intent;
    lastSequence = Math.max(lastSequence + 1, at.getTime());
    const entry: QueuedIntent = { id: intent.id, projectKey, sequence: lastSequence, intent, state: 'queued', attempts: 0 };
    // Durable first: the write is issued before the screen changes, and nothing is sent before it has landed.
    durablyStored.set(entry.id, queue.put(entry));
    pending = [...pending, entry];
    changed();
    void drain();
    return intent;
  }

  async function start(): Promise<void> {
    const [cached, queued] = await Promise.all([
      cache?.get(location.siteId, projectKey).catch(() => undefined),
      queue.all(projectKey).catch(() => [] as QueuedIntent[]),
    ]);
    if (disposed) return;
    // A reload leaves nothing in flight: what was being sent goes again (the adapter makes replays idempotent).
    // Only this user's intents: on a shared device another person's wait until they sign in again.
    const restored = queued
      .filter((entry) => entry.intent.actor.id === actor.id)
      .map((entry) => (entry.state === 'sending' ? { ...entry, state: 'queued' as const } : entry));
    const known = new Set(pending.map((entry) => entry.id));
    pending = [...restored.filter((entry) => !known.has(entry.id)), ...pending].sort((a, b) => a.sequence - b.sequence);
    lastSequence = pending.reduce((max, entry) => Math.max(max, entry.sequence), lastSequence);
    if (cached && !confirmed) {
      confirmed = cached.state;
      participants = cached.participants;
      cursor = cached.cursor;
      lastSyncedAt = cached.savedAt;
      fromCache = true;
      status = 'ready';
    }
    changed();
    if (onlineSignal.isOnline()) await sync();
    else if (!confirmed) {
      failedToSync(new StoreError('network', 'offline, and this project has not been opened on this device before', { retryable: true }));
      changed();
    }
    started = true;
    void drain();
    schedulePoll();
  }

  const unsubscribeOnline = onlineSignal.subscribe((online) => {
    if (disposed) return;
    if (online) {
      // Back online: everything waits no longer.
      reachable = true;
      cancelRetryWait();
      changed();
      if (started) void sync();
    } else changed();
  });

  void start().catch((failure: unknown) => {
    failedToSync(asStoreError(failure));
    changed();
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    snapshot: () => current,
    dispatch(body) {
      const before = current.state;
      const intent = enqueue(body);
      if (before) undoable.push({ intent, before });
      return intent;
    },
    retry(intentId) {
      const entry = pending.find((candidate) => candidate.id === intentId);
      if (!entry || entry.state === 'sending') return;
      const { error: _error, ...rest } = entry;
      pending = pending.map((candidate) => (candidate.id === intentId ? { ...rest, state: 'queued' } : candidate));
      persist(pending.find((candidate) => candidate.id === intentId));
      cancelRetryWait();
      changed();
      void drain();
    },
    discard(intentId) {
      const entry = pending.find((candidate) => candidate.id === intentId);
      if (!entry) return;
      // In flight it cannot be called back: it goes if Graph refuses it; if Graph confirms it, it is done anyway.
      discarded.add(intentId);
      if (entry.state === 'sending') discardWhenSettled.add(intentId);
      else void forget(intentId);
    },
    undo() {
      for (let last = undoable.pop(); last; last = undoable.pop()) {
        const inverse = wasKept(last.intent.id) ? inverseOf(last.before, last.intent) : undefined;
        if (inverse) return enqueue(inverse);
      }
      return undefined;
    },
    canUndo() {
      return undoable.some((entry) => wasKept(entry.intent.id) && inverseOf(entry.before, entry.intent) !== undefined);
    },
    setPollInterval(ms) {
      // The UI may say the same on every render: that must not keep pushing the next poll away.
      if (ms === pollMs && (ms === null || pollTimer !== undefined)) return;
      const resuming = pollMs === null && ms !== null;
      pollMs = ms;
      if (resuming && started) void sync().then(schedulePoll);
      else schedulePoll();
    },
    refresh: () => sync(),
    dispose() {
      disposed = true;
      cancelRetryWait();
      if (pollTimer !== undefined) clearTimeout(pollTimer);
      pollTimer = undefined;
      unsubscribeOnline();
      listeners.clear();
    },
  };

  /** False for an intent the user discarded or that Graph refused. */
  function wasKept(intentId: string): boolean {
    const entry = pending.find((candidate) => candidate.id === intentId);
    if (discarded.has(intentId)) return false;
    return entry ? entry.state !== 'failed' : true;
  }
}
