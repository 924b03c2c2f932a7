// What the session knows SharePoint confirmed, and the immutable snapshot the screen reads (React's
// useSyncExternalStore needs a snapshot replaced only on change). Pure: no timers, no Graph.
import type { Participant, ProjectState } from '../../domain/types';
import { visibleState } from '../../domain/mergePending';
import { StoreError } from '../ChecklistStore';
import type { ProjectModel, SessionSnapshot, StoreErrorCode, SyncCursor } from '../ChecklistStore';
import type { QueuedIntent } from './IntentQueue';
import type { CachedProject } from './StateCache';
import { changedByOthers, shareIfEqual, shareUnchanged } from './structuralSharing';

export interface ConfirmedFacts {
  confirmed?: ProjectState;
  participants: Participant[];
  /** Where the next delta starts. */
  cursor?: SyncCursor;
  status: SessionSnapshot['status'];
  error?: StoreError;
  fromCache: boolean;
  lastSyncedAt?: string;
  recentlyChangedByOthers: string[];
  /** False after a network error, until Graph answers again: the browser's online flag is only a hint. */
  reachable: boolean;
  /** The model the project runs on, as the store last said (or, from the device, the cached state's version). */
  model?: ProjectModel;
}

export const initialFacts = (): ConfirmedFacts => ({ participants: [], status: 'loading', fromCache: false, recentlyChangedByOthers: [], reachable: true });

export function asStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError('unknown', error instanceof Error ? error.message : String(error), { cause: error });
}

export const describeError = (error: StoreError): { code: StoreErrorCode; message: string } => ({ code: error.code, message: error.message });

/** Graph answered with `state`: keep unchanged objects, move the cursor, clear the error. */
export function remembered(facts: ConfirmedFacts, state: ProjectState, people: Participant[], cursor: SyncCursor | undefined, at: string): ConfirmedFacts {
  const { error: _error, ...rest } = facts;
  return {
    ...rest,
    confirmed: shareUnchanged(facts.confirmed, state),
    participants: shareIfEqual(facts.participants, people),
    ...(cursor ? { cursor } : {}),
    status: 'ready',
    fromCache: false,
    reachable: true,
    lastSyncedAt: at,
  };
}

/** A poll's answer: as `remembered`, plus which items others changed (the same array while none did). */
export function polled(facts: ConfirmedFacts, state: ProjectState, people: Participant[], cursor: SyncCursor, me: string, at: string): ConfirmedFacts {
  const others = changedByOthers(facts.confirmed, state, me);
  const recentlyChangedByOthers = others.length === 0 && facts.recentlyChangedByOthers.length === 0 ? facts.recentlyChangedByOthers : others;
  return { ...remembered(facts, state, people, cursor, at), recentlyChangedByOthers };
}

export function failedToSync(facts: ConfirmedFacts, failure: StoreError): ConfirmedFacts {
  return { ...facts, error: failure, reachable: failure.code === 'network' ? false : facts.reachable, ...(facts.confirmed ? {} : { status: 'error' as const }) };
}

/** The store's word on the project's model (unchanged when it gave none): the same object while nothing changed. */
export function withModel(facts: ConfirmedFacts, model: ProjectModel | undefined): ConfirmedFacts {
  if (!model) return facts;
  const same = facts.model && facts.model.model === model.model && facts.model.missing?.version === model.missing?.version;
  return same ? facts : { ...facts, model };
}

/** The device's copy, shown until Graph answers (never over a state Graph already gave). */
export function fromCacheEntry(facts: ConfirmedFacts, cached: CachedProject): ConfirmedFacts {
  if (facts.confirmed) return facts;
  return { ...facts, confirmed: cached.state, participants: cached.participants, cursor: cached.cursor, lastSyncedAt: cached.savedAt, fromCache: true, status: 'ready' };
}

export function buildSnapshot(facts: ConfirmedFacts, pending: readonly QueuedIntent[], browserOnline: boolean, lookupPhase: (itemKey: string) => string | undefined): SessionSnapshot {
  const snapshot: SessionSnapshot = {
    status: facts.status,
    participants: facts.participants,
    // Replaced, never changed, so it can be handed out as is.
    pending: pending as QueuedIntent[],
    recentlyChangedByOthers: facts.recentlyChangedByOthers,
    online: browserOnline && facts.reachable,
    fromCache: facts.fromCache,
    ...(facts.model ? { model: facts.model } : {}),
  };
  if (facts.confirmed) {
    snapshot.confirmed = facts.confirmed;
    // Failed intents stay on screen too, marked by their pending entry, until the user retries or discards them.
    snapshot.state = visibleState(facts.confirmed, pending.map((entry) => entry.intent), lookupPhase);
  }
  if (facts.error) snapshot.error = facts.error;
  if (facts.lastSyncedAt) snapshot.lastSyncedAt = facts.lastSyncedAt;
  return Object.freeze(snapshot);
}
