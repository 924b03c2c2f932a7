// 3. Propagation: from one person's tick to the moment a second person's meeting panel shows it, polling at the
// meeting-panel interval (pollIntervalFor('sidePanel', true), 4.25 s when quiet). The tick is made at fixed fractions of the
// poll cycle (10 %, 30 %, 50 %, 70 %, 90 % after the reader's last poll), so the median is the typical case, not luck.
// Ours and naive run at the same time on two projects (time is the figure here; the cost per poll is in scenario 5/6).
import type { ItemStatus } from '../../src/domain/types';
import { pollIntervalFor } from '../../src/store/sync';
import type { BenchWorld } from '../lib/benchWorld';
import { portfolioTarget } from '../lib/benchWorld';
import { sleep, spread } from '../lib/measure';
import type { Spread } from '../lib/measure';
import { nextSync, openAsApp, until } from '../lib/sessions';
import type { NaiveProject } from '../naive/NaiveClient';

export interface PropagationResult {
  pollIntervalMs: number;
  ours: Spread;
  naive: Spread;
  runs: number;
}

const FRACTIONS = [0.1, 0.3, 0.5, 0.7, 0.9];

async function oursRuns(world: BenchWorld, projectKey: string, itemKey: string, interval: number, runs: number, tag: string): Promise<number[]> {
  const reader = (await openAsApp(world, 'ingrid', projectKey, `bench-${tag}-prop-reader`, interval)).session;
  const writer = (await openAsApp(world, 'kari', projectKey, `bench-${tag}-prop-writer`, null)).session;
  const out: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const status: ItemStatus = writer.snapshot().state?.items[itemKey]?.status === 'done' ? 'open' : 'done';
      await nextSync(reader);
      await sleep((FRACTIONS[i % FRACTIONS.length] as number) * interval);
      const clicked = performance.now();
      writer.dispatch({ kind: 'setStatus', itemKey, status });
      await until(reader, (s) => s.state?.items[itemKey]?.status === status);
      out.push(performance.now() - clicked);
    }
  } finally {
    reader.dispose();
    writer.dispose();
  }
  return out;
}

/** The naive reader reloads everything, then waits one interval, again and again. */
async function naiveRuns(world: BenchWorld, project: { projectKey: string; portfolioRowId: string }, itemKey: string, interval: number, runs: number): Promise<number[]> {
  const readerClient = world.naive('ingrid');
  const writerClient = world.naive('kari');
  const writerProject = await writerClient.open(project.projectKey);
  const target = portfolioTarget(world, project.portfolioRowId);
  let stop = false;
  const reloaded = new Set<(p: NaiveProject) => void>();
  const loop = (async () => {
    while (!stop) {
      const latest = await readerClient.open(project.projectKey);
      for (const listener of [...reloaded]) listener(latest);
      await sleep(interval);
    }
  })();
  const nextReload = (): Promise<NaiveProject> => new Promise((resolve) => {
    const once = (p: NaiveProject) => { reloaded.delete(once); resolve(p); };
    reloaded.add(once);
  });
  const out: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const status: ItemStatus = writerProject.state.items[itemKey]?.status === 'done' ? 'open' : 'done';
      await nextReload();
      await sleep((FRACTIONS[i % FRACTIONS.length] as number) * interval);
      const clicked = performance.now();
      const intent = world.intent('kari', project.projectKey, { kind: 'setStatus', itemKey, status }) as Parameters<typeof writerClient.apply>[1];
      await writerClient.apply(writerProject, intent, target);
      for (;;) {
        const seen = await nextReload();
        if (seen.state.items[itemKey]?.status === status) break;
      }
      out.push(performance.now() - clicked);
    }
  } finally {
    stop = true;
    await loop;
  }
  return out;
}

export async function propagationScenario(world: BenchWorld, runs: number, ours: { projectKey: string }, naive: { projectKey: string; portfolioRowId: string }, itemKey: string, tag: string): Promise<PropagationResult> {
  const interval = pollIntervalFor('sidePanel', true) ?? 5000;
  const [a, b] = await Promise.all([oursRuns(world, ours.projectKey, itemKey, interval, runs, tag), naiveRuns(world, naive, itemKey, interval, runs)]);
  return { pollIntervalMs: interval, ours: spread(a), naive: spread(b), runs };
}
