// When a meeting began on this device: the day's first use of a meeting surface is kept, a chosen start wins until it
// is cleared, another day starts afresh, and the record is shared by everything that reads the same storage.
import { describe, expect, it } from 'vitest';
import { createMeetingDayCache, localDay } from '../../../src/store/sync/MeetingDayCache';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
}

const at = (hours: number, minutes = 0, day = 1) => new Date(2026, 11, day, hours, minutes);

describe('MeetingDayCache', () => {
  it('keeps the first use of the day, shared by every reader of the same storage (side panel and stage)', () => {
    const storage = memoryStorage();
    const sidePanel = createMeetingDayCache('felles-modell', storage);
    const stage = createMeetingDayCache('felles-modell', storage);
    expect(sidePanel.noteActivity('p|m', at(9, 5))).toEqual({ firstActivityAt: at(9, 5).toISOString() });
    expect(stage.noteActivity('p|m', at(9, 40))).toEqual({ firstActivityAt: at(9, 5).toISOString() });
    expect(stage.noteActivity('p|other-meeting', at(13))).toEqual({ firstActivityAt: at(13).toISOString() });
  });

  it('lets a chosen start win until it is cleared', () => {
    const days = createMeetingDayCache('felles-modell', memoryStorage());
    days.noteActivity('p|m', at(9, 5));
    expect(days.choose('p|m', at(8, 55).toISOString(), at(9, 10))).toEqual({ firstActivityAt: at(9, 5).toISOString(), chosenStart: at(8, 55).toISOString() });
    expect(days.noteActivity('p|m', at(10))).toEqual({ firstActivityAt: at(9, 5).toISOString(), chosenStart: at(8, 55).toISOString() });
    expect(days.choose('p|m', undefined, at(10))).toEqual({ firstActivityAt: at(9, 5).toISOString() });
  });

  it('starts afresh on another day and drops the day before', () => {
    const storage = memoryStorage();
    const days = createMeetingDayCache('felles-modell', storage);
    days.noteActivity('p|m', at(9, 5));
    expect(days.noteActivity('p|m', at(9, 30, 2))).toEqual({ firstActivityAt: at(9, 30, 2).toISOString() });
    expect(Object.values(JSON.parse(storage.entries.get('felles-modell:meetings') ?? '{}') as Record<string, { day: string }>).map((entry) => entry.day)).toEqual([localDay(at(9, 30, 2))]);
  });

  it('holds times only, under one key per account', () => {
    const storage = memoryStorage();
    createMeetingDayCache('felles-modell-local-kari', storage).noteActivity('p|m', at(9));
    expect([...storage.entries.keys()]).toEqual(['felles-modell-local-kari:meetings']);
    expect(JSON.parse(storage.entries.get('felles-modell-local-kari:meetings')!)).toEqual({ 'p|m': { day: '2026-12-01', firstActivityAt: at(9).toISOString() } });
  });

  it('works in memory where there is no storage', () => {
    const days = createMeetingDayCache('window', null);
    days.noteActivity('k', at(9));
    expect(days.noteActivity('k', at(10)).firstActivityAt).toBe(at(9).toISOString());
  });
});
