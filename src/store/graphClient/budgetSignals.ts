// The tenant's SharePoint budget as Graph signals it: RateLimit-Limit / -Remaining / -Reset (seconds until the window
// resets) once an app has used 80 % of its resource units, and 429 (or 503) with Retry-After past 100 %. Read from
// every answer, top level and inside $batch, so polling can stretch before it is throttled and a throttled tab backs
// off with the others. See https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
import { parseRetryAfter } from './retryPolicy';

/**
 * The tenant's SharePoint budget as Graph last signalled it (RateLimit-* headers past 80 %, 429 + Retry-After past
 * 100 %), so polling stretches before it is throttled and a throttled tab backs off with the others.
 */
export interface BudgetSignal {
  /** RateLimit-Limit: resource units in the window, when reported. */
  limit?: number;
  /** RateLimit-Remaining, when reported. */
  remaining?: number;
  /** When the window resets (epoch ms), from RateLimit-Reset. */
  resetAt?: number;
  /** Throttled until (epoch ms), from a 429/503 Retry-After (or our backoff when unreadable). */
  throttledUntil?: number;
  /** When this signal was observed (epoch ms). */
  observedAt: number;
}

const UNREADABLE_RETRY_AFTER_MS = 1000;

type HeaderOf = (name: string) => string | null | undefined;

const count = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** What one answer says about the budget, or undefined when it says nothing (the usual case below 80 %). */
export function budgetFrom(header: HeaderOf, status: number, now: number): BudgetSignal | undefined {
  const limit = count(header('ratelimit-limit'));
  const remaining = count(header('ratelimit-remaining'));
  const reset = count(header('ratelimit-reset'));
  const throttled = status === 429 || status === 503;
  const retryAfter = throttled ? parseRetryAfter(header('retry-after'), now) : undefined;
  if (limit === undefined && remaining === undefined && reset === undefined && !throttled) return undefined;
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(reset !== undefined ? { resetAt: now + reset * 1000 } : {}),
    // Without a readable Retry-After (CORS may hide it) the throttle lasts one short backoff.
    ...(throttled ? { throttledUntil: now + (retryAfter ?? UNREADABLE_RETRY_AFTER_MS) } : {}),
    observedAt: now,
  };
}

/** The newest signal, kept per connection; listeners hear each new one. A throttle lasts until it has passed. */
export class BudgetTracker {
  private latest?: BudgetSignal;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number) {}

  observe(header: HeaderOf, status: number): void {
    const signal = budgetFrom(header, status, this.now());
    if (!signal) return;
    // A RateLimit answer while still throttled keeps the throttle (the 429 said until when).
    const stillThrottled = this.latest?.throttledUntil !== undefined && this.latest.throttledUntil > signal.observedAt;
    this.latest = { ...signal, ...(signal.throttledUntil === undefined && stillThrottled ? { throttledUntil: this.latest?.throttledUntil } : {}) };
    for (const listener of this.listeners) listener();
  }

  current(): BudgetSignal | undefined {
    return this.latest;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
