// 4. The coordinators' overview at 100, 1,000 and 5,000 projects: cold (nothing known) and refreshed (a project
// changed since). Ours: PortfolioReader (locate the list, then the list's delta enumeration with $select; a refresh
// is one delta request). Naive: the site, its lists, then every row with default paging and all fields; a refresh
// reloads everything. Rows are seeded with scripts/lib/seedPortfolio.ts ($batch of 20, without latency).
import { createPortfolioReader } from '../../src/store/portfolio/PortfolioReader';
import { fixedModels } from '../../src/store/portfolio/rowModels';
import type { PortfolioCursor } from '../../src/store/portfolio/PortfolioReader';
import { seedPortfolio, syntheticProjectKey } from '../../scripts/lib/seedPortfolio';
import type { BenchWorld } from '../lib/benchWorld';
import { MODEL } from '../lib/benchWorld';
import { sideBySide } from '../lib/measure';
import type { Figure } from '../lib/measure';

export interface OverviewAtSize {
  projects: number;
  cold: { ours: Figure; naive: Figure };
  refresh: { ours: Figure; naive: Figure };
}

export async function overviewScenario(world: BenchWorld, sizes: readonly number[], runs: number, latencyMs: number): Promise<OverviewAtSize[]> {
  const seeder = world.store('kristin').connection.graph;
  const out: OverviewAtSize[] = [];
  let seeded = 0;
  let touch = 0;
  for (const size of sizes) {
    await world.latency(0);
    if (size > seeded) await seedPortfolio(seeder, world.portfolio, { count: size - seeded, model: MODEL, firstIndex: seeded + 1 });
    seeded = size;
    await world.latency(latencyMs);
    const expectRows = async (count: number): Promise<void> => {
      if (count < size) throw new Error(`overview read ${count} of ${size} rows`);
    };
    const cold = await sideBySide(runs, () => world.measure(async () => {
      const loaded = await createPortfolioReader(world.store('kristin').connection.graph, world.coordinationSite, { models: fixedModels(MODEL) }).load();
      await expectRows(loaded.rows.length);
    }), () => world.measure(async () => expectRows(await world.naive('kristin').overview())), false);

    // Refreshed: the overview is open (cursor in hand) and one project has changed since.
    const graph = world.store('kristin').connection.graph;
    const reader = createPortfolioReader(graph, world.coordinationSite, { models: fixedModels(MODEL) });
    let cursor: PortfolioCursor = (await reader.load()).cursor;
    const someoneTicks = async (): Promise<void> => {
      touch += 1;
      const rows = await world.emulator.graph<{ value: { id: string }[] }>('kristin', 'GET', `${world.portfolio.siteBase}/lists/${world.portfolio.listId}/items?$filter=${encodeURIComponent(`fields/ProjectKey eq '${syntheticProjectKey(1)}'`)}`);
      const id = rows.body.value[0]?.id;
      await world.emulator.graph('kristin', 'PATCH', `${world.portfolio.siteBase}/lists/${world.portfolio.listId}/items/${id}/fields`, { OpenDualConfirmations: touch % 4 });
    };
    const refresh = await sideBySide(runs, async () => {
      await someoneTicks();
      return world.measure(async () => {
        const changes = await reader.refresh(cursor);
        cursor = changes.cursor;
        if (changes.changed.length + (changes.rows?.length ?? 0) < 1) throw new Error('refresh missed the change');
      });
    }, async () => {
      await someoneTicks();
      return world.measure(async () => expectRows(await world.naive('kristin').overview()));
    }, false);
    out.push({ projects: size, cold, refresh });
  }
  return out;
}
