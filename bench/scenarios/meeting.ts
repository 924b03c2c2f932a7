// 8. A realistic meeting (issues 14 and 20): 8 participants, 60 minutes, 3 bursts with 20 ticks
// (bench/lib/meetingProfile.ts). Two runs, because no single run can be both honest about latency and short:
// - RU: the whole hour compressed 30 times (2 minutes): profile times, meeting interval and the pacing rule's time
//   constants divided by 30, no injected latency. Every request the eight sessions send, opens included, is metered
//   by the emulator: RU per participant per meeting minute. Compression can only lose polls (a round trip that takes
//   long against a 133 ms interval), so the pacing model's figure for the same hour stands beside it and the budget
//   reads the higher.
// - Propagation: the three bursts in real time at 50 ms per round trip, as three meetings at once (one burst
//   each, so the run lasts one burst, not the hour), each participant opening at a random moment in the quiet
//   interval before the burst: its first tick meets readers polling at the quiet pace in random phase, as after a
//   quiet stretch; the rest meet the pace the activity brought.
// - The pacing model (bench/lib/pacingModel.ts): the same hour at other quiet intervals, modelled with the product's
//   pacing rule, so what polling can reach within the RU budget is a figure, not a guess (issue 20 chose the
//   product's quiet interval from it).
import { ADAPTIVE_PACING, MEETING_POLL_MS } from '../../src/store/sync';
import type { BenchWorld } from '../lib/benchWorld';
import { burstOf, meetingProfile, MEETING_MINUTES, PARTICIPANTS } from '../lib/meetingProfile';
import { openAsApp } from '../lib/sessions';
import { runMeeting } from '../lib/meetingRun';
import { pacingModel } from '../lib/pacingModel';
import type { PacingModelRow } from '../lib/pacingModel';
import { quantile, seededRandom } from '../lib/seeded';
import type { LoadModel } from './load';

export const RU_TIME_SCALE = 30;
/** Includes the product's interval (MEETING_POLL_MS), whose row is the modelled RU beside the measured one. */
const MODELLED_QUIET_MS = [...new Set([12_000, 6_000, 5_000, 4_500, 4_250, MEETING_POLL_MS, 4_000, 3_750, 3_500, 3_000])].sort((a, b) => b - a);
export const RU_BUDGET = 16;
const P95_BUDGET_MS = 3_000;

export interface MeetingResult {
  participants: number;
  minutes: number;
  ticks: number;
  bursts: number;
  /** Propagation during bursts (ms, real time, 50 ms per round trip), over every tick × other participant. */
  propagation: { p50: number; p95: number; max: number; samples: number; notSeen: number; firstOfBurst: { p50: number; max: number }; afterFirst: { p50: number; p95: number } };
  /**
   * ours: measured over the compressed hour; modelled: the pacing model's row at the product's interval (the same rule
   * and measured costs). Compression loses polls when the machine cannot keep its pace (a busy machine: tens of ms per
   * round trip against a 133 ms interval), so the budget reads the higher of the two.
   */
  ruPerParticipantPerMinute: { ours: number; naive: number; modelled: number };
  ruTimeScale: number;
  /** Total RU of the compressed hour (8 participants). */
  ruTotal: number;
  naiveModel: string;
  /** Polling alone at other quiet intervals (modelled, 40 hours of random poll phases each). */
  pacingModel: {
    rows: PacingModelRow[];
    /** The shortest modelled quiet interval within 16 RU per participant per minute. */
    shortestQuietWithinRuBudgetMs: number | null;
    /** The longest modelled quiet interval with p95 ≤ 3 s. */
    longestQuietMeetingP95Ms: number | null;
  };
}

