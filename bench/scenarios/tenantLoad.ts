// 9. A tenant under load (issue 14): 40 meetings of 8 at once (320 participants) against the emulator's default
// per-app tenant budget (tenantRuPerMinute, Microsoft's figure for 5,001–15,000 licences), 50 ms per round trip.
// Compressed: each meeting runs one of the profile's three bursts (meeting m runs burst m mod 3), and all 40 run
// it at the same time: the busiest minutes a tenant of 40 simultaneous meetings could see, not an average hour.
// Uniqueness is off in the emulator meanwhile, so a duplicated write would be stored and counted, not refused.
// Participants' devices are warm (opened once before), and they join over 30 s.
// Then, with the budget off, every project is read back: each tick's Events row exactly once, each ticked item done.
import { defaultSettings } from '../../emulator/src/index';
import { IndexedDbIntentQueue } from '../../src/store/sync';

const JOIN_SPREAD_MS = 30_000;
import type { BenchWorld } from '../lib/benchWorld';
import { burstOf, meetingProfile, PARTICIPANTS } from '../lib/meetingProfile';
import { runMeeting, warmDevices } from '../lib/meetingRun';
import { quantile, seededRandom } from '../lib/seeded';

export interface TenantLoadResult {
  meetings: number;
  participants: number;
  tenantRuPerMinute: number;
  ticks: number;
  /** Ticks neither in SharePoint nor in their device's durable queue. */
  lostTicks: number;
  /** Ticks not in SharePoint when the run ended but still in their device's durable queue (sent at the next open). */
  stillQueued: number;
  duplicatedTicks: number;
  /** Ticks still pending on a device when the run ended (neither lost nor written yet). */
  unconfirmedAtEnd: number;
  responses429: number;
  propagation: { p50: number; p95: number; samples: number; notSeen: number };
  /** RU the emulator metered per real minute of the run, all participants together. */
  ruPerMinute: number;
  seconds: number;
}

export async function tenantLoadScenario(world: BenchWorld, meetings: number, latencyMs: number, log: (line: string) => void): Promise<TenantLoadResult> {
  const profile = meetingProfile();
  await world.latency(0);
  const projects = [];
  for (let m = 0; m < meetings; m += 1) projects.push(await world.project(0));
  // Every participant has opened the project on this device before (a warm open: 1 round trip), and the 320 join
  // over the first 30 s rather than in one instant.
  for (const [m, p] of projects.entries()) await warmDevices(world, p.projectKey, `tenant${m}`);
  await world.latency(latencyMs);
  const limit = defaultSettings.tenantRuPerMinute;
  await world.emulator.admin.setSettings({ tenantRuPerMinute: limit, enforceUniqueColumns: false });
  await world.emulator.admin.resetStats();
  log(`bench: 9. tenant under load: ${meetings} meetings × ${PARTICIPANTS} at ${limit} RU/min`);
  const started = performance.now();
  const runs = await Promise.all(projects.map((p, m) => runMeeting(world, {
    projectKey: p.projectKey, profile: burstOf(profile, m % 3), tag: `tenant${m}`, timeScale: 1, openSpreadMs: JOIN_SPREAD_MS,
    random: seededRandom(100 + m), seenDeadlineMs: 150_000,
  })));
  const seconds = (performance.now() - started) / 1000;
  for (const run of runs) for (const s of run.sessions) s.dispose();
  const stats = await world.stats();
  await world.emulator.admin.setSettings({ tenantRuPerMinute: 0, enforceUniqueColumns: true });
  await world.latency(0);

  let lost = 0;
  let stillQueued = 0;
  let duplicated = 0;
  const reader = world.store('kari');
  for (const [m, run] of runs.entries()) {
    const projectKey = projects[m]?.projectKey as string;
    const events = await reader.history(world.location, projectKey);
    const state = (await reader.loadProject(world.location, projectKey)).state;
    for (const intent of run.intents) {
      const rows = events.filter((e) => e.intentId === intent.id).length;
      if (rows === 0 || state.items[intent.itemKey]?.status !== 'done') {
        const queued = await new IndexedDbIntentQueue({ databaseName: `bench-tenant${m}-p${intent.writer}` }).all(projectKey);
        if (queued.some((q) => q.id === intent.id)) stillQueued += 1;
        else lost += 1;
      }
      if (rows > 1) duplicated += rows - 1;
    }
  }
  const samples = runs.flatMap((r) => r.propagationMs);
  return {
    meetings,
    participants: meetings * PARTICIPANTS,
    tenantRuPerMinute: limit,
    ticks: runs.reduce((n, r) => n + r.intents.length, 0),
    lostTicks: lost,
    stillQueued,
    duplicatedTicks: duplicated,
    unconfirmedAtEnd: runs.reduce((n, r) => n + r.unconfirmed, 0),
    responses429: stats.byStatus['429'] ?? 0,
    propagation: { p50: Math.round(quantile(samples, 0.5)), p95: Math.round(quantile(samples, 0.95)), samples: samples.length, notSeen: runs.reduce((n, r) => n + r.notSeen, 0) },
    ruPerMinute: Math.round(stats.resourceUnits / (seconds / 60)),
    seconds: Math.round(seconds),
  };
}
