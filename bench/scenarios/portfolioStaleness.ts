// 10. What a tick costs and how stale the coordinators' Portfolio is after it (issue 14): a burst of 5 ticks, 1 s
// apart, by one participant (no polling, so only writes are metered), then the Portfolio row read every 500 ms as
// the coordinator until its progress shows all five. RU per tick = the writer's RU (emulator meter, by user) over
// that whole window ÷ 5, so Portfolio or summary writes the store defers to later are counted too.
import type { BenchWorld } from '../lib/benchWorld';
import { ITEM_KEYS, MODEL } from '../lib/benchWorld';
import { sleep } from '../lib/measure';
import { openAsApp, settled } from '../lib/sessions';
import { readPortfolioRow } from '../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../src/store/portfolio/rowModels';
import { phaseProgress } from '../../src/domain/progress';

export interface StalenessResult {
  ticks: number;
  ruPerTick: number;
  /** From the last tick confirmed to the Portfolio row showing it (ms); null when not within the deadline. */
  portfolioStaleMs: number | null;
  deadlineMs: number;
}

const TICKS = 5;
const DEADLINE_MS = 120_000;

export async function portfolioStalenessScenario(world: BenchWorld): Promise<StalenessResult> {
  const project = await world.project(0);
  const writer = (await openAsApp(world, 'kari', project.projectKey, 'bench-stale-writer', null)).session;
  const coordinator = world.store('kristin').connection.graph;
  const phase = MODEL.phases[0];
  const items = ITEM_KEYS.slice(0, TICKS);
  try {
    await world.emulator.admin.resetStats();
    for (const [i, itemKey] of items.entries()) {
      if (i > 0) await sleep(1_000);
      writer.dispatch({ kind: 'setStatus', itemKey, status: 'done' });
      await settled(writer);
    }
    const lastConfirmed = performance.now();
    // What the row must say once it has caught up: the phase's progress in the state Graph confirmed.
    const confirmed = writer.snapshot().confirmed;
    const expected = phase && confirmed ? Math.round(phaseProgress(phase, confirmed).ratio * 100) : -1;
    let stale: number | null = null;
    while (performance.now() - lastConfirmed < DEADLINE_MS) {
      const row = await readPortfolioRow(coordinator, world.portfolio, project.projectKey, fixedModels(MODEL));
      const progress = phase ? row?.progress[phase.key] : undefined;
      if (progress === expected) {
        stale = Math.max(0, performance.now() - lastConfirmed);
        break;
      }
      await sleep(500);
    }
    const stats = await world.stats();
    const ru = stats.byUser.kari?.resourceUnits ?? 0;
    return { ticks: TICKS, ruPerTick: Math.round((ru / TICKS) * 10) / 10, portfolioStaleMs: stale === null ? null : Math.round(stale), deadlineMs: DEADLINE_MS };
  } finally {
    writer.dispose();
  }
}
