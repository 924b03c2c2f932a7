// Issue 20, "Calm under load": many tabs share one tenant budget and cannot talk to each other, yet must behave as a
// group. A fleet of meeting panels (each its own Graph connection, clock and random source, as separate devices are,
// reading Graph's answers as a browser can: no throttling headers at top level) polls and ticks against the emulator's tenant budget, set well below what the fleet would use at its own pace. Time
// runs 10 times faster than real time for everyone (emulator, connections, sessions), so four budget minutes take
// about 25 s and the product's own pacing constants apply unchanged.
// Calm = the group fits the budget: no budget minute metered above its limit, at most 1 % of requests answered 429.
// Nothing lost = every tick stored once, each tab's ticks in the order they were made.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import type { IntentBody } from '../../src/domain/types';
import type { ProjectLocation, ProjectSession } from '../../src/store/ChecklistStore';
import { GraphChecklistStore } from '../../src/store/graph/GraphChecklistStore';
import { createProjectSession, MemoryIntentQueue, manualOnlineSignal } from '../../src/store/sync';
import { browserFetch } from '../../testkit/browserFetch';
import { compressedTime } from '../../testkit/compressedTime';
import type { TestEmulator } from '../../testkit/emulator';
import { rawRows, seededRandom } from '../../testkit/resilience';
import { settled, until } from '../../testkit/sessionWaits';
import { actorFor, connect, emulatorWithProjectSite, newProject, storeFor } from '../../testkit/storeFixture';

const SCALE = 10;
/** A meeting panel's quiet interval (pollInterval.ts), fixed here so the fleet asks the same of any pacing rule. */
const QUIET_MS = 4_000;
const MINUTE = 60_000;
const USERS = ['kari', 'ingrid', 'ola', 'per'];
const MEETINGS = 6;
const TABS_PER_MEETING = 4;
const TABS = MEETINGS * TABS_PER_MEETING;
/** Two thirds of what the fleet would spend at its own pace (24 panels at 15 polls a minute, plus ticks). */
const LIMIT = 240;
/** Every fourth panel ticks (3 times, 6 RU each): about 25 RU a minute; the polls are what must give way. */
const WRITERS_EVERY = 4;
const RUN_MS = 5 * MINUTE;
const ITEM_KEYS = DEFAULT_MODEL.phases.flatMap((phase) => phase.checklist.map((item) => item.key));

// Starts 5 s into a budget minute, in compressed time.
const time = compressedTime(SCALE, Math.ceil(Date.now() / MINUTE) * MINUTE + 5_000);
let emulator: TestEmulator;
let location: ProjectLocation;

beforeAll(async () => {
  ({ emulator, location } = await emulatorWithProjectSite({ clock: time.now }));
});
afterAll(async () => {
  await emulator?.close();
});

/** One participant's panel on a device of its own: its own Graph connection and random source, on compressed time. */
function panel(userId: string, projectKey: string, seed: number): ProjectSession {
  const random = seededRandom(seed);
  const { graph } = connect(emulator, userId, { now: time.now, sleep: time.sleep, random, fetch: browserFetch() });
  const store = new GraphChecklistStore({ graph, model: DEFAULT_MODEL });
  return createProjectSession({
    store, location, projectKey, actor: actorFor(emulator, userId), model: DEFAULT_MODEL, queue: new MemoryIntentQueue(),
    online: manualOnlineSignal(true), pollIntervalMs: QUIET_MS, clock: time.clock, timers: time.timers, random,
  });
}

