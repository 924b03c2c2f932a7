// How often a surface asks Graph for others' changes. A delta poll costs 1 RU and the budget is 12 RU per user
// per minute, so the fastest rate (meetings, where people tick together) is one poll per 5 s; a channel tab is
// read at leisure; a hidden surface does not poll at all.

export type Surface = 'sidePanel' | 'meetingStage' | 'channelTab' | 'personal';

export const MEETING_POLL_MS = 5_000;
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
