import { describe, expect, it } from 'vitest';
import { isStalled } from '../../src/domain/stalled';

describe('isStalled', () => {
  const now = new Date('2025-03-31T12:00:00.000Z');

  it('is stalled from exactly the given number of days, not a millisecond before', () => {
    expect(isStalled('2025-03-10T12:00:00.000Z', now, 21)).toBe(true);
    expect(isStalled('2025-03-10T12:00:00.001Z', now, 21)).toBe(false);
    expect(isStalled('2025-01-01T00:00:00.000Z', now, 21)).toBe(true);
  });

  it('is not stalled with recent or future activity, or an unreadable time', () => {
    expect(isStalled('2025-03-31T11:00:00.000Z', now, 1)).toBe(false);
    expect(isStalled('2025-04-30T00:00:00.000Z', now, 1)).toBe(false);
    expect(isStalled('ikke en dato', now, 1)).toBe(false);
    expect(isStalled('', now, 1)).toBe(false);
  });
});
