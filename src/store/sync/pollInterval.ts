// How often a surface asks Graph for others' changes. A delta poll costs 1 RU and the budget is 12 RU per user
// per minute: a meeting (where people tick together) polls every 5.2 s, which with the store's slow poll every 120th
// time (2 RU more) is 11.5 + 0.2 = 11.7 RU a minute, and shows a change on average 2.6 s after it is saved. A
// channel tab is read at leisure; a hidden surface does not poll at all.

export type Surface = 'sidePanel' | 'meetingStage' | 'channelTab' | 'personal';

export const MEETING_POLL_MS = 5_200;
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
