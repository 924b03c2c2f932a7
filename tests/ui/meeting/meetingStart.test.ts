// Where the meeting summary starts: the start the person chose, else Teams' scheduled start when it is today and has
// come, else the device's first use of a meeting surface today.
import { describe, expect, it } from 'vitest';
import { meetingStartOf, timeOfDay, todayAt } from '../../../src/ui/meeting/meetingStart';

const now = new Date(2026, 11, 1, 10, 0);
const local = (hours: number, minutes = 0, day = 1) => new Date(2026, 11, day, hours, minutes).toISOString();
const day = { firstActivityAt: local(9, 12) };

describe('meetingStartOf', () => {
  it('takes the start the person chose over anything else', () => {
    expect(meetingStartOf({ ...day, chosenStart: local(8, 30) }, local(9), now)).toEqual({ at: local(8, 30), source: 'chosen' });
  });

  it('takes what Teams says when it is today and has come', () => {
    expect(meetingStartOf(day, local(9), now)).toEqual({ at: local(9), source: 'teams' });
  });

  it('falls back to the first use of a meeting surface today when Teams says nothing, a start yet to come, or another day', () => {
    expect(meetingStartOf(day, undefined, now)).toEqual({ at: local(9, 12), source: 'firstActivity' });
    expect(meetingStartOf(day, local(11), now)).toEqual({ at: local(9, 12), source: 'firstActivity' });
    expect(meetingStartOf(day, local(9, 0, 24), now).source).toBe('firstActivity'); // a recurring series' first date
    expect(meetingStartOf(day, 'not a date', now).source).toBe('firstActivity');
  });
});

describe('todayAt and timeOfDay', () => {
  it('reads a time of day as today in the device\'s zone, and writes it back', () => {
    expect(todayAt('08:45', now)).toBe(local(8, 45));
    expect(timeOfDay(local(8, 45))).toBe('08:45');
  });

  it('refuses what is not a time of day', () => {
    for (const bad of ['', '8', '24:00', '09:60', 'kl 9']) expect(todayAt(bad, now), bad).toBeUndefined();
  });
});
