// When and how long to wait before sending again: shared by the top-level retry middleware and the $batch inner retries.

export interface RetryBudget {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No retry starts after this much time since the first attempt. */
  maxElapsedMs: number;
  /** Backoff base: attempt n waits a random time in [0, base · 2^(n-1)] ("full jitter"). */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_BUDGET: RetryBudget = { maxAttempts: 5, maxElapsedMs: 60_000, baseDelayMs: 500, maxDelayMs: 20_000 };

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504]);

export interface RetryTiming {
  budget: RetryBudget;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

/** `Retry-After` in seconds (Graph may send fractions) or an HTTP date; undefined when absent or unreadable (CORS). */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

/**
 * The wait before attempt `attempt + 1`: exponential backoff with full jitter, after Retry-After when readable. Every
 * client throttled in the same minute reads the same Retry-After (the minute's turn): waiting exactly that long would
 * send them all back in step, so the jitter comes on top. A Retry-After longer than `maxDelayMs` is not waited out
 * here (Infinity: no retry); the caller's own loop waits for it (the outbox, the poll pacing).
 */
export function retryDelay(timing: RetryTiming, attempt: number, retryAfterMs: number | undefined): number {
  const ceiling = Math.min(timing.budget.maxDelayMs, timing.budget.baseDelayMs * 2 ** (attempt - 1));
  const jitter = Math.floor(timing.random() * ceiling);
  if (retryAfterMs === undefined) return jitter;
  return retryAfterMs > timing.budget.maxDelayMs ? Number.POSITIVE_INFINITY : retryAfterMs + jitter;
}

/** True when another attempt fits the budget after waiting `delayMs`. */
export function mayRetry(timing: RetryTiming, attempt: number, startedAt: number, delayMs: number): boolean {
  return attempt < timing.budget.maxAttempts && timing.now() - startedAt + delayMs <= timing.budget.maxElapsedMs;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
