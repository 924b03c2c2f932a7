// When a project was first open in a meeting surface today, and a start the person chose, per project and meeting,
// on this device: the side panel and the stage of one Teams client share it, and a reload keeps it, so the meeting
// summary covers the same meeting wherever and whenever it is opened. Times only, never a person or a text; a day's
// entries go when a later day writes.
export interface MeetingDay {
  /** ISO 8601: the first moment today a meeting surface had the project open on this device. */
  firstActivityAt: string;
  /** ISO 8601: the start the person set by hand (it wins over what the host or the device says). */
  chosenStart?: string;
}

export interface MeetingDayCache {
  /** Notes a meeting surface in use at `at`, keeping the day's first; returns the day's entry. */
  noteActivity(meetingKey: string, at: Date): MeetingDay;
  /** Sets (or with undefined, clears) the chosen start; returns the day's entry. */
  choose(meetingKey: string, start: string | undefined, at: Date): MeetingDay;
}

interface Stored extends MeetingDay {
  /** The local calendar day the entry is for, `2026-12-01`. */
  day: string;
}

/** The device's local calendar day: a meeting at 23:30 and one at 08:00 the next morning are two meetings. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/**
 * In `localStorage` under one key per database name (per account, per dev user in local mode); in memory where there
 * is none, or with `storage` null (a surface that is not in a meeting: the editor's preview).
 */
export function createMeetingDayCache(name: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): MeetingDayCache {
  const key = `${name}:meetings`;
  let memory: Record<string, Stored> = {};
  const read = (): Record<string, Stored> => {
    if (!storage) return memory;
    try {
      const parsed = JSON.parse(storage.getItem(key) ?? '{}') as unknown;
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, Stored>) : {};
    } catch {
      return {};
    }
  };
  const write = (entries: Record<string, Stored>): void => {
    memory = entries;
    try {
      storage?.setItem(key, JSON.stringify(entries));
    } catch {
      // A full or blocked storage only costs the summary its memory of this meeting after a reload.
    }
  };
  /** Today's entries (older days dropped) with `meetingKey`'s changed by `change`. */
  const update = (meetingKey: string, at: Date, change: (entry: Stored) => Stored): MeetingDay => {
    const day = localDay(at);
    const today = Object.fromEntries(Object.entries(read()).filter(([, entry]) => entry?.day === day && typeof entry.firstActivityAt === 'string'));
    const entry = change(today[meetingKey] ?? { day, firstActivityAt: at.toISOString() });
    write({ ...today, [meetingKey]: entry });
    const { day: _day, ...meetingDay } = entry;
    return meetingDay;
  };
  return {
    noteActivity: (meetingKey, at) => update(meetingKey, at, (entry) => entry),
    choose: (meetingKey, start, at) =>
      update(meetingKey, at, ({ chosenStart: _before, ...entry }) => (start === undefined ? entry : { ...entry, chosenStart: start })),
  };
}
