import { describe, expect, it } from 'vitest';
import { pollIntervalFor } from '../../../src/store/sync/pollInterval';
import { sessionRetryDelay } from '../../../src/store/sync/backoff';

describe('pollIntervalFor', () => {
  it('polls fast in meetings, slowly in a channel or personal tab, and not at all when hidden', () => {
    expect(pollIntervalFor('sidePanel', true)).toBe(4_250);
    expect(pollIntervalFor('meetingStage', true)).toBe(4_250);
    expect(pollIntervalFor('channelTab', true)).toBe(30_000);
    expect(pollIntervalFor('personal', true)).toBe(30_000);
    for (const surface of ['sidePanel', 'meetingStage', 'channelTab', 'personal'] as const) expect(pollIntervalFor(surface, false)).toBeNull();
  });

  it('keeps a quiet meeting within 16 RU per participant per minute: 1 RU per delta poll, 2 RU more on every 120th (the store default)', () => {
    const pollsPerMinute = 60_000 / (pollIntervalFor('meetingStage', true) ?? Infinity);
    expect(pollsPerMinute * (1 + 2 / 120)).toBeLessThanOrEqual(16);
  });
});

describe('sessionRetryDelay', () => {
  it('doubles its ceiling per failure from 1 s and stops at 30 s', () => {
    const ceiling = (failures: number) => sessionRetryDelay(failures, () => 0.999_999);
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(ceiling)).toEqual([999, 1999, 3999, 7999, 15999, 29999, 29999, 29999]);
  });

  it('draws a random wait below the ceiling (jitter), so tabs do not retry in step', () => {
    expect(sessionRetryDelay(3, () => 0)).toBe(0);
    expect(sessionRetryDelay(3, () => 0.5)).toBe(2000);
  });
});
