// Samples, medians and the side-by-side runner: ours and naive interleaved in the same run, so a noisy machine
// slows both alike and the ratio holds.

/** What one run of one operation cost. */
export interface Sample {
  /** HTTP exchanges on the wire. */
  roundTrips: number;
  /** Graph operations (each request inside a $batch counts). */
  requests: number;
  /** Request and response body bytes. */
  bytes: number;
  /** SharePoint resource units, as the emulator meters them. */
  ru: number;
  ms: number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The median sample of several runs (each figure its own median), with the spread of the time. */
export interface Figure {
  roundTrips: number;
  requests: number;
  bytes: number;
  ru: number;
  ms: Spread;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

export function figureOf(samples: readonly Sample[]): Figure {
  const med = (pick: (s: Sample) => number): number => spread(samples.map(pick)).median;
  return { roundTrips: med((s) => s.roundTrips), requests: med((s) => s.requests), bytes: Math.round(med((s) => s.bytes)), ru: med((s) => s.ru), ms: spread(samples.map((s) => s.ms)), runs: samples.length };
}

/**
 * Runs `ours(i)` and `naive(i)` `runs` times, interleaved and alternating which goes first, after one untimed
 * warm-up of each (JIT, connection pool).
 */
export async function sideBySide(runs: number, ours: (run: number) => Promise<Sample>, naive: (run: number) => Promise<Sample>, warmUp = true): Promise<{ ours: Figure; naive: Figure }> {
  if (warmUp) {
    await ours(-1);
    await naive(-1);
  }
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      a.push(await ours(i));
      b.push(await naive(i));
    } else {
      b.push(await naive(i));
      a.push(await ours(i));
    }
  }
  return { ours: figureOf(a), naive: figureOf(b) };
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const elapsed = (since: number): number => performance.now() - since;
