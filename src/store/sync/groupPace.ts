// How one tab behaves as one of many on the tenant's SharePoint budget (issue 20, "Calm under load"). Tabs cannot talk
// to each other, but every tab reads the same signal from SharePoint: RateLimit-Limit / -Remaining / -Reset once 80 %
// of the minute's budget is used, 429 with Retry-After past 100 %. Like TCP's congestion control, each tab keeps a
// share of its own and steers it by that signal, so the group converges without a coordinator:
// - Multiplicative decrease, once per budget window: when the signal shows the window will be overrun at the pace so
//   far (projected above `target`), the tab cuts its poll rate by the overrun (at least to `leastDecrease`, at most to
//   `mostDecrease`); a 429 cuts it to `mostDecrease`. Every tab sees the same overrun, so the group cuts together.
// - Additive increase: the allowed rate grows by `increasePerWindow` polls a minute per window, so a group that was cut
//   too far finds its way back slowly, and fairly (every tab adds the same, big or small).
// - Within the window the signal says how much is left and for how long: polls stretch so the rest of the window fits
//   what is left above `reserve`; below it they hold until the window turns, and the reserve is for writes (ticks go
//   before polls). Every return is spread at random (full jitter), so tabs never come back in step.
// Polls only: writes are few, and a tick is never held back by this (only by a 429, until its Retry-After).
import type { BudgetSignal } from '../ChecklistStore';

export interface GroupPaceRule {
  /** SharePoint meters the app's budget per tenant per minute (windows of this length, reset as RateLimit-Reset says). */
  windowMs: number;
  /** The share of a window's budget the group aims at: below 1, so ticks, opens and others' use have room. */
  target: number;
  /** A projected overrun cuts the rate to at most this share of the tab's own (a small overrun still counts)... */
  leastDecrease: number;
  /** ...and to no less than this share; a 429 cuts it to this share. */
  mostDecrease: number;
  /** Polls a minute the allowed rate grows by per window. */
  increasePerWindow: number;
  /** Below this share of the window's budget left, polls wait for the window to turn: what is left is for writes. */
  reserve: number;
  /** A signal without a reset time is believed this long (ms). */
  signalLifeMs: number;
}

export const GROUP_PACE: GroupPaceRule = {
  windowMs: 60_000,
  target: 0.85,
  leastDecrease: 0.85,
  mostDecrease: 0.5,
  increasePerWindow: 1,
  reserve: 0.15, // the top of each window, above the group's target, is for writes (a tick with a catch-up is 14 RU)
  signalLifeMs: 60_000,
};

/** A budget window as one signal shows it: how much is used, and how long it has run and has left (ms). */
export interface BudgetWindow {
  limit: number;
  remaining: number;
  resetAt: number;
  /** Time the window has run when the signal was observed (at least 1 s: Reset is in whole seconds). */
  elapsedMs: number;
}

/** The window a RateLimit signal speaks of, while it has not turned; undefined for a signal without RateLimit. */
export function budgetWindow(budget: BudgetSignal | undefined, now: number, rule: GroupPaceRule): BudgetWindow | undefined {
  if (!budget || budget.limit === undefined || budget.remaining === undefined || budget.limit <= 0) return undefined;
  const resetAt = budget.resetAt ?? budget.observedAt + rule.signalLifeMs;
  if (now >= resetAt) return undefined; // the window has turned: the signal no longer says anything
  const elapsedMs = Math.max(1_000, rule.windowMs - (resetAt - budget.observedAt));
  return { limit: budget.limit, remaining: Math.max(0, budget.remaining), resetAt, elapsedMs };
}

/** The share of the window's budget the group will have used when it turns, at the pace it has used it so far. */
export function projectedUse(window: BudgetWindow, rule: GroupPaceRule): number {
  return ((window.limit - window.remaining) / window.limit) * (rule.windowMs / window.elapsedMs);
}

/** The cut a signal calls for (1 = none): by the projected overrun, or to `mostDecrease` when throttled. */
export function decreaseFor(budget: BudgetSignal, rule: GroupPaceRule): number {
  if (budget.throttledUntil !== undefined && budget.throttledUntil > budget.observedAt) return rule.mostDecrease;
  const window = budgetWindow(budget, budget.observedAt, rule);
  if (!window) return 1;
  const projected = projectedUse(window, rule);
  if (projected <= rule.target) return 1;
  return Math.min(rule.leastDecrease, Math.max(rule.mostDecrease, rule.target / projected));
}

