// The pacing rule alone (pure): activity speeds polling up, quiet slows it back down, a low budget stretches it, a
// throttle stops it until Retry-After has passed and then spreads the tabs.
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_PACING, FIXED_PACING, activeIntervalMs, activityDelayMs, budgetStretch, nextPollDelayMs } from '../../../src/store/sync/pollPacing';
import { MEETING_POLL_MS, TAB_POLL_MS } from '../../../src/store/sync/pollInterval';

const NOW = 1_000_000;
const half = () => 0.5;

describe('activity', () => {
  it('polls a meeting every 2 s while someone works, a channel tab every 5 s, and keeps an interval already shorter', () => {
    expect(activeIntervalMs(MEETING_POLL_MS, ADAPTIVE_PACING)).toBe(2_000);
    expect(activeIntervalMs(TAB_POLL_MS, ADAPTIVE_PACING)).toBe(5_000);
    expect(activeIntervalMs(20, ADAPTIVE_PACING)).toBe(20);
    expect(activeIntervalMs(MEETING_POLL_MS, FIXED_PACING)).toBe(MEETING_POLL_MS);
  });

  it('stays fast for 30 s after activity, then doubles the wait every 30 s back to the surface interval', () => {
    const delay = (sinceActivity: number) => activityDelayMs(MEETING_POLL_MS, NOW, NOW - sinceActivity, ADAPTIVE_PACING);
    expect(activityDelayMs(MEETING_POLL_MS, NOW, undefined, ADAPTIVE_PACING)).toBe(MEETING_POLL_MS);
    expect(delay(0)).toBe(2_000);
    expect(delay(29_999)).toBe(2_000);
    expect(delay(60_000)).toBe(4_000);
    expect(delay(90_000)).toBe(8_000);
    expect(delay(120_000)).toBe(MEETING_POLL_MS);
    expect(delay(60 * 60_000)).toBe(MEETING_POLL_MS);
  });

  it('pauses whatever happens when the interval is null (hidden)', () => {
    expect(nextPollDelayMs({ intervalMs: null, now: NOW, lastActivityAt: NOW, random: half }, ADAPTIVE_PACING)).toBeNull();
  });
});

describe('budget', () => {
  const signal = (remaining: number, extra: object = {}) => ({ limit: 1000, remaining, resetAt: NOW + 30_000, observedAt: NOW, ...extra });

  it('does not stretch at 20 % remaining or more, stretches linearly past 80 % used, eight times at none left', () => {
    expect(budgetStretch(undefined, NOW, ADAPTIVE_PACING)).toBe(1);
    expect(budgetStretch(signal(200), NOW, ADAPTIVE_PACING)).toBe(1);
    expect(budgetStretch(signal(100), NOW, ADAPTIVE_PACING)).toBeCloseTo(4.5);
    expect(budgetStretch(signal(0), NOW, ADAPTIVE_PACING)).toBe(8);
  });

  it('forgets the signal once its window has reset (or, without a reset time, a minute after it was seen)', () => {
    expect(budgetStretch(signal(0), NOW + 30_000, ADAPTIVE_PACING)).toBe(1);
    expect(budgetStretch({ limit: 1000, remaining: 0, observedAt: NOW }, NOW + 59_000, ADAPTIVE_PACING)).toBe(8);
    expect(budgetStretch({ limit: 1000, remaining: 0, observedAt: NOW }, NOW + 60_000, ADAPTIVE_PACING)).toBe(1);
  });

  it('stretches the poll, spread ±25 % by chance so tabs reading the same signal do not poll in step', () => {
    const at = (random: number) => nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, budget: signal(0), random: () => random }, ADAPTIVE_PACING);
    expect(at(0.5)).toBe(8 * MEETING_POLL_MS);
    expect(at(0)).toBe(0.75 * 8 * MEETING_POLL_MS);
    expect(at(0.999)).toBeGreaterThan(1.24 * 8 * MEETING_POLL_MS);
  });

  it('does not poll before a throttle lifts, then comes back at a random point within one interval', () => {
    const throttled = { throttledUntil: NOW + 20_000, observedAt: NOW };
    const at = (random: number) => nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW, lastActivityAt: NOW, budget: throttled, random: () => random }, ADAPTIVE_PACING);
    expect(at(0)).toBe(20_000);
    expect(at(0.5)).toBe(20_000 + MEETING_POLL_MS / 2);
    expect(nextPollDelayMs({ intervalMs: MEETING_POLL_MS, now: NOW + 20_000, lastActivityAt: NOW + 20_000, budget: throttled, random: half }, ADAPTIVE_PACING)).toBe(2_000);
  });
});
