// How long an intent waits after a retryable failure before the session sends it again. The Graph client has
// already spent its own short retry budget by then, so this is the slow outer loop: exponential with full
// jitter (the client's formula, reused), capped at 30 s so a returning network is noticed soon.
import { realSleep, retryDelay } from '../graphClient/retryPolicy';

export const SESSION_RETRY_BASE_MS = 1_000;
export const SESSION_RETRY_CAP_MS = 30_000;

export interface SessionBackoff {
  baseMs: number;
  capMs: number;
}

/** The wait after `failures` failed sends in a row (1 or more): random in [0, min(cap, base · 2^(failures-1))]. */
export function sessionRetryDelay(failures: number, random: () => number, backoff: SessionBackoff = { baseMs: SESSION_RETRY_BASE_MS, capMs: SESSION_RETRY_CAP_MS }): number {
  const timing = {
    budget: { maxAttempts: Infinity, maxElapsedMs: Infinity, baseDelayMs: backoff.baseMs, maxDelayMs: backoff.capMs },
    sleep: realSleep,
    random,
    now: Date.now,
  };
  return retryDelay(timing, Math.max(1, failures), undefined);
}
