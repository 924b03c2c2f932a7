// The app state of one open project (issue #3 "Live", #7 "Nothing lost"): session, durable queue, state cache.
export { createProjectSession } from './createProjectSession';
export type { ProjectSessionOptions } from './createProjectSession';
export { IndexedDbIntentQueue, MemoryIntentQueue } from './IntentQueue';
export type { IntentQueue, QueuedIntent } from './IntentQueue';
export { IndexedDbStateCache, MemoryStateCache } from './StateCache';
export type { CachedProject, StateCache } from './StateCache';
export { browserOnlineSignal, manualOnlineSignal } from './onlineSignal';
export type { ManualOnlineSignal, OnlineSignal } from './onlineSignal';
export { pollIntervalFor, MEETING_POLL_MS, TAB_POLL_MS } from './pollInterval';
export { ADAPTIVE_PACING, FIXED_PACING, activeIntervalMs, nextPollDelayMs } from './pollPacing';
export type { PacingRule } from './pollPacing';
export type { Surface } from './pollInterval';
export { sessionRetryDelay, SESSION_RETRY_BASE_MS, SESSION_RETRY_CAP_MS } from './backoff';
export type { SessionBackoff } from './backoff';
export { DATABASE_NAME, hasIndexedDb } from './database';
export { platformTimers } from './timers';
export type { Timers } from './timers';
