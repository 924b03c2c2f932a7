// The pacing rule alone (pure): activity speeds any visible surface up to 2.25 s, quiet brings it back to its interval at
// once (the first quiet poll at a random point), polls are paced from the last one's start, and the tenant's budget
// stretches, holds and spreads them.
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_PACING, FIXED_PACING, activeIntervalMs, activityPaceMs, nextPollDelayMs } from '../../../src/store/sync/pollPacing';
import { MEETING_POLL_MS, TAB_POLL_MS } from '../../../src/store/sync/pollInterval';

const NOW = 1_000_000;
const half = () => 0.5;
const FAST = ADAPTIVE_PACING.activeMs; // 2.25 s

describe('activity', () => {
  it('polls any visible surface every 2.25 s while someone works, a channel tab too, and keeps an interval already shorter', () => {
    expect(activeIntervalMs(MEETING_POLL_MS, ADAPTIVE_PACING)).toBe(FAST);
    expect(activeIntervalMs(TAB_POLL_MS, ADAPTIVE_PACING)).toBe(FAST);
    expect(activeIntervalMs(20, ADAPTIVE_PACING)).toBe(20);
    expect(activeIntervalMs(MEETING_POLL_MS, FIXED_PACING)).toBe(MEETING_POLL_MS);
  });

  it('stays fast while the next poll falls within 30 s of the activity, then goes back to the interval at once', () => {
    const pace = (lastPollSinceActivity: number, interval = TAB_POLL_MS) => activityPaceMs(interval, NOW + lastPollSinceActivity, NOW, ADAPTIVE_PACING, half);
    expect(activityPaceMs(TAB_POLL_MS, NOW, undefined, ADAPTIVE_PACING, half)).toBe(TAB_POLL_MS);
    expect(pace(0)).toBe(FAST);
    expect(pace(27_500)).toBe(FAST);
    // The first quiet poll goes at a random point between the fast pace and the interval...
    expect(pace(29_000)).toBe(FAST + 0.5 * (TAB_POLL_MS - FAST));
    expect(activityPaceMs(TAB_POLL_MS, NOW + 29_000, NOW, ADAPTIVE_PACING, () => 0)).toBe(FAST);
    expect(activityPaceMs(TAB_POLL_MS, NOW + 29_000, NOW, ADAPTIVE_PACING, () => 0.999)).toBeLessThan(TAB_POLL_MS);
    // ...and from then on the interval.
    expect(pace(31_000)).toBe(TAB_POLL_MS);
    expect(pace(60 * 60_000, MEETING_POLL_MS)).toBe(MEETING_POLL_MS);
  });

  it('paces from the start of the last poll (a slow answer does not lengthen the interval), from now before the first', () => {
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW - 1_500, random: half }, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS - 1_500);
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW - 9_000, random: half }, ADAPTIVE_PACING)).toBe(0);
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, random: half }, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS);
  });

  it('pauses whatever happens when the interval is null (hidden)', () => {
    expect(nextPollDelayMs({ intervalMs: null, now: NOW, lastActivityAt: NOW, random: half }, ADAPTIVE_PACING)).toBeNull();
  });
});

describe('budget', () => {
  // A 1,000 RU window: `1000 - remaining` of it used, and `resetIn` ms until it turns.
  const signal = (remaining: number, resetIn = 20_000, extra: object = {}) => ({ limit: 1000, remaining, resetAt: NOW + resetIn, observedAt: NOW, ...extra });

  it('does not stretch while the rest of the window fits what is left above the reserve', () => {
    // 100 RU used in 50 s leaves 750 above the reserve for 10 s: nothing to stretch.
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW, budget: signal(900, 10_000), random: half }, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS);
  });

  it('stretches polls so the rest of the window fits, spread ±25 % so tabs reading the same signal do not poll in step', () => {
    // 750 used in 30 s (25 a second); 100 spendable above the 15 % reserve for the last 30 s: 750 / 100 = 7.5 times
    // longer (here the fast pace after activity, so the wait stays within the window).
    const input = (random: number, groupCut?: number) => ({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW, lastActivityAt: NOW, budget: signal(250, 30_000), random: () => random, ...(groupCut ? { groupCut } : {}) });
    expect(nextPollDelayMs(input(0.5), ADAPTIVE_PACING)).toBe(Math.round(7.5 * FAST));
    expect(nextPollDelayMs(input(0), ADAPTIVE_PACING)).toBe(Math.round(0.75 * 7.5 * FAST));
    expect(nextPollDelayMs(input(0.999), ADAPTIVE_PACING)).toBeGreaterThan(1.24 * 7.5 * FAST);
    // The cut already made in this window counts: at half the pace, half as much longer.
    expect(nextPollDelayMs(input(0.5, 0.5), ADAPTIVE_PACING)).toBe(Math.round(3.75 * FAST));
  });

  it('holds polls until the window turns once only the reserve is left (it is the writes\'), then comes back spread', () => {
    const at = (random: number) => nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW, budget: signal(150), random: () => random }, ADAPTIVE_PACING);
    expect(at(0)).toBe(20_000);
    expect(at(0.5)).toBe(20_000 + MEETING_POLL_MS / 2);
  });

  it('never stretches past the window\'s turn: the next window\'s pace applies, from a random point after it', () => {
    // 800 used in 10 s: the stretch would be enormous; the wait ends at the turn (+ spread) instead.
    const delay = nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW, budget: signal(200, 50_000), random: half }, ADAPTIVE_PACING);
    expect(delay).toBe(50_000 + MEETING_POLL_MS / 2);
  });

  it('forgets the signal once its window has turned (or, without a reset time, a minute after it was seen)', () => {
    const late = { intervalMs: MEETING_POLL_MS, lastPollAt: NOW + 20_000, random: half };
    expect(nextPollDelayMs({ ...late, now: NOW + 20_000, budget: signal(100, 20_000) }, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS);
    const noReset = { limit: 1000, remaining: 100, observedAt: NOW };
    expect(nextPollDelayMs({ ...late, now: NOW + 59_000, lastPollAt: NOW + 59_000, budget: noReset }, ADAPTIVE_PACING)).toBe(1_000 + MEETING_POLL_MS / 2);
    expect(nextPollDelayMs({ ...late, now: NOW + 60_000, lastPollAt: NOW + 60_000, budget: noReset }, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS);
  });

  it('waits at least as long as the tab\'s share of the budget allows', () => {
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastPollAt: NOW, groupMinWaitMs: 9_000, random: half }, ADAPTIVE_PACING)).toBe(9_000);
    expect(nextPollDelayMs({ intervalMs: TAB_POLL_MS, now: NOW, lastPollAt: NOW, groupMinWaitMs: 9_000, random: half }, ADAPTIVE_PACING)).toBe(TAB_POLL_MS);
  });

  it('does not poll before a throttle lifts, then comes back at a random point within the pace', () => {
    const throttled = { throttledUntil: NOW + 20_000, observedAt: NOW };
    const at = (random: number) => nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastActivityAt: NOW, budget: throttled, random: () => random }, ADAPTIVE_PACING);
    expect(at(0)).toBe(20_000);
    expect(at(0.5)).toBe(20_000 + FAST / 2); // the fast pace after activity
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW + 20_000, lastActivityAt: NOW + 20_000, budget: throttled, random: half }, ADAPTIVE_PACING)).toBe(FAST);
  });
});
