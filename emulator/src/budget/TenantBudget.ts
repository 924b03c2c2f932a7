// SharePoint's resource-unit budget per app per tenant per minute, as "Avoid getting throttled or blocked in
// SharePoint Online" describes it:
// https://learn.microsoft.com/en-us/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online
// Every request of the app counts (all users together; every request inside $batch on its own; throttled requests
// too). From 80 % of the minute's budget responses carry RateLimit-Limit / RateLimit-Remaining / RateLimit-Reset
// (seconds until the window resets); once it is spent, requests get 429 with Retry-After until the minute turns.
// Windows are aligned to the clock minute. The emulator has one app (every dev token is the same app), so one budget.

export const RATE_LIMIT_HEADERS_FROM = 0.8;
const MINUTE_MS = 60_000;

export interface BudgetSnapshot {
  /** RU per minute; 0 = the budget is off. */
  limit: number;
  used: number;
  remaining: number;
  /** ISO time the current window started (a whole clock minute). */
  windowStart: string;
  /** Seconds until the window resets. */
  resetSeconds: number;
}

export class TenantBudget {
  private windowStart = 0;
  private used = 0;

  private roll(nowMs: number): void {
    const start = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.used = 0;
    }
  }

  /** Whole seconds until the minute turns (at least 1: a client that waits that long is in the next window). */
  secondsToReset(nowMs: number): number {
    this.roll(nowMs);
    return Math.max(1, Math.ceil((this.windowStart + MINUTE_MS - nowMs) / 1000));
  }

  /** True when this minute's budget is spent: the next request is throttled. */
  isSpent(nowMs: number, limit: number): boolean {
    if (limit <= 0) return false;
    this.roll(nowMs);
    return this.used >= limit;
  }

  charge(nowMs: number, ru: number): void {
    this.roll(nowMs);
    this.used += ru;
  }

  /** The RateLimit headers, present once 80 % of the minute's budget is used. */
  headers(nowMs: number, limit: number): Record<string, string> {
    if (limit <= 0) return {};
    this.roll(nowMs);
    if (this.used < RATE_LIMIT_HEADERS_FROM * limit) return {};
    return {
      'RateLimit-Limit': String(limit),
      'RateLimit-Remaining': String(Math.max(0, limit - this.used)),
      'RateLimit-Reset': String(this.secondsToReset(nowMs)),
    };
  }

  snapshot(nowMs: number, limit: number): BudgetSnapshot {
    this.roll(nowMs);
    return {
      limit, used: this.used, remaining: limit > 0 ? Math.max(0, limit - this.used) : 0,
      windowStart: new Date(this.windowStart).toISOString(), resetSeconds: this.secondsToReset(nowMs),
    };
  }

  reset(): void {
    this.windowStart = 0;
    this.used = 0;
  }
}
