// 11. Innsikt at 100, 1,000 and 5,000 projects, after sign-in with the coordination site's lists known (what the app
// has remembered beside any project it opened) and cold (the lists looked up first): round trips, bytes, RU and the
// time to first render (the read plus the figures). The emulator pages at 5,000 here, as SharePoint honours $top up
// to 5,000 on list items (see src/store/insight/loadInsight.ts). Beside it, the naive way: read every project's own
// lists (its site, lists, project row, participants and each requirement's row, as the naive client opens a
// project), measured on one real project and multiplied by the number of projects (reading 5,000 sites for real
// would take hours), and the FSU/SSU report's generation for 1,000 projects (content and .docx).
import { loadInsight } from '../../src/store/insight/loadInsight';
import { buildInsight } from '../../src/domain/insight/buildInsight';
import { reportContent } from '../../src/export/insightReport/reportContent';
import { reportDocx } from '../../src/export/insightReport/reportDocx';
import { seedPortfolio } from '../../scripts/lib/seedPortfolio';
import { locatePortfolio } from '../../src/store/portfolio/locatePortfolio';
import { provisionSite } from '../../src/store/provisioning/provision';
import type { BenchWorld } from '../lib/benchWorld';
import { MODEL } from '../lib/benchWorld';
import { figureOf } from '../lib/measure';
import type { Figure, Sample } from '../lib/measure';

export interface InsightAtSize {
  projects: number;
  /** The lists known: one $batch. */
  warm: Figure;
  /** The lists looked up first. */
  cold: Figure;
  /** Of `warm.ms`, the figures alone (buildInsight). */
  figuresMs: number;
  /** Every project's own lists, one project measured and multiplied. */
  naive: Sample;
}

export interface InsightResult {
  sizes: InsightAtSize[];
  /** The FSU/SSU report for 1,000 projects (or the largest size below it): content and .docx, in ms. */
  report: { projects: number; ms: number; bytes: number };
}

const options = { modelId: MODEL.id, reference: MODEL, modelFor: async (version: string) => (version === MODEL.version ? MODEL : undefined) };

/** A coordination site of its own (kari owns /sites/nytt-prosjekt), so the rows are exactly the seeded ones whatever ran before. */
const SITE = 'nytt-prosjekt';
const READER = 'kari';

export async function insightScenario(world: BenchWorld, sizes: readonly number[], runs: number, latencyMs: number): Promise<InsightResult> {
  await world.latency(0);
  const seeder = world.store(READER).connection.graph;
  const site = world.emulator.sites[SITE]!;
  await provisionSite(seeder, site.id, { lists: 'portfolio' });
  const coordinationSite = { siteUrl: site.webUrl };
  const portfolio = await locatePortfolio(seeder, coordinationSite);
  const out: InsightAtSize[] = [];
  let seeded = 0;
  const now = new Date();
  // One real project read the naive way, at the same latency: what each project costs when Innsikt reads project sites.
  const { projectKey } = await world.project(12);
  await world.latency(latencyMs);
  const perProject = await world.measure(() => world.naive('kristin').open(projectKey));
  await world.emulator.admin.setSettings({ pageSize: 5000 });
  let report = { projects: 0, ms: 0, bytes: 0 };
  try {
    for (const size of sizes) {
      await world.latency(0);
      if (size > seeded) await seedPortfolio(seeder, portfolio, { count: size - seeded, model: MODEL, firstIndex: seeded + 1, now });
      seeded = size;
      await world.latency(latencyMs);
      const graph = world.store(READER).connection.graph;
      let figuresMs = 0;
      const warmSamples: Sample[] = [];
      const coldSamples: Sample[] = [];
      for (let run = 0; run < runs; run += 1) {
        warmSamples.push(await world.measure(async () => {
          const loaded = await loadInsight(graph, portfolio, options);
          const started = performance.now();
          buildInsight(loaded.projects, { reference: loaded.reference, feedback: loaded.feedback, now });
          figuresMs = performance.now() - started;
        }));
        coldSamples.push(await world.measure(async () => {
          const loaded = await loadInsight(graph, await locatePortfolio(graph, coordinationSite), options);
          buildInsight(loaded.projects, { reference: loaded.reference, feedback: loaded.feedback, now });
        }));
      }
      const scale = (n: number) => n * size;
      out.push({
        projects: size,
        warm: figureOf(warmSamples),
        cold: figureOf(coldSamples),
        figuresMs,
        naive: { roundTrips: scale(perProject.roundTrips), requests: scale(perProject.requests), bytes: scale(perProject.bytes), ru: scale(perProject.ru), ms: scale(perProject.ms) },
      });
      if (size <= 1000) {
        await world.latency(0);
        const loaded = await loadInsight(graph, portfolio, options);
        const started = performance.now();
        const insight = buildInsight(loaded.projects, { reference: loaded.reference, feedback: loaded.feedback, now });
        const blob = await reportDocx(reportContent(insight, loaded.projects, { reference: loaded.reference, language: 'nb', now }));
        report = { projects: loaded.projects.length, ms: performance.now() - started, bytes: blob.size };
      }
    }
  } finally {
    await world.emulator.admin.setSettings({ pageSize: 200 });
  }
  return { sizes: out, report };
}
