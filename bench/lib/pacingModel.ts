// What polling can do for the realistic meeting (issues 14 and 20), by quiet interval: a discrete-event model of the 8
// participants' polls over the whole hour under the product's own pacing rule (`nextPollDelayMs`, with the meeting
// profile's ticks), so p50, p95 and RU per participant per minute can be read off for intervals the bench does not run
// for real, and the product's interval chosen from them. Checked against scenario 8 at the product's interval.
// Modelled, not measured: a write lands WRITE_MS after the click, a poll sees what landed before its midpoint and
// answers POLL_MS after it starts; a poll is 1 RU (2 more on every SLOW_LIST_EVERY-th), a tick RU_PER_TICK, an open
// the measured cold open. Per interval it also gives how often one bench run (three bursts, 140 samples, readers in
// random phase) meets p50 ≤ 1.5 s and p95 ≤ 3 s: a single run is one draw, and the first ticks decide its p95.
import { activeIntervalMs, nextPollDelayMs } from '../../src/store/sync';
import type { PacingRule } from '../../src/store/sync';
import type { MeetingProfile } from './meetingProfile';
import { burstOf, PARTICIPANTS } from './meetingProfile';
import { quantile, seededRandom } from './seeded';

const WRITE_MS = 130; // scenario 2's tick confirmed at 50 ms per round trip
const POLL_MS = 55; // one round trip with a small delta answer
const SLOW_LIST_EVERY = 120; // the store's default: project and participants deltas (+2 RU) on every 120th poll

export interface PacingModelRow {
  quietMs: number;
  p50: number;
  p95: number;
  firstOfBurstP50: number;
  ruPerParticipantPerMinute: number;
  /** Share of single bench runs (3 bursts × 7 readers, random phases) with p50 ≤ 1.5 s and p95 ≤ 3 s. */
  runsMeetingLive: number;
}

interface Reader {
  nextPollAt: number;
  lastPollAt?: number;
  lastActivityAt?: number;
  seen: Set<number>;
  polls: number;
}

/** One stretch of meeting: every participant's polls, and per tick × other participant the time until its poll answered with it. */
function simulate(profile: MeetingProfile, quietMs: number, rule: PacingRule, random: () => number): { samples: number[]; firstOfBurst: number[]; polls: number } {
  const delay = (r: Reader, now: number): number =>
    nextPollDelayMs({ intervalMs: quietMs, now, random, ...(r.lastPollAt === undefined ? {} : { lastPollAt: r.lastPollAt }), ...(r.lastActivityAt === undefined ? {} : { lastActivityAt: r.lastActivityAt }) }, rule) ?? Infinity;
  const readers: Reader[] = Array.from({ length: PARTICIPANTS }, () => ({ nextPollAt: random() * quietMs, seen: new Set(), polls: 0 }));
  const samples: number[] = [];
  const firstOfBurst: number[] = [];
  const isFirst = profile.ticks.map((t, i) => i === 0 || profile.ticks[i - 1]?.burst !== t.burst);
  let next = 0;
  for (;;) {
    const reader = readers.reduce((a, b) => (b.nextPollAt < a.nextPollAt ? b : a));
    const tick = profile.ticks[next];
    if (tick && tick.atMs <= reader.nextPollAt) {
      // The writer's own tick is activity: its next poll comes within the fast pace (SyncLoop.noteActivity).
      const writer = readers[tick.writer] as Reader;
      writer.seen.add(next);
      writer.lastActivityAt = tick.atMs;
      writer.nextPollAt = Math.min(writer.nextPollAt, tick.atMs + activeIntervalMs(quietMs, rule));
      next += 1;
      continue;
    }
    const start = reader.nextPollAt;
    if (start > profile.durationMs) break;
    reader.polls += 1;
    reader.lastPollAt = start;
    const answered = start + POLL_MS;
    let sawChange = false;
    profile.ticks.forEach((t, i) => {
      if (i >= next || reader.seen.has(i) || t.atMs + WRITE_MS > start + POLL_MS / 2) return;
      reader.seen.add(i);
      sawChange = true;
      samples.push(answered - t.atMs);
      if (isFirst[i]) firstOfBurst.push(answered - t.atMs);
    });
    if (sawChange) reader.lastActivityAt = answered;
    reader.nextPollAt = answered + delay(reader, answered);
  }
  return { samples, firstOfBurst, polls: readers.reduce((n, r) => n + r.polls, 0) };
}

/** The bench's propagation run: the three bursts as meetings of their own, readers opened in random phase before each. */
function benchRun(profile: MeetingProfile, quietMs: number, rule: PacingRule, random: () => number): { samples: number[]; firstOfBurst: number[] } {
  const bursts = [0, 1, 2].map((b) => {
    const burst = burstOf(profile, b);
    const lead = 3 * quietMs; // quiet before the first tick: readers' phases are random
    const shifted = { durationMs: burst.durationMs + lead + rule.activeWindowMs, ticks: burst.ticks.map((t) => ({ ...t, atMs: t.atMs + lead })) };
    return simulate(shifted, quietMs, rule, random);
  });
  return { samples: bursts.flatMap((b) => b.samples), firstOfBurst: bursts.flatMap((b) => b.firstOfBurst) };
}

/**
 * The model at each quiet interval: RU per participant per minute over the hour (`seeds` hours with different poll
 * phases, the measured cost of a tick and of an open), and latency over 200 runs as the bench makes them (pooled
 * p50 and p95, and the share of single runs that meet both latency budgets).
 */
export function pacingModel(profile: MeetingProfile, quietIntervalsMs: number[], rule: PacingRule, ruPerTick: number, ruPerOpen: number, seeds = 20): PacingModelRow[] {
  const minutes = profile.durationMs / 60_000;
  return quietIntervalsMs.map((quietMs) => {
    const hours = Array.from({ length: seeds }, (_, s) => simulate(profile, quietMs, rule, seededRandom(1_000 + s)));
    const polls = hours.reduce((n, r) => n + r.polls, 0) / seeds;
    const ru = (polls * (1 + 2 / SLOW_LIST_EVERY) + profile.ticks.length * ruPerTick + PARTICIPANTS * ruPerOpen) / PARTICIPANTS / minutes;
    const random = seededRandom(7);
    const runs = Array.from({ length: 200 }, () => benchRun(profile, quietMs, rule, random));
    const samples = runs.flatMap((r) => r.samples);
    const live = runs.filter((r) => quantile(r.samples, 0.5) <= 1_500 && quantile(r.samples, 0.95) <= 3_000).length / runs.length;
    return {
      quietMs,
      p50: Math.round(quantile(samples, 0.5)),
      p95: Math.round(quantile(samples, 0.95)),
      firstOfBurstP50: Math.round(quantile(runs.flatMap((r) => r.firstOfBurst), 0.5)),
      ruPerParticipantPerMinute: Math.round(ru * 100) / 100,
      runsMeetingLive: Math.round(live * 100) / 100,
    };
  });
}
