// One tab's share of the tenant's budget (pure): cut by the overrun SharePoint's signal shows, once per window, to half
// on a 429; grown back one poll a minute per window; never below one poll a window. Every tab computing the same cut
// from the same signal is what makes the group slow down together without talking.
import { describe, expect, it } from 'vitest';
import { budgetWindow, decreaseFor, GROUP_PACE, GroupPace, projectedUse, reserveHoldUntil } from '../../../src/store/sync/groupPace';

const NOW = 1_000_000;
/** 1,000 RU a minute; `used` of it used with `resetIn` ms left of the window. */
const signal = (used: number, resetIn: number, extra: object = {}) => ({ limit: 1000, remaining: 1000 - used, resetAt: NOW + resetIn, observedAt: NOW, ...extra });

describe('what a signal says', () => {
  it('projects the window\'s use at the pace so far (Reset gives how long it has run)', () => {
    const window = budgetWindow(signal(800, 20_000), NOW, GROUP_PACE);
    expect(window).toEqual({ limit: 1000, remaining: 200, resetAt: NOW + 20_000, elapsedMs: 40_000 });
    expect(projectedUse(window!, GROUP_PACE)).toBeCloseTo(1.2);
    expect(budgetWindow(signal(800, 20_000), NOW + 20_000, GROUP_PACE)).toBeUndefined(); // it has turned
    expect(budgetWindow({ throttledUntil: NOW + 5_000, observedAt: NOW }, NOW, GROUP_PACE)).toBeUndefined();
  });

  it('cuts by the overrun: not at all within the target (85 %), at least 15 %, at most to half, to half on a 429', () => {
    expect(decreaseFor(signal(800, 3_000), GROUP_PACE)).toBe(1); // 80 % after 57 s: 84 % by the turn
    expect(decreaseFor(signal(800, 8_000), GROUP_PACE)).toBe(0.85); // 92 %: the least cut
    expect(decreaseFor(signal(800, 20_000), GROUP_PACE)).toBeCloseTo(0.85 / 1.2); // 120 %
    expect(decreaseFor(signal(800, 45_000), GROUP_PACE)).toBe(0.5); // 320 %: no more than half
    expect(decreaseFor({ throttledUntil: NOW + 30_000, observedAt: NOW }, GROUP_PACE)).toBe(0.5);
  });

  it('holds polls until the turn once no more than the reserve (15 %) is left', () => {
    expect(reserveHoldUntil(signal(849, 20_000), NOW, GROUP_PACE)).toBeUndefined();
    expect(reserveHoldUntil(signal(850, 20_000), NOW, GROUP_PACE)).toBe(NOW + 20_000);
  });
});

describe('the tab\'s share', () => {
  it('is not limited until an overrun is seen', () => {
    const pace = new GroupPace(GROUP_PACE);
    pace.observe(signal(800, 3_000), 4_000, NOW);
    expect(pace.minWaitMs(NOW, 2_000)).toBeUndefined();
  });

  it('cuts its own rate once per window, deeper only when a later signal in it calls for more', () => {
    const pace = new GroupPace(GROUP_PACE);
    pace.observe(signal(800, 30_000), 4_000, NOW); // 160 %: 15 polls a minute × 0.85 / 1.6
    const cut = 0.85 / 1.6;
    expect(pace.minWaitMs(NOW, 2_000)).toBeCloseTo(60_000 / (15 * cut));
    expect(pace.cutIn(signal(800, 30_000))).toBeCloseTo(cut);
    pace.observe(signal(900, 28_000), 60_000 / (15 * cut), NOW); // the same window again: no second cut
    expect(pace.minWaitMs(NOW, 2_000)).toBeCloseTo(60_000 / (15 * cut));
    pace.observe({ ...signal(1000, 25_000), throttledUntil: NOW + 25_000 }, 60_000 / (15 * cut), NOW); // a 429 in it: to half in all
    expect(pace.minWaitMs(NOW, 2_000)).toBeCloseTo(60_000 / 7.5);
    expect(pace.cutIn(signal(1000, 15_000))).toBe(0.5);
    expect(pace.cutIn(signal(800, 80_000))).toBe(1); // the next window has no cut yet
  });

  it('cuts again in the next window, from what it allows then', () => {
    const pace = new GroupPace(GROUP_PACE);
    pace.observe(signal(800, 45_000), 2_000, NOW); // 30 a minute, to half: 15
    pace.observe({ ...signal(800, 45_000), resetAt: NOW + 105_000 }, 4_000, NOW); // a minute later in clock terms
    expect(pace.minWaitMs(NOW, 2_000)).toBeCloseTo(60_000 / 7.5);
  });

  it('grows back one poll a minute per window, and stops limiting once it allows the fastest pace', () => {
    const pace = new GroupPace(GROUP_PACE);
    pace.observe(signal(800, 45_000), 4_000, NOW); // 15 → 7.5 a minute
    expect(pace.minWaitMs(NOW + 60_000, 2_000)).toBeCloseTo(60_000 / 8.5);
    expect(pace.minWaitMs(NOW + 5 * 60_000, 2_000)).toBeCloseTo(60_000 / 12.5);
    expect(pace.minWaitMs(NOW + 23 * 60_000, 2_000)).toBeUndefined(); // 30.5 a minute: faster than every 2 s
    expect(pace.minWaitMs(NOW + 24 * 60_000, 2_000)).toBeUndefined();
  });

  it('never allows less than one poll per window: a tab must still hear when the budget frees', () => {
    const pace = new GroupPace(GROUP_PACE);
    for (let window = 0; window < 10; window += 1) {
      const at = NOW + window * 60_000;
      pace.observe({ limit: 1000, remaining: 0, resetAt: at + 50_000, observedAt: at, throttledUntil: at + 50_000 }, 60_000, at);
    }
    expect(pace.minWaitMs(NOW + 9 * 60_000, 2_000)).toBe(60_000);
  });
});
