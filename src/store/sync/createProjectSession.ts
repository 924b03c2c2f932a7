// One open project on one screen (issues #3 "Live" and #7 "Nothing lost"): paints the cached state at once,
// revalidates in one round trip, shows every intent before Graph has it, keeps it in the durable queue until
// Graph confirmed it, sends one at a time in order, backs off on throttling and outages, and polls for others'
// changes at a pace that follows activity and the tenant's budget. This file wires the parts together:
// sessionSnapshot (what Graph confirmed, the screen's snapshot), serialLane, outbox, syncLoop (+ pollPacing), undoHistory.
import type { Actor, Intent, IntentBody, ProjectInfo } from '../../domain/types';
import type { PhaseModel } from '../../model/types';
import { phaseOf } from '../../model/lookup';
import { checkIntent } from '../../domain/textRules';
import { StoreError } from '../ChecklistStore';
import type { ChecklistStore, ProjectLocation, ProjectSession, SessionSnapshot, StoreErrorCode } from '../ChecklistStore';
import type { IntentQueue, QueuedIntent } from './IntentQueue';
import type { StateCache } from './StateCache';
import type { OnlineSignal } from './onlineSignal';
import { browserOnlineSignal } from './onlineSignal';
import { sessionRetryDelay } from './backoff';
import type { SessionBackoff } from './backoff';
import { TAB_POLL_MS } from './pollInterval';
import { ADAPTIVE_PACING, throttledUntil, throttleWaitMs } from './pollPacing';
import type { PacingRule } from './pollPacing';
import { asStoreError, buildSnapshot, failedToSync, fromCacheEntry, initialFacts, polled, remembered, withModel } from './sessionSnapshot';
import type { ConfirmedFacts } from './sessionSnapshot';
import { createSerialLane } from './serialLane';
import type { Timers } from './timers';
import { Outbox } from './outbox';
import { SyncLoop } from './syncLoop';
import { UndoHistory } from './undoHistory';
import { upgradeCachedProject, upgradeQueuedIntent } from './olderRecords';

export interface ProjectSessionOptions {
  store: ChecklistStore;
  location: ProjectLocation;
  projectKey: string;
  actor: Actor;
  /** The built-in model: what the project runs on until the store (or the device) says which version it follows. */
  model: PhaseModel;
  /** The model of a version on the device (no round trip), so a warm open paints the cached state on its own version. */
  knownModel?: (project: ProjectInfo) => PhaseModel | undefined;
  queue: IntentQueue;
  /** Last confirmed state on this device; without it every open waits for Graph. */
  cache?: StateCache;
  clock?: () => Date;
  online?: OnlineSignal;
  /** Delta polling interval; null starts paused. Default 30 s (a visible channel tab). */
  pollIntervalMs?: number | null;
  /** How the interval follows activity and the budget. Default ADAPTIVE_PACING; FIXED_PACING polls at the interval. */
  pacing?: PacingRule;
  random?: () => number;
  newId?: () => string;
  /** Backoff between sends of an intent after retryable failures. Default 1 s doubling to 30 s, full jitter. */
  backoff?: SessionBackoff;
  /** The platform's timers unless given (with `clock`, a test may run the session's time faster than real time). */
  timers?: Timers;
}

/** A tick held back by a throttled tenant goes within this long after the throttle lifts (spread, not in step). */
const THROTTLED_SEND_SPREAD_MS = 2_000;

