// Retries throttling (429), unavailability (503/504) and network errors within a budget, then fails with a typed
// StoreError. Replaces the SDK's RetryHandler, whose fixed 3 s delay and silent give-up do not fit a meeting panel.
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { StoreError } from './StoreError';
import { failWith, isSafeToResend, requestUrl, setRequestHeader } from './middlewareContext';
import { RETRYABLE_STATUSES, mayRetry, parseRetryAfter, retryDelay } from './retryPolicy';
import type { RetryTiming } from './retryPolicy';
import type { GraphTrafficCounter } from './trafficCounter';

export class RetryMiddleware implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly timing: RetryTiming,
    private readonly traffic: GraphTrafficCounter,
  ) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error('RetryMiddleware needs a next middleware');
    const startedAt = this.timing.now();
    for (let attempt = 1; ; attempt += 1) {
      if (attempt > 1) setRequestHeader(context, 'Retry-Attempt', String(attempt - 1));
      let networkError: unknown;
      try {
        context.response = undefined;
        await this.next.execute(context);
      } catch (error) {
        if (error instanceof StoreError || (error as { name?: string }).name === 'AbortError') throw error;
        networkError = error;
      }
      const status = context.response?.status;
      if (networkError === undefined && (status === undefined || !RETRYABLE_STATUSES.has(status))) return;
      if (networkError !== undefined && !isSafeToResend(context)) {
        failWith(context, new StoreError('network', `${context.options?.method ?? 'GET'} ${requestUrl(context)}: no answer (not resent: it may have been written)`, { retryable: true, cause: networkError }));
      }

      const retryAfter = parseRetryAfter(context.response?.headers.get('Retry-After'), this.timing.now());
      const delay = retryDelay(this.timing, attempt, retryAfter);
      if (!mayRetry(this.timing, attempt, startedAt, delay)) {
        const what = `${context.options?.method ?? 'GET'} ${requestUrl(context)}`;
        if (networkError !== undefined) failWith(context, new StoreError('network', `${what}: no answer`, { retryable: true, cause: networkError }));
        const code = status === 429 ? 'throttled' : 'unavailable';
        failWith(context, new StoreError(code, `${what}: ${status} after ${attempt} attempts`, { retryable: true, ...(status ? { status } : {}) }));
      }
      // Drain the refused answer so the connection can be reused.
      await context.response?.body?.cancel().catch(() => undefined);
      this.traffic.noteRetry();
      await this.timing.sleep(delay);
    }
  }
}
