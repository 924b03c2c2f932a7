// Where the meeting summary starts: the start the person chose; else what Teams says (the meeting's scheduled start,
// when it is today and has come); else the first time today a meeting surface had the project open on this device.
// The same answer in the side panel and on the stage of one Teams client, and after a reload (MeetingDayCache).
import { createMeetingDayCache, localDay } from '../../store/sync/MeetingDayCache';
import type { MeetingDay, MeetingDayCache } from '../../store/sync/MeetingDayCache';

export type MeetingStartSource = 'chosen' | 'teams' | 'firstActivity';

export interface MeetingStart {
  /** ISO 8601. */
  at: string;
  source: MeetingStartSource;
}

/** What a meeting surface needs to know when its meeting began; the shell builds it for the side panel and stage. */
export interface MeetingClock {
  /** The project and the meeting: the side panel and the stage of one meeting share it. */
  key: string;
  days: MeetingDayCache;
  /** The host's word on the start (Teams), where it has one. */
  hostStart?: () => Promise<string | undefined>;
  now?: () => Date;
}

/** A surface outside any meeting (the editor's preview): its meeting is this window, kept in memory. */
export function windowClock(): MeetingClock {
  return { key: 'window', days: createMeetingDayCache('window', null) };
}

export function meetingStartOf(day: MeetingDay, hostStart: string | undefined, now: Date): MeetingStart {
  if (day.chosenStart) return { at: day.chosenStart, source: 'chosen' };
  const host = hostStart === undefined ? NaN : Date.parse(hostStart);
  // A recurring series' first date, or a start still to come (joined early), says nothing about today's meeting.
  if (!Number.isNaN(host) && host <= now.getTime() && localDay(new Date(host)) === localDay(now)) return { at: new Date(host).toISOString(), source: 'teams' };
  return { at: day.firstActivityAt, source: 'firstActivity' };
}

/** `09:30` today, in the device's time zone, as ISO 8601; undefined for anything that is not a time of day. */
export function todayAt(time: string, now: Date): string | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return undefined;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes).toISOString();
}

/** `09:30`: a start as the time field shows it. */
export function timeOfDay(iso: string): string {
  const at = new Date(iso);
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