/** The most RU the emulator metered in each budget minute it was asked about (sampled, so a lower bound). */
function meterMinutes(): { stop(): Promise<Map<string, number>> } {
  const used = new Map<string, number>();
  let running = true;
  const sampling = (async () => {
    while (running) {
      const budget = await emulator.admin.budget();
      used.set(budget.windowStart, Math.max(used.get(budget.windowStart) ?? 0, budget.used));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    async stop() {
      running = false;
      await sampling;
      return used;
    },
  };
}

describe('a fleet of meeting panels on one tenant budget', () => {
  it('fits the budget as a group, answered 429 at most 1 % of the time, and loses, repeats or reorders no tick', { timeout: 120_000 }, async () => {
    const projects: string[] = [];
    for (let m = 0; m < MEETINGS; m += 1) {
      const project = newProject();
      await storeFor(emulator, 'kari').createProject(location, project, randomUUID());
      projects.push(project.projectKey);
    }
    // The panels open first (an open reads the whole project: what opens cost under load is the bench's tenantLoad).
    const tabs = Array.from({ length: TABS }, (_, t) => ({ userId: USERS[t % USERS.length] as string, projectKey: projects[t % MEETINGS] as string, itemKey: ITEM_KEYS[t] as string }));
    const sessions = tabs.map((tab, t) => panel(tab.userId, tab.projectKey, 100 + t));
    await Promise.all(sessions.map((session) => until(session, (s) => s.status === 'ready' && !s.fromCache)));
    // The budget is turned on as a minute begins (the opens were metered in the one before).
    await time.sleep(Math.ceil(time.now() / MINUTE) * MINUTE - time.now());
    await emulator.admin.setSettings({ tenantRuPerMinute: LIMIT, enforceUniqueColumns: false });
    await emulator.admin.resetStats();
    const meter = meterMinutes();
    const started = time.now();

    const random = seededRandom(20);
    const made: { tab: number; id: string }[] = [];
    const work = tabs.map(async (tab, t) => {
      const session = sessions[t] as ProjectSession;
      if (t % WRITERS_EVERY !== 0) return;
      // Three ticks on the tab's own item, at random moments over the meeting, in this order.
      const bodies: IntentBody[] = [
        { kind: 'setStatus', itemKey: tab.itemKey, status: 'done' },
        { kind: 'addComment', itemKey: tab.itemKey, text: `Fra fane ${t}` },
        { kind: 'setStatus', itemKey: tab.itemKey, status: 'open' },
      ];
      const moments = bodies.map(() => random() * (RUN_MS - 60_000)).sort((a, b) => a - b);
      for (const [i, body] of bodies.entries()) {
        await time.sleep(started + (moments[i] as number) - time.now());
        made.push({ tab: t, id: session.dispatch(body).id });
      }
    });
    await Promise.all(work);
    await time.sleep(started + RUN_MS - time.now());
    const minutes = await meter.stop();
    const stats = await emulator.admin.stats();
    await Promise.all(sessions.map((session) => settled(session)));
    for (const session of sessions) session.dispose();
    await emulator.admin.setSettings({ tenantRuPerMinute: 0 });

    // Calm: after the first minute (where the group learns: each panel's first look past 80 % costs a poll) every
    // budget minute metered at or below its limit, and few 429s over the whole run.
    const whole = [...minutes.entries()].filter(([start]) => Date.parse(start) > started && Date.parse(start) + MINUTE <= started + RUN_MS);
    const requests = stats.total - (stats.byKind.batch ?? 0);
    const throttled = stats.byStatus['429'] ?? 0;
    console.info(`group pacing: RU per budget minute ${whole.map(([, ru]) => ru).join(', ')} (limit ${LIMIT}); ${throttled} × 429 of ${requests} requests`);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    for (const [, ru] of whole) expect(ru).toBeLessThanOrEqual(LIMIT);
    expect(throttled / requests).toBeLessThanOrEqual(0.01);

    // Nothing lost, repeated or reordered: each tick logged once, each tab's stored in the order made, the last word
    // kept (Events rows raw, in the order SharePoint created them).
    const reader = storeFor(emulator, 'kari');
    for (const projectKey of projects) {
      const logged = (await rawRows(emulator, 'kari', location, 'events', projectKey)).map((row) => String(row.fields.IntentId));
      const state = (await reader.loadProject(location, projectKey)).state;
      for (const [t, tab] of tabs.entries()) {
        if (tab.projectKey !== projectKey || t % WRITERS_EVERY !== 0) continue;
        const ids = made.filter((m) => m.tab === t).map((m) => m.id);
        for (const id of ids) expect(logged.filter((l) => l === id)).toHaveLength(1);
        expect(logged.filter((l) => ids.includes(l))).toEqual(ids);
        expect(state.items[tab.itemKey]?.status).toBe('open');
        expect(state.items[tab.itemKey]?.comments.map((c) => c.text)).toEqual([`Fra fane ${t}`]);
      }
    }
  });
});