/** Until when polls hold because the window's budget is down to the reserve (undefined when it is not). */
export function reserveHoldUntil(budget: BudgetSignal | undefined, now: number, rule: GroupPaceRule): number | undefined {
  const window = budgetWindow(budget, now, rule);
  return window && window.remaining <= rule.reserve * window.limit ? window.resetAt : undefined;
}

/**
 * How much longer polls should wait so that what is left of the window above the reserve lasts until it turns: the
 * group's pace so far (after this window's cut) against what is left. 1 when nothing needs stretching.
 */
export function windowStretch(budget: BudgetSignal | undefined, now: number, rule: GroupPaceRule, cut: number): number {
  const window = budgetWindow(budget, now, rule);
  if (!window) return 1;
  const spendable = window.remaining - rule.reserve * window.limit;
  if (spendable <= 0) return 1; // held instead (reserveHoldUntil)
  const pacePerMs = ((window.limit - window.remaining) / window.elapsedMs) * cut;
  return Math.max(1, (pacePerMs * (window.resetAt - now)) / spendable);
}

/** One tab's share of the group's budget: the poll rate it allows itself, cut and grown as the signals say. */
export class GroupPace {
  /** Polls a minute allowed at `at`; undefined = not limited (no overrun seen, or grown back past any need). */
  private allowed: { perMinute: number; at: number } | undefined;
  /** The window the last cut was made in (its reset time) and how deep it went in that window. */
  private lastCut: { resetAt: number; cut: number } | undefined;

  constructor(private readonly rule: GroupPaceRule) {}

  /** A new signal; `ownWaitMs` is the wait between polls the tab uses now (its own rate, the base of a cut). */
  observe(budget: BudgetSignal, ownWaitMs: number, now: number): void {
    const cut = decreaseFor(budget, this.rule);
    if (cut >= 1) return;
    const resetAt = budget.resetAt ?? budget.throttledUntil ?? budget.observedAt + this.rule.signalLifeMs;
    const sameWindow = this.lastCut !== undefined && Math.abs(resetAt - this.lastCut.resetAt) < this.rule.windowMs / 2;
    // Once per window; only a 429 after a warning in the same window cuts deeper (to `mostDecrease` in all).
    if (sameWindow && cut >= (this.lastCut?.cut ?? 1)) return;
    if (sameWindow && budget.throttledUntil === undefined) return;
    const further = sameWindow ? cut / (this.lastCut?.cut ?? 1) : cut;
    const own = 60_000 / Math.max(1, ownWaitMs);
    const current = this.perMinute(now) ?? own;
    this.allowed = { perMinute: Math.max(this.floorPerMinute(), Math.min(current, own) * further), at: now };
    this.lastCut = { resetAt, cut };
  }

  /** The shortest wait between polls the tab allows itself now (ms), or undefined when it is not limited. */
  minWaitMs(now: number, fastestWaitMs: number): number | undefined {
    const perMinute = this.perMinute(now);
    if (perMinute === undefined) return undefined;
    const wait = 60_000 / perMinute;
    if (wait <= fastestWaitMs) {
      this.allowed = undefined; // grown back past anything the surface asks for
      return undefined;
    }
    return wait;
  }

  /** This window's cut (1 when none), so the stretch does not count it twice. */
  cutIn(budget: BudgetSignal | undefined): number {
    const resetAt = budget?.resetAt;
    if (!this.lastCut || resetAt === undefined) return 1;
    return Math.abs(resetAt - this.lastCut.resetAt) < this.rule.windowMs / 2 ? this.lastCut.cut : 1;
  }

  private perMinute(now: number): number | undefined {
    if (!this.allowed) return undefined;
    return this.allowed.perMinute + (this.rule.increasePerWindow * Math.max(0, now - this.allowed.at)) / this.rule.windowMs;
  }

  /** Never slower than one poll per window: a tab must still hear when the budget frees. */
  private floorPerMinute(): number {
    return 60_000 / this.rule.windowMs;
  }
}
