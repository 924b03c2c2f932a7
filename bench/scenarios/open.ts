// 1. Opening a project tab: cold (nothing on the device) and warm (the cached state painted first, then revalidated).
// Ours goes the app's way (locate site and lists → /me → session); naive reads the site, its lists, the project row,
// participants and then each of the 37 checklist items one by one, and has no cache (warm = cold).
import type { BenchWorld } from '../lib/benchWorld';
import { cached, openAsApp } from '../lib/sessions';
import type { OpenTrace } from '../lib/sessions';
import { sideBySide, spread } from '../lib/measure';
import type { Figure, Sample, Spread } from '../lib/measure';

export interface OpenStages {
  /** Round trips before the first paint (median), and the time. */
  paintRoundTrips: number;
  paintMs: Spread;
  /** Round trips of the session itself (location and user already known): before paint, and to revalidate. */
  sessionPaintRoundTrips: number;
  sessionRevalidateRoundTrips: number;
  /** Round trips spent locating site + lists, and on /me, before the session starts. */
  locateRoundTrips: number;
  meRoundTrips: number;
  /** Round trips after the first paint until the screen holds SharePoint's current state. */
  revalidateAfterPaintRoundTrips: number;
  paintedFromCache: boolean;
}

export interface OpenResult {
  cold: { ours: Figure; naive: Figure; oursStages: OpenStages };
  warm: { ours: Figure; naive: Figure; oursStages: OpenStages };
}

function stagesOf(traces: OpenTrace[]): OpenStages {
  const med = (pick: (t: OpenTrace) => number): number => spread(traces.map(pick)).median;
  return {
    paintRoundTrips: med((t) => t.painted.roundTrips),
    paintMs: spread(traces.map((t) => t.painted.ms)),
    sessionPaintRoundTrips: med((t) => t.painted.roundTrips - t.signedInAs.roundTrips),
    sessionRevalidateRoundTrips: med((t) => t.revalidated.roundTrips - t.signedInAs.roundTrips),
    locateRoundTrips: med((t) => t.located.roundTrips),
    meRoundTrips: med((t) => t.signedInAs.roundTrips - t.located.roundTrips),
    revalidateAfterPaintRoundTrips: med((t) => t.revalidated.roundTrips - t.painted.roundTrips),
    paintedFromCache: traces.every((t) => t.painted.fromCache),
  };
}

export async function openScenario(world: BenchWorld, runs: number, projectKey: string, tag: string): Promise<OpenResult> {
  const naive = async (): Promise<Sample> => world.measure(() => world.naive('kari').open(projectKey));

  const coldTraces: OpenTrace[] = [];
  const cold = await sideBySide(runs, async (i) => {
    let trace: OpenTrace | undefined;
    const sample = await world.measure(async () => {
      const opened = await openAsApp(world, 'kari', projectKey, `bench-${tag}-cold-${i}`);
      opened.session.dispose();
      trace = opened.trace;
    });
    if (i >= 0 && trace) coldTraces.push(trace);
    return sample;
  }, naive);

  const warmTraces: OpenTrace[] = [];
  const warm = await sideBySide(runs, async (i) => {
    const db = `bench-${tag}-warm-${i}`;
    const primed = await openAsApp(world, 'kari', projectKey, db);
    primed.session.dispose();
    await cached(db, world.location.siteId, projectKey);
    let trace: OpenTrace | undefined;
    const sample = await world.measure(async () => {
      const opened = await openAsApp(world, 'kari', projectKey, db);
      opened.session.dispose();
      trace = opened.trace;
    });
    if (i >= 0 && trace) warmTraces.push(trace);
    return sample;
  }, naive);

  return {
    cold: { ...cold, oursStages: stagesOf(coldTraces) },
    warm: { ...warm, oursStages: stagesOf(warmTraces) },
  };
}

