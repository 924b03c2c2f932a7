// Opening a project the way the app does it (SiteGate → ProjectScreen → ProjectSession): the site's location and who
// I am from the device or one locate $batch, then the session on the device's IndexedDB (fake-indexeddb in Node).
import type { ProjectSession, SessionSnapshot } from '../../src/store/ChecklistStore';
import { createProjectSession, IndexedDbIntentQueue, IndexedDbStateCache, manualOnlineSignal } from '../../src/store/sync';
import type { ProjectSessionOptions } from '../../src/store/sync';
import { createSiteCache } from '../../src/store/sync/SiteCache';
import type { GraphTrafficSnapshot } from '../../src/store/graphClient/createGraphClient';
import { settled, until } from '../../testkit/sessionWaits';
import type { BenchWorld } from './benchWorld';
import { actorFor, MODEL } from './benchWorld';
import { elapsed } from './measure';

export { settled, until };

/** Round trips (client-side count) and time at each step of an open. */
export interface OpenTrace {
  located: { roundTrips: number; ms: number };
  signedInAs: { roundTrips: number; ms: number };
  /** First state on screen (from cache when warm). */
  painted: { roundTrips: number; ms: number; fromCache: boolean };
  /** The screen holds what SharePoint says now. */
  revalidated: { roundTrips: number; ms: number };
}

export interface OpenedSession {
  session: ProjectSession;
  trace: OpenTrace;
}

const hasState = (s: SessionSnapshot): boolean => s.state !== undefined;
const confirmedFresh = (s: SessionSnapshot): boolean => s.status === 'ready' && !s.fromCache;
const failed = (s: SessionSnapshot): boolean => s.status === 'error';

/** A Storage in memory, standing in for the browser's localStorage behind the app's SiteCache. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number { return this.items.size; }
  clear(): void { this.items.clear(); }
  getItem(key: string): string | null { return this.items.get(key) ?? null; }
  key(index: number): string | null { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string): void { this.items.delete(key); }
  setItem(key: string, value: string): void { this.items.set(key, value); }
}

/** One "device" per database name: its localStorage survives between opens, as a browser's does. */
const devices = new Map<string, Storage>();

/**
 * Opens a project as the app does (src/ui/shell/services.ts + SiteGate + ProjectScreen): the site's location and who
 * I am from the device's SiteCache when known, else one `locate` $batch (site, lists, /me, coordination site); then
 * the session paints from its IndexedDB cache (warm) or after its one-$batch load (cold).
 */
export async function openAsApp(world: BenchWorld, userId: string, projectKey: string, databaseName: string, pollIntervalMs: number | null = null, extra: Partial<ProjectSessionOptions> = {}): Promise<OpenedSession> {
  const device = devices.get(databaseName) ?? new MemoryStorage();
  devices.set(databaseName, device);
  const sites = createSiteCache(databaseName, device);
  const knownPortfolio = sites.portfolio();
  const store = world.store(userId, knownPortfolio ? { knownPortfolioTarget: knownPortfolio } : {});
  const traffic = store.connection.graph.traffic;
  const trips = (): number => traffic.snapshot().roundTrips;
  const site = { siteUrl: world.siteUrl };
  const started = performance.now();
  let location = sites.location(site);
  if (!location) {
    location = await store.locate(site);
    sites.rememberLocation(site, location);
    const portfolio = await store.portfolioTargetKnown();
    if (portfolio) sites.rememberPortfolio(portfolio);
  }
  const located = { roundTrips: trips(), ms: elapsed(started) };
  const me = sites.me() ?? (await store.whoAmI());
  sites.rememberMe(me);
  if (!me.id) throw new Error('no /me');
  const signedInAs = { roundTrips: trips(), ms: elapsed(started) };
  const session = createProjectSession({
    store,
    location,
    projectKey,
    actor: actorFor(world.emulator, userId),
    model: MODEL,
    queue: new IndexedDbIntentQueue({ databaseName }),
    cache: new IndexedDbStateCache({ databaseName }),
    online: manualOnlineSignal(true),
    pollIntervalMs,
    ...extra,
  });
  let first: SessionSnapshot;
  try {
    first = await until(session, hasState, failed);
  } catch (error) {
    session.dispose();
    throw error;
  }
  const painted = { roundTrips: trips(), ms: elapsed(started), fromCache: first.fromCache };
  await until(session, confirmedFresh, failed).catch((error: unknown) => {
    session.dispose();
    throw error;
  });
  const revalidated = { roundTrips: trips(), ms: elapsed(started) };
  return { session, trace: { located, signedInAs, painted, revalidated } };
}

/** Resolves when the session has stored its confirmed state in the device cache (the put is fire-and-forget). */
export async function cached(databaseName: string, siteId: string, projectKey: string): Promise<void> {
  const cache = new IndexedDbStateCache({ databaseName });
  for (let i = 0; i < 200; i += 1) {
    if (await cache.get(siteId, projectKey)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('the state cache was never written');
}

/** Resolves at the session's next completed sync (its lastSyncedAt moves). */
export function nextSync(session: ProjectSession): Promise<SessionSnapshot> {
  const before = session.snapshot().lastSyncedAt;
  return until(session, (s) => s.lastSyncedAt !== before);
}

export type { GraphTrafficSnapshot };
