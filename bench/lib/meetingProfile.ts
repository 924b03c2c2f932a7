// The realistic meeting of issue 14: 8 participants for 60 minutes, 3 bursts of discussion with 20 ticks in all
// (7, 7 and 6), quiet stretches between. A burst is the group walking through a phase's requirements: a tick every
// 5–25 s (seeded), by a participant drawn at random. Each tick sets a different item done, so every reader's
// "seen" is unambiguous.
import { ITEM_KEYS } from './benchWorld';
import { seededRandom } from './seeded';

export const PARTICIPANTS = 8;
/** 4 dev users with write access in the project site, each on two devices: 8 participants. */
export const PARTICIPANT_USERS = ['kari', 'ingrid', 'ola', 'per'] as const;
export const MEETING_MINUTES = 60;
const BURST_STARTS_MIN = [4, 24, 44];
const TICKS_PER_BURST = [7, 7, 6];
const GAP_MS = { min: 5_000, max: 25_000 };

export interface MeetingTick {
  /** Meeting time from the start (ms). */
  atMs: number;
  /** Participant index 0–7. */
  writer: number;
  itemKey: string;
  burst: number;
}

export interface MeetingProfile {
  durationMs: number;
  ticks: MeetingTick[];
}

export function meetingProfile(seed = 14): MeetingProfile {
  const random = seededRandom(seed);
  const ticks: MeetingTick[] = [];
  BURST_STARTS_MIN.forEach((startMin, burst) => {
    let at = startMin * 60_000;
    for (let i = 0; i < (TICKS_PER_BURST[burst] ?? 0); i += 1) {
      if (i > 0) at += GAP_MS.min + random() * (GAP_MS.max - GAP_MS.min);
      ticks.push({ atMs: Math.round(at), writer: Math.floor(random() * PARTICIPANTS), itemKey: ITEM_KEYS[ticks.length] as string, burst });
    }
  });
  return { durationMs: MEETING_MINUTES * 60_000, ticks };
}

/** One burst on its own, from its first tick (time 0). */
export function burstOf(profile: MeetingProfile, burst: number): MeetingProfile {
  const ticks = profile.ticks.filter((t) => t.burst === burst);
  const start = ticks[0]?.atMs ?? 0;
  const last = ticks[ticks.length - 1]?.atMs ?? start;
  return { durationMs: last - start, ticks: ticks.map((t) => ({ ...t, atMs: t.atMs - start })) };
}

export const userOf = (participant: number): string => PARTICIPANT_USERS[participant % PARTICIPANT_USERS.length] as string;

/** The same profile after a quiet stretch of `quietMs` (the first tick meets panels that have polled at their quiet pace). */
export function afterQuiet(profile: MeetingProfile, quietMs: number): MeetingProfile {
  return { durationMs: profile.durationMs + quietMs, ticks: profile.ticks.map((t) => ({ ...t, atMs: t.atMs + quietMs })) };
}
