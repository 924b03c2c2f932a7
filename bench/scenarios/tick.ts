// 2. A tick: how long until the screen shows it, and what it takes until SharePoint confirmed it.
// Ours: the session shows the intent synchronously (optimistic, queued durably), then sends one $batch.
// Naive: read the row, write it, append the event, rewrite the summary, rewrite the Portfolio row, one after the
// other; its screen changes only when all of that has answered. Each ticks its own project: the naive's rewrites of
// the derived rows would otherwise move the eTags ours holds, and every tick of ours would measure a conflict.
import type { ItemStatus } from '../../src/domain/types';
import type { BenchWorld } from '../lib/benchWorld';
import { portfolioTarget } from '../lib/benchWorld';
import { sideBySide, spread } from '../lib/measure';
import type { Figure, Sample, Spread } from '../lib/measure';
import { openAsApp, settled, until } from '../lib/sessions';

export interface TickResult {
  /** Until Graph confirmed the tick (ours: the queue is empty again). */
  confirm: { ours: Figure; naive: Figure };
  /** From the click to a state on screen that shows it. */
  screenMs: { ours: Spread; naive: Spread };
}

type BenchProject = { projectKey: string; portfolioRowId: string };

export async function tickScenario(world: BenchWorld, runs: number, projects: { ours: BenchProject; naive: BenchProject }, items: { ours: string; naive: string }, tag: string): Promise<TickResult> {
  const { projectKey } = projects.ours;
  // Different items: a naive write to our item would make our cached eTag stale (a 412 and a second round trip).
  const itemKey = items.ours;
  const naiveItem = items.naive;
  const opened = await openAsApp(world, 'kari', projectKey, `bench-${tag}-tick`);
  const session = opened.session;
  const naive = world.naive('kari');
  const naiveProject = await naive.open(projects.naive.projectKey);
  const target = portfolioTarget(world, projects.naive.portfolioRowId);
  const screen = { ours: [] as number[], naive: [] as number[] };
  let oursStatus: ItemStatus = session.snapshot().state?.items[itemKey]?.status ?? 'open';
  let naiveStatus: ItemStatus = naiveProject.state.items[naiveItem]?.status ?? 'open';
  try {
    const confirm = await sideBySide(runs, async (i): Promise<Sample> => {
      const status: ItemStatus = oursStatus === 'done' ? 'open' : 'done';
      oursStatus = status;
      return world.measure(async () => {
        const clicked = performance.now();
        session.dispatch({ kind: 'setStatus', itemKey, status });
        // The snapshot the next render reads: is the tick in it?
        await until(session, (s) => s.state?.items[itemKey]?.status === status);
        if (i >= 0) screen.ours.push(performance.now() - clicked);
        await settled(session);
      });
    }, async (i): Promise<Sample> => {
      const status: ItemStatus = naiveStatus === 'done' ? 'open' : 'done';
      naiveStatus = status;
      return world.measure(async () => {
        const clicked = performance.now();
        const intent = world.intent('kari', projects.naive.projectKey, { kind: 'setStatus', itemKey: naiveItem, status }) as Parameters<typeof naive.apply>[1];
        const shown = await naive.apply(naiveProject, intent, target);
        if (shown.items[naiveItem]?.status !== status) throw new Error('naive tick not applied');
        if (i >= 0) screen.naive.push(performance.now() - clicked);
      });
    });
    return { confirm, screenMs: { ours: spread(screen.ours), naive: spread(screen.naive) } };
  } finally {
    session.dispose();
  }
}
