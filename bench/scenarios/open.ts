// 1. Opening a project tab: cold (nothing on the device) and warm (the cached state painted first, then revalidated).
// Ours goes the app's way (locate site and lists → /me → session); naive reads the site, its lists, the project row,
// participants and then each of the 37 checklist items one by one, and has no cache (warm = cold).
// `model` (issue 12): the same open with the project's model read as the app reads it, inside the locate and load
// batches, against the same open without; cold (nothing on the device) and warm (the next session on that device).
import { MODEL } from '../lib/benchWorld';
import type { BenchWorld } from '../lib/benchWorld';
import { createModelCache } from '../../src/store/model/ModelCache';
import type { ModelCache } from '../../src/store/model/ModelCache';
import { locateModelList, ModelRepository } from '../../src/store/model/ModelRepository';
import { createModelSource } from '../../src/store/model/ModelSource';
import { projectModelsFrom } from '../../src/store/model/projectModels';
import type { PortfolioTarget } from '../../src/store/graph/siteLocator';
import { cached, openAsApp } from '../lib/sessions';
import type { OpenTrace } from '../lib/sessions';
import { sideBySide, spread } from '../lib/measure';
import type { Figure, Sample, Spread } from '../lib/measure';
import { kristin } from '../../testkit/people';

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

/** One open with the model read inside it: round trips, bytes on the wire (uncompressed), and the bytes the model reads added. */
export interface ModelOpenFigure {
  roundTrips: number;
  bytes: number;
  modelBytes: number;
  /** The project ran on its recorded version (1.0.0, as published in the coordination site). */
  onRecordedVersion: boolean;
}

export interface OpenResult {
  cold: { ours: Figure; naive: Figure; oursStages: OpenStages; model: ModelOpenFigure };
  warm: { ours: Figure; naive: Figure; oursStages: OpenStages; model: ModelOpenFigure };
}

/** The coordination site's model as version 1 (once per world), so the opens have a published version to read. */
async function publishedModel(world: BenchWorld): Promise<void> {
  const graph = world.store('kristin').connection.graph;
  const repository = new ModelRepository(graph, await locateModelList(graph, world.coordinationSite), MODEL.id);
  if ((await repository.index()).published.length > 0) return;
  await repository.publish(MODEL, { changeNote: 'Bench', by: kristin, at: new Date().toISOString() });
}

/**
 * Cold: locate + load on a device with nothing; warm: the next session's load on that device (the location and the
 * Portfolio/model lists remembered, the published version cached for good). Each against the same open without the
 * model port, so `modelBytes` is what the model costs on top.
 */
async function modelOpens(world: BenchWorld, projectKey: string, tag: string): Promise<{ cold: ModelOpenFigure; warm: ModelOpenFigure }> {
  await publishedModel(world);
  const storeOn = (cache: ModelCache | undefined, known?: PortfolioTarget) => {
    const models = cache && projectModelsFrom(createModelSource({ modelId: MODEL.id, fallback: MODEL, cache, repository: () => Promise.reject(new Error('read by the store')) }), MODEL);
    return world.store('kari', { ...(models ? { models } : {}), ...(known ? { knownPortfolioTarget: known } : {}) });
  };
  const site = { siteId: world.location.siteId };
  // Bytes as the client counts them on the wire (the emulator's count adds a batch's parts to its envelope).
  const measured = async (store: ReturnType<typeof storeOn>, work: () => Promise<unknown>) => {
    const wire = () => store.connection.graph.traffic.snapshot();
    const before = wire();
    const { roundTrips } = await world.measure(work);
    const after = wire();
    return { roundTrips, bytes: after.bytesSent + after.bytesReceived - before.bytesSent - before.bytesReceived, version: store.projectModel(projectKey)?.model.version ?? '' };
  };
  const cold = async (cache: ModelCache | undefined) => {
    const store = storeOn(cache);
    const sample = await measured(store, async () => store.loadProject(await store.locate(site), projectKey));
    return { ...sample, known: await store.portfolioTargetKnown() };
  };
  const warm = async (cache: ModelCache | undefined, known: PortfolioTarget | undefined) => {
    const store = storeOn(cache, known);
    return measured(store, () => store.loadProject(world.location, projectKey));
  };
  const device = createModelCache(`bench-${tag}-model`);
  const [withModel, without] = [await cold(device), await cold(undefined)];
  const [warmWith, warmWithout] = [await warm(device, withModel.known), await warm(undefined, without.known)];
  const figure = (ours: { roundTrips: number; bytes: number; version: string }, plain: { bytes: number }): ModelOpenFigure => ({
    roundTrips: ours.roundTrips,
    bytes: ours.bytes,
    modelBytes: ours.bytes - plain.bytes,
    onRecordedVersion: ours.version === MODEL.version,
  });
  return { cold: figure(withModel, without), warm: figure(warmWith, warmWithout) };
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

  const model = await modelOpens(world, projectKey, tag);
  return {
    cold: { ...cold, oursStages: stagesOf(coldTraces), model: model.cold },
    warm: { ...warm, oursStages: stagesOf(warmTraces), model: model.warm },
  };
}