export function createProjectSession(options: ProjectSessionOptions): ProjectSession {
  const { store, location, projectKey, actor, model, queue, cache } = options;
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().getTime();
  const onlineSignal = options.online ?? browserOnlineSignal();
  const random = options.random ?? Math.random;
  const newId = options.newId ?? (() => crypto.randomUUID());
  // The project's own model version once known (and after it moves to another one); the built-in one until then.
  const currentModel = (): PhaseModel => facts.model?.model ?? model;
  const lookupPhase = (itemKey: string) => phaseOf(currentModel(), itemKey);
  const exclusive = createSerialLane();

  let facts: ConfirmedFacts = initialFacts();
  let started = false;
  let disposed = false;
  const listeners = new Set<() => void>();

  const outbox: Outbox = new Outbox({
    queue,
    send: (intent, maybeWritten) => exclusive(() => store.apply(location, intent, { maybeWritten })),
    confirmed: (state) => confirm(() => withModel(remembered(facts, state, facts.participants, facts.cursor, clock().toISOString()), store.projectModel?.(projectKey))),
    changed: () => changed(),
    maySend: () => started && onlineSignal.isOnline(),
    closed: () => disposed,
    unreachable: () => {
      facts = { ...facts, reachable: false };
    },
    retryDelayMs: (failures: number, code: StoreErrorCode) => {
      const backoff = sessionRetryDelay(failures, random, options.backoff);
      const until = code === 'throttled' ? throttledUntil(store.budget(), now()) : undefined;
      return until === undefined ? backoff : Math.max(backoff, throttleWaitMs(until, now(), THROTTLED_SEND_SPREAD_MS, random));
    },
    holdMs: () => {
      const until = throttledUntil(store.budget(), now());
      return until === undefined ? undefined : throttleWaitMs(until, now(), THROTTLED_SEND_SPREAD_MS, random);
    },
    ...(options.timers ? { timers: options.timers } : {}),
  });
  const undoHistory = new UndoHistory((intentId) => outbox.wasKept(intentId));
  const loop = new SyncLoop(
    { read, afterRead, maySync: () => onlineSignal.isOnline(), closed: () => disposed, now, random, budget: () => store.budget(), rule: options.pacing ?? ADAPTIVE_PACING, ...(options.timers ? { timers: options.timers } : {}) },
    options.pollIntervalMs === undefined ? TAB_POLL_MS : options.pollIntervalMs,
  );

  let current: SessionSnapshot = snapshotNow();
  function snapshotNow(): SessionSnapshot {
    return buildSnapshot(facts, outbox.pending, onlineSignal.isOnline(), lookupPhase);
  }
  function changed(): void {
    if (disposed) return;
    current = snapshotNow();
    for (const listener of [...listeners]) listener();
  }

  /** Takes what Graph answered and keeps it on the device for the next warm open. */
  function confirm(next: () => ConfirmedFacts): void {
    facts = next();
    const { confirmed, participants, cursor, lastSyncedAt } = facts;
    if (cache && cursor && confirmed && lastSyncedAt) {
      void cache
        .put({ siteId: location.siteId, projectKey, state: confirmed, participants, cursor, savedAt: lastSyncedAt })
        .catch(() => undefined); // a full or unavailable cache costs only the next warm open
    }
  }

  /** Revalidates (full load) until the cached copy has been replaced once, then reads deltas. */
  async function read(): Promise<void> {
    try {
      await exclusive(async () => {
        if (facts.cursor && !facts.fromCache) {
          const changes = await store.pollChanges(location, projectKey, facts.cursor);
          if (disposed) return;
          const before = facts.confirmed;
          confirm(() => withModel(polled(facts, changes.state, changes.participants, changes.cursor, actor.id, clock().toISOString()), changes.model));
          if (facts.confirmed !== before) loop.noteActivity(); // someone is working on the checklist
        } else {
          const version = facts.confirmed?.project.modelVersion;
          const loaded = await store.loadProject(location, projectKey, version ? { modelVersion: version } : {});
          if (disposed) return;
          confirm(() => withModel(remembered(facts, loaded.state, loaded.participants, loaded.cursor, clock().toISOString()), loaded.model));
        }
      });
    } catch (failure) {
      facts = failedToSync(facts, asStoreError(failure));
    }
  }

  function afterRead(): void {
    changed();
    // Whatever waited for the network (queued intents) may go now.
    void outbox.drain();
  }

  /** The refusal the UI shows (fødselsnummer, too long, unknown item, ...): message is the problem's kind, cause the problem. */
  function refuse(body: IntentBody): StoreError | undefined {
    const problem = checkIntent(currentModel(), body);
    return problem ? new StoreError('invalidInput', problem.kind, { cause: problem }) : undefined;
  }

  function enqueue(body: IntentBody): Intent {
    if (disposed) throw new StoreError('unknown', 'the project session is closed');
    const refused = refuse(body);
    if (refused) throw refused;
    const at = clock();
    const intent = { ...body, id: newId(), projectKey, actor, at: at.toISOString() } as Intent;
    outbox.add(intent, at);
    loop.noteActivity();
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
    const mine = queued.filter((entry) => entry.intent.actor.id === actor.id);
    const upgraded = mine.flatMap((entry) => upgradeQueuedIntent(entry) ?? []);
    for (const gone of mine.filter((entry) => !upgraded.some((kept) => kept.id === entry.id))) void queue.remove(gone.id).catch(() => undefined);
    outbox.restore(upgraded);
    if (cached) {
      facts = fromCacheEntry(facts, upgradeCachedProject(cached));
      const known = facts.confirmed && options.knownModel?.(facts.confirmed.project);
      if (known) facts = withModel(facts, { model: known });
    }
    changed();
    if (onlineSignal.isOnline()) await loop.sync();
    else if (!facts.confirmed) {
      facts = failedToSync(facts, new StoreError('network', 'offline, and this project has not been opened on this device before', { retryable: true }));
      changed();
    }
    started = true;
    void outbox.drain();
    loop.start();
  }

  const unsubscribeOnline = onlineSignal.subscribe((online) => {
    if (disposed) return;
    if (online) {
      // Back online: everything waits no longer.
      facts = { ...facts, reachable: true };
      outbox.cancelRetryWait();
      changed();
      if (started) void loop.sync();
    } else changed();
  });
  const unsubscribeBudget = store.onBudget(() => loop.budgetChanged());

  void start().catch((failure: unknown) => {
    facts = failedToSync(facts, asStoreError(failure));
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
      undoHistory.record(intent, before);
      return intent;
    },
    retry: (intentId) => outbox.retry(intentId),
    discard: (intentId) => outbox.discard(intentId),
    undo() {
      const inverse = undoHistory.takeInverse();
      return inverse ? enqueue(inverse) : undefined;
    },
    canUndo: () => undoHistory.canUndo(),
    setPollInterval: (ms) => loop.setInterval(ms),
    refresh: () => loop.sync(),
    dispose() {
      disposed = true;
      outbox.cancelRetryWait();
      loop.stop();
      unsubscribeOnline();
      unsubscribeBudget();
      listeners.clear();
    },
  };
}