export async function meetingScenario(world: BenchWorld, latencyMs: number, model: LoadModel, log: (line: string) => void): Promise<MeetingResult> {
  const profile = meetingProfile();
  // RU over the hour, compressed.
  await world.latency(0);
  const ruProject = await world.project(0);
  // What an open costs (a participant's device that has not opened the project before), for the pacing model.
  const open = await world.measure(async () => (await openAsApp(world, 'kari', ruProject.projectKey, 'bench-mru-open', null)).session.dispose());
  log(`bench: 8. meeting RU: the hour compressed ×${RU_TIME_SCALE} (${(MEETING_MINUTES * 60 / RU_TIME_SCALE).toFixed(0)} s)`);
  let ruRun: Awaited<ReturnType<typeof runMeeting>> | undefined;
  const ru = await world.measure(async () => {
    ruRun = await runMeeting(world, { projectKey: ruProject.projectKey, profile, tag: 'mru', timeScale: RU_TIME_SCALE, openSpreadMs: MEETING_POLL_MS / RU_TIME_SCALE, random: seededRandom(1), seenDeadlineMs: 60_000 });
  });
  for (const s of ruRun?.sessions ?? []) s.dispose();
  const ours = Math.round((ru.ru / PARTICIPANTS / MEETING_MINUTES) * 100) / 100;

  // Propagation, real time: the three bursts as three meetings at once.
  await world.latency(latencyMs);
  const projects = await Promise.all([0, 1, 2].map(() => world.project(0)));
  log('bench: 8. meeting propagation: 3 bursts in real time (3 meetings at once)');
  const runs = await Promise.all(projects.map((p, burst) => runMeeting(world, { projectKey: p.projectKey, profile: burstOf(profile, burst), tag: `mprop${burst}`, timeScale: 1, openSpreadMs: MEETING_POLL_MS, random: seededRandom(10 + burst), seenDeadlineMs: 60_000 })));
  for (const run of runs) for (const s of run.sessions) s.dispose();
  const samples = runs.flatMap((r) => r.propagationMs);
  const firstOfBurst = runs.flatMap((r) => r.byTick[0] ?? []);
  const afterFirst = runs.flatMap((r) => r.byTick.slice(1).flat());
  // Naive: reloads the whole project at the meeting interval whatever happens, and writes its 5 requests per tick.
  const modelled = pacingModel(profile, MODELLED_QUIET_MS, ADAPTIVE_PACING, model.ruPerTick.ours, open.ru, 40);
  const withinRu = modelled.filter((r) => r.ruPerParticipantPerMinute <= RU_BUDGET).map((r) => r.quietMs);
  const meetingP95 = modelled.filter((r) => r.p95 <= P95_BUDGET_MS).map((r) => r.quietMs);
  const naivePerMinute = (60_000 / MEETING_POLL_MS) * model.ruPerPoll.naive + (profile.ticks.length * model.ruPerTick.naive) / PARTICIPANTS / MEETING_MINUTES;
  return {
    participants: PARTICIPANTS,
    minutes: MEETING_MINUTES,
    ticks: profile.ticks.length,
    bursts: 3,
    propagation: {
      p50: Math.round(quantile(samples, 0.5)), p95: Math.round(quantile(samples, 0.95)), max: Math.round(Math.max(...samples)), samples: samples.length,
      notSeen: runs.reduce((n, r) => n + r.notSeen, 0),
      firstOfBurst: { p50: Math.round(quantile(firstOfBurst, 0.5)), max: Math.round(Math.max(...firstOfBurst)) },
      afterFirst: { p50: Math.round(quantile(afterFirst, 0.5)), p95: Math.round(quantile(afterFirst, 0.95)) },
    },
    ruPerParticipantPerMinute: { ours, naive: Math.round(naivePerMinute * 100) / 100, modelled: modelled.find((r) => r.quietMs === MEETING_POLL_MS)?.ruPerParticipantPerMinute ?? NaN },
    ruTimeScale: RU_TIME_SCALE,
    ruTotal: ru.ru,
    pacingModel: {
      rows: modelled,
      shortestQuietWithinRuBudgetMs: withinRu.length ? Math.min(...withinRu) : null,
      longestQuietMeetingP95Ms: meetingP95.length ? Math.max(...meetingP95) : null,
    },
    naiveModel: `modelled: ${(60_000 / MEETING_POLL_MS).toFixed(1)} reloads/min × ${model.ruPerPoll.naive} RU + ticks × ${model.ruPerTick.naive} RU`,
  };
}

