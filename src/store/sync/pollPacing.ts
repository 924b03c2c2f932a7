// When the next delta poll goes (issue 14, "Live" and "Budget-aware"), as a pure function of what the session knows:
// the surface's interval, when someone last worked on the checklist, and the tenant's budget signal.
// - Adaptive: after activity (my own tick, others' changes seen in a poll) a visible surface polls six times as
//   often (never faster than every 2 s), for 30 s; then the wait doubles every 30 s back to the surface's interval.
//   In a meeting (12 s quiet) that is 2 s while people tick, so a change is on the others' screens about 1.1 s after
//   it is saved at the median, and a quiet meeting costs 5 RU a minute per participant.
// - Budget: past 80 % of the tenant's budget (RateLimit-Remaining below 20 % of RateLimit-Limit) the wait stretches,
//   up to eight times at 0 % remaining, until the window resets; while throttled (Retry-After) nothing is polled,
//   and the first poll after it is spread over one interval at random, so tabs do not come back in step.
import type { BudgetSignal } from '../ChecklistStore';

export interface PacingRule {
  /** While active, the interval is divided by this... */
  activeDivisor: number;
  /** ...but never below this (ms); an interval already shorter is kept. */
  activeFloorMs: number;
  /** How long activity keeps the fast pace (ms); the wait then doubles once per such stretch. */
  activeWindowMs: number;
  /** Stretch at 0 % remaining (linear from 1 at 20 % remaining). */
  maxBudgetStretch: number;
  /** A budget signal without a reset time is believed this long (ms). */
  budgetSignalLifeMs: number;
}

export const ADAPTIVE_PACING: PacingRule = { activeDivisor: 6, activeFloorMs: 2_000, activeWindowMs: 30_000, maxBudgetStretch: 8, budgetSignalLifeMs: 60_000 };
/** The interval as set, whatever happens (still budget-aware). */
export const FIXED_PACING: PacingRule = { ...ADAPTIVE_PACING, activeDivisor: 1 };

export interface PacingInput {
  /** The surface's interval; null = paused (hidden). */
  intervalMs: number | null;
  now: number;
  /** Last activity (epoch ms), if any. */
  lastActivityAt?: number;
  budget?: BudgetSignal;
  /** In [0, 1): spreads the first poll after throttling and stretched polls. */
  random: () => number;
}

/** The fast pace after activity for a surface interval. */
export function activeIntervalMs(intervalMs: number, rule: PacingRule): number {
  return Math.min(intervalMs, Math.max(rule.activeFloorMs, intervalMs / rule.activeDivisor));
}

/** The wait by activity alone: fast in the window after activity, then doubling per window up to the interval. */
export function activityDelayMs(intervalMs: number, now: number, lastActivityAt: number | undefined, rule: PacingRule): number {
  const fast = activeIntervalMs(intervalMs, rule);
  if (lastActivityAt === undefined || fast >= intervalMs) return intervalMs;
  const quietFor = now - lastActivityAt - rule.activeWindowMs;
  if (quietFor <= 0) return fast;
  return Math.min(intervalMs, Math.round(fast * 2 ** (quietFor / rule.activeWindowMs)));
}

/** How much used budget (≥ 80 %) stretches the wait: 1 below 80 %, up to `maxBudgetStretch` at 100 %. */
export function budgetStretch(budget: BudgetSignal | undefined, now: number, rule: PacingRule): number {
  if (!budget || budget.limit === undefined || budget.remaining === undefined || budget.limit <= 0) return 1;
  const expires = budget.resetAt ?? budget.observedAt + rule.budgetSignalLifeMs;
  if (now >= expires) return 1; // the window has turned: the signal no longer says anything
  const remaining = Math.max(0, budget.remaining) / budget.limit;
  if (remaining >= 0.2) return 1;
  return 1 + ((0.2 - remaining) / 0.2) * (rule.maxBudgetStretch - 1);
}

/** Until when the tenant is throttled, if it still is. */
export function throttledUntil(budget: BudgetSignal | undefined, now: number): number | undefined {
  return budget?.throttledUntil !== undefined && budget.throttledUntil > now ? budget.throttledUntil : undefined;
}

/** The wait out of a throttle: until it lifts, plus a random share of `spreadMs` so tabs do not retry in step. */
export function throttleWaitMs(until: number, now: number, spreadMs: number, random: () => number): number {
  return Math.max(0, until - now) + Math.floor(random() * spreadMs);
}

/** The wait before the next poll, or null when paused. */
export function nextPollDelayMs(input: PacingInput, rule: PacingRule): number | null {
  const { intervalMs, now, budget, random } = input;
  if (intervalMs === null) return null;
  const throttled = throttledUntil(budget, now);
  if (throttled !== undefined) return throttleWaitMs(throttled, now, intervalMs, random);
  const delay = activityDelayMs(intervalMs, now, input.lastActivityAt, rule);
  const stretch = budgetStretch(budget, now, rule);
  if (stretch === 1) return delay;
  // Stretched polls are spread too (±25 %): many tabs reading the same signal must not poll in step.
  return Math.round(delay * stretch * (0.75 + random() * 0.5));
}
