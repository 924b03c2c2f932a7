// How often a surface asks Graph for others' changes when nothing happens; the session's pacing rule
// (pollPacing.ts) polls six times as often while someone works on the checklist (never faster than every 2 s) and
// stretches the wait as the tenant's budget runs low. A delta poll costs 1 RU and the budget is 12 RU per
// participant per minute: a quiet meeting polls every 12 s (5 RU a minute), a busy one every 2 s (30 RU a minute,
// for the minute or two a burst of ticks lasts), which over a meeting with three bursts averages under 12 (measured
// by `npm run bench`, "meeting"). A channel tab is read at leisure; a hidden surface does not poll at all.

export type Surface = 'sidePanel' | 'meetingStage' | 'channelTab' | 'personal';

export const MEETING_POLL_MS = 12_000;
export const TAB_POLL_MS = 30_000;

export function pollIntervalFor(surface: Surface, visible: boolean): number | null {
  if (!visible) return null;
  switch (surface) {
    case 'sidePanel':
    case 'meetingStage':
      return MEETING_POLL_MS;
    case 'channelTab':
    case 'personal':
      return TAB_POLL_MS;
  }
}
