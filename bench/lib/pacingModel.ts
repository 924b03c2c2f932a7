// What polling alone can do for the meeting of issue 14, by quiet interval: a discrete-event model of the 8
// participants' polls over the whole hour (the product's own pacing rule, `nextPollDelayMs`, with the meeting profile's
// ticks), so p95 and RU per participant per minute can be read off for intervals the bench does not run for real.
// Checked against scenario 8 at the product's 12 s (measured vs modelled, side by side in the table).
// Modelled, not measured: a write lands WRITE_MS after the click, a poll sees what landed before its midpoint and
// answers POLL_MS after it starts; a poll is 1 RU, a tick RU_PER_TICK; opens and the slow list reads are left out.
import { nextPollDelayMs } from '../../src/store/sync';
import type { PacingRule } from '../../src/store/sync';
import type { MeetingProfile } from './meetingProfile';
import { PARTICIPANTS } from './meetingProfile';
import { quantile, seededRandom } from './seeded';

const WRITE_MS = 130; // scenario 2's tick confirmed at 50 ms per round trip
const POLL_MS = 55; // one round trip with a small delta answer

export interface PacingModelRow {
  quietMs: number;
  p50: number;
  p95: number;
  firstOfBurstP50: number;
  ruPerParticipantPerMinute: number;
}

interface Reader {
  nextPollAt: number;
  lastActivityAt?: number;
  seen: Set<number>;
  polls: number;
}

/** One hour: every participant's polls, and per tick × other participant the time until its poll answered with it. */
function simulate(profile: MeetingProfile, quietMs: number, rule: PacingRule, seed: number): { samples: number[]; firstOfBurst: number[]; polls: number } {
  const random = seededRandom(seed);
  const delay = (r: Reader, now: number): number => nextPollDelayMs({ intervalMs: quietMs, now, random, ...(r.lastActivityAt === undefined ? {} : { lastActivityAt: r.lastActivityAt }) }, rule) ?? Infinity;
  const readers: Reader[] = Array.from({ length: PARTICIPANTS }, () => ({ nextPollAt: random() * quietMs, seen: new Set(), polls: 0 }));
  const samples: number[] = [];
  const firstOfBurst: number[] = [];
  const isFirst = profile.ticks.map((t, i) => i === 0 || profile.ticks[i - 1]?.burst !== t.burst);
  let next = 0;
  for (;;) {
    const reader = readers.reduce((a, b) => (b.nextPollAt < a.nextPollAt ? b : a));
    const tick = profile.ticks[next];
    if (tick && tick.atMs <= reader.nextPollAt) {
      // The writer's own tick is activity: it polls sooner if the pace allows (SyncLoop.noteActivity).
      const writer = readers[tick.writer] as Reader;
      writer.seen.add(next);
      writer.lastActivityAt = tick.atMs;
      writer.nextPollAt = Math.min(writer.nextPollAt, tick.atMs + delay(writer, tick.atMs));
      next += 1;
      continue;
    }
    const start = reader.nextPollAt;
    if (start > profile.durationMs) break;
    reader.polls += 1;
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

/** The model at each quiet interval, over `seeds` hours with different poll phases. */
export function pacingModel(profile: MeetingProfile, quietIntervalsMs: number[], rule: PacingRule, ruPerTick: number, seeds = 20): PacingModelRow[] {
  const minutes = profile.durationMs / 60_000;
  return quietIntervalsMs.map((quietMs) => {
    const runs = Array.from({ length: seeds }, (_, s) => simulate(profile, quietMs, rule, 1_000 + s));
    const samples = runs.flatMap((r) => r.samples);
    const polls = runs.reduce((n, r) => n + r.polls, 0) / seeds;
    const ru = (polls + profile.ticks.length * ruPerTick) / PARTICIPANTS / minutes;
    return {
      quietMs,
      p50: Math.round(quantile(samples, 0.5)),
      p95: Math.round(quantile(samples, 0.95)),
      firstOfBurstP50: Math.round(quantile(runs.flatMap((r) => r.firstOfBurst), 0.5)),
      ruPerParticipantPerMinute: Math.round(ru * 100) / 100,
    };
  });
}
