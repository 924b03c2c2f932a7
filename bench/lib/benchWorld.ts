// The world every scenario runs in: one emulator (in-memory, loopback HTTPS), our lists provisioned in a project
// site and the Portfolio list in the coordination site, a project with some ticks, and ways to connect as a dev
// user the way the app does (ours) and the naive way. Reuses the tests' emulator helper and store fixture.
import { randomUUID } from 'node:crypto';
import { startTestEmulator } from '../../testkit/emulator';
import type { StatsSnapshot, TestEmulator } from '../../testkit/emulator';
import { actorFor, intentOf, newProject, provisioned, storeFor } from '../../testkit/storeFixture';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { Intent, IntentBody } from '../../src/domain/types';
import type { ProjectLocation, SiteAddress } from '../../src/store/ChecklistStore';
import type { GraphChecklistStore } from '../../src/store/graph/GraphChecklistStore';
import { locatePortfolio } from '../../src/store/portfolio/locatePortfolio';
import type { PortfolioLocation } from '../../src/store/portfolio/locatePortfolio';
import { NaiveClient } from '../naive/NaiveClient';
import { browserFetch } from '../../testkit/browserFetch';
import { realSleep } from '../../src/store/graphClient/retryPolicy';
import type { Sample } from './measure';
import { elapsed } from './measure';
import type { GraphChecklistStoreOptions } from '../../src/store/graph/GraphChecklistStore';

export const PROJECT_SITE = 'lungepasienter';
export const MODEL = DEFAULT_MODEL;
/** Every checklist item key of the model, in order. */
export const ITEM_KEYS = MODEL.phases.flatMap((p) => p.checklist.map((i) => i.key));

export interface BenchWorld {
  emulator: TestEmulator;
  location: ProjectLocation;
  siteUrl: string;
  coordinationSite: SiteAddress;
  portfolio: PortfolioLocation;
  /** Our store as the app builds it (with the Portfolio site), on a fresh Graph connection. */
  store(userId: string, extra?: Partial<GraphChecklistStoreOptions>): GraphChecklistStore & { connection: ReturnType<typeof storeFor>['connection'] };
  naive(userId: string): NaiveClient;
  intent(userId: string, projectKey: string, body: IntentBody): Intent;
  /** A new project with `ticked` items done (written as kari), and its Portfolio row's id. */
  project(ticked?: number): Promise<{ projectKey: string; portfolioRowId: string }>;
  latency(ms: number): Promise<void>;
  /** Resets the emulator's stats, runs `work`, and reads what it cost from the emulator. */
  measure(work: () => Promise<unknown>): Promise<Sample>;
  stats(): Promise<StatsSnapshot>;
  close(): Promise<void>;
}

/** Round trips = top-level requests; requests = Graph operations (a $batch envelope is not one, its inner requests are). */
export function sampleFrom(stats: StatsSnapshot, ms: number): Sample {
  return { roundTrips: stats.topLevel, requests: stats.total - (stats.byKind.batch ?? 0), bytes: stats.bytesIn + stats.bytesOut, ru: stats.resourceUnits, ms };
}

export async function startWorld(): Promise<BenchWorld> {
  const emulator = await startTestEmulator();
  const siteId = await provisioned(emulator, PROJECT_SITE, 'kari');
  await provisioned(emulator, 'koordinering', 'kristin');
  const siteUrl = emulator.sites[PROJECT_SITE]?.webUrl ?? '';
  const coordinationSiteUrl = emulator.sites.koordinering?.webUrl ?? '';
  const coordinationSite: SiteAddress = { siteUrl: coordinationSiteUrl };
  // As the app runs: real waits between retries, its own random source, and Graph's answers as a browser reads them
  // (no throttling headers at top level: the budget signals come from inside $batch).
  const storeAs = (userId: string, extra: Partial<GraphChecklistStoreOptions> = {}) =>
    storeFor(emulator, userId, { portfolioSite: coordinationSite, model: MODEL, ...extra }, { sleep: realSleep, random: Math.random, fetch: browserFetch() });
  const location = await storeAs('kari').locate({ siteId });
  const portfolio = await locatePortfolio(storeAs('kristin').connection.graph, coordinationSite);
  const coordinationSiteId = emulator.sites.koordinering?.id ?? '';

  const world: BenchWorld = {
    emulator,
    location,
    siteUrl,
    coordinationSite,
    portfolio,
    store: storeAs,
    naive: (userId) => new NaiveClient({ graphBaseUrl: emulator.graphBaseUrl, token: emulator.tokenFor(userId), model: MODEL, siteUrl, coordinationSiteUrl }),
    intent: (userId, projectKey, body) => intentOf(emulator, userId, projectKey, body),
    async project(ticked = 12) {
      const project = newProject();
      const writer = storeAs('kari');
      await writer.createProject(location, project, randomUUID());
      for (const itemKey of ITEM_KEYS.slice(0, ticked)) {
        await writer.apply(location, intentOf(emulator, 'kari', project.projectKey, { kind: 'setStatus', itemKey, status: 'done' }));
      }
      // The Portfolio row the first tick created (the naive client is handed its id).
      const rows = await emulator.graph<{ value: { id: string }[] }>('kristin', 'GET', `/sites/${coordinationSiteId}/lists/${portfolio.listId}/items?$filter=${encodeURIComponent(`fields/ProjectKey eq '${project.projectKey}'`)}`);
      return { projectKey: project.projectKey, portfolioRowId: rows.body.value[0]?.id ?? '' };
    },
    async latency(ms) {
      // Per round trip: the $batch envelope waits, its inner requests do not (they travel together).
      if (ms > 0) await emulator.admin.setFaults({ latencyMs: ms, applyTo: 'top' });
      else await emulator.admin.clearFaults();
    },
    async measure(work) {
      await emulator.admin.resetStats();
      const started = performance.now();
      await work();
      const ms = elapsed(started);
      return sampleFrom(await emulator.admin.stats(), ms);
    },
    stats: () => emulator.admin.stats(),
    close: () => emulator.close(),
  };
  return world;
}

export { actorFor };
export const portfolioTarget = (world: BenchWorld, rowId: string) => ({ siteId: world.emulator.sites.koordinering?.id ?? '', listId: world.portfolio.listId, rowId });
