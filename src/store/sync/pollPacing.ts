// When the next delta poll goes (issue 20), as a pure function of what the session knows: the surface's quiet
// interval, when someone last worked on the checklist, when the last poll started, and the tenant's budget.
// - Live: after activity (my own tick, others' changes seen in a poll) every visible surface, a channel tab too, polls
//   every `activeMs` (2.25 s) for `activeWindowMs` (30 s); then it goes back to its quiet interval at once. The first
//   quiet poll goes at a random point of that interval, so tabs that saw the same change (and so went fast together)
//   do not poll in step from then on. Polls are paced from the start of the last one (a fixed rate, whatever the
//   round trip), so the interval is the longest anyone waits for the next look.
// - Group: the tab's share of the tenant's budget (groupPace.ts) may ask for longer waits: never shorter than its
//   allowed rate, stretched to fit what is left of the budget window, held at the reserve, and held until Retry-After
//   after a 429; every such return spread at random over the pace.
import type { BudgetSignal } from '../ChecklistStore';
import { GROUP_PACE, reserveHoldUntil, windowStretch } from './groupPace';
import type { GroupPaceRule } from './groupPace';

export interface PacingRule {
  /** How often a visible surface polls while someone works on the checklist (ms); a shorter interval is kept. */
  activeMs: number;
  /** How long activity keeps that pace (ms); then the surface's interval at once. */
  activeWindowMs: number;
  /** The tab as one of many on the tenant's budget. */
  group: GroupPaceRule;
}

export const ADAPTIVE_PACING: PacingRule = { activeMs: 2_250, activeWindowMs: 30_000, group: GROUP_PACE };
/** The interval as set, whatever happens (still budget-aware). */
export const FIXED_PACING: PacingRule = { ...ADAPTIVE_PACING, activeMs: Infinity };

export interface PacingInput {
  /** The surface's quiet interval; null = paused (hidden). */
  intervalMs: number | null;
  now: number;
  /** When the last poll started (epoch ms); the next is due a pace after it. Unset before the first: from now. */
  lastPollAt?: number;
  /** Last activity (epoch ms), if any. */
  lastActivityAt?: number;
  budget?: BudgetSignal;
  /** The shortest wait the tab's share of the budget allows now (GroupPace.minWaitMs), if it is limited. */
  groupMinWaitMs?: number;
  /** This budget window's cut already in the tab's share (GroupPace.cutIn), so the stretch does not count it twice. */
  groupCut?: number;
  /** In [0, 1): spreads returns from a quiet stretch, a throttle, a held window and stretched polls. */
  random: () => number;
}

/** The fast pace after activity for a surface interval. */
export function activeIntervalMs(intervalMs: number, rule: PacingRule): number {
  return Math.min(intervalMs, rule.activeMs);
}

/**
 * The pace by activity alone: the wait from the last poll's start to the next. Fast while the next poll still falls
 * in the window after activity; the surface's interval after it, the first one at a random point of it.
 */
export function activityPaceMs(intervalMs: number, from: number, lastActivityAt: number | undefined, rule: PacingRule, random: () => number): number {
  const fast = activeIntervalMs(intervalMs, rule);
  if (lastActivityAt === undefined || fast >= intervalMs) return intervalMs;
  if (from + fast - lastActivityAt <= rule.activeWindowMs) return fast;
  if (from - lastActivityAt <= rule.activeWindowMs) return fast + random() * (intervalMs - fast); // the return, spread
  return intervalMs;
}

/** Until when the tenant is throttled, if it still is. */
export function throttledUntil(budget: BudgetSignal | undefined, now: number): number | undefined {
  return budget?.throttledUntil !== undefined && budget.throttledUntil > now ? budget.throttledUntil : undefined;
}

/** The wait out of a throttle: until it lifts, plus a random share of `spreadMs` so tabs do not retry in step. */
export function throttleWaitMs(until: number, now: number, spreadMs: number, random: () => number): number {
  return Math.max(0, until - now) + Math.floor(random() * spreadMs);
}

/** The wait before the next poll (ms from now), or null when paused. */
export function nextPollDelayMs(input: PacingInput, rule: PacingRule): number | null {
  const { intervalMs, now, budget, random } = input;
  if (intervalMs === null) return null;
  const from = input.lastPollAt ?? now;
  const pace = Math.max(activityPaceMs(intervalMs, from, input.lastActivityAt, rule, random), input.groupMinWaitMs ?? 0);
  // Held: until a 429's Retry-After, or until the window turns when only the reserve is left. Then spread.
  const held = throttledUntil(budget, now) ?? reserveHoldUntil(budget, now, rule.group);
  if (held !== undefined) return throttleWaitMs(held, now, pace, random);
  const stretch = windowStretch(budget, now, rule.group, input.groupCut ?? 1);
  if (stretch === 1) return Math.max(0, from + pace - now);
  // Stretched polls are spread (±25 %): many tabs reading the same signal must not poll in step. A wait past the
  // window's turn is not needed: then the next window's pace applies, from a random point after the turn.
  const stretched = Math.max(0, from + Math.round(pace * stretch * (0.75 + random() * 0.5)) - now);
  const resetAt = budget?.resetAt;
  return resetAt !== undefined && now + stretched > resetAt ? throttleWaitMs(resetAt, now, pace, random) : stretched;
}
