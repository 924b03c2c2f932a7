// How often a surface asks Graph for others' changes when nothing happens (issue 20); the session's pacing rule
// (pollPacing.ts) polls every 2.25 s for 30 s after anyone works on the checklist, and the tab's share of the tenant's
// budget (groupPace.ts) may ask for longer waits. A delta poll costs 1 RU; the budget is 16 RU per participant per
// minute over a realistic meeting (8 participants, 60 minutes, 3 bursts, 20 ticks). A visible meeting surface (side
// panel or stage) polls every 4.25 s when quiet: the first tick after a quiet stretch is then on the others' screens
// within the interval plus a round trip, and a quiet meeting costs about 14 RU a minute per participant. Chosen with
// the pacing model (bench/lib/pacingModel.ts) as the pair that keeps both budgets: 4 s quiet with 2 s fast met p95
// (2.75 s) at 17.1 RU; 4.25 s with 2.25 s is modelled at p50 1.35 s, p95 2.9 s, 16.0 RU; 4.5 s missed p95 (3.1 s).
// Measured by `npm run bench`, "meeting". A channel tab is read at
// leisure until someone works in it; a hidden surface does not poll at all.

export type Surface = 'sidePanel' | 'meetingStage' | 'channelTab' | 'personal';

export const MEETING_POLL_MS = 4_250;
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
