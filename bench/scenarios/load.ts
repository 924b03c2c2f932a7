// 6. Steady load in SharePoint's currency: resource units (RU) per minute per app per tenant.
// Measured: the RU of one poll of each kind (emulator meter), the RU of a tick (from scenario 2), and a real
// steady state (three people in a meeting, panels polling at the meeting interval, one tick each per 30 s).
// Modelled: RU per user per minute = polls per minute × RU per poll + ticks per minute × RU per tick, and the
// tenant's capacity = floor(limit ÷ RU per meeting user per minute).
import { MEETING_POLL_MS, TAB_POLL_MS } from '../../src/store/sync';
import type { ItemStatus } from '../../src/domain/types';
import type { BenchWorld } from '../lib/benchWorld';
import { ITEM_KEYS } from '../lib/benchWorld';
import { sleep } from '../lib/measure';
import { openAsApp, settled } from '../lib/sessions';

/** SharePoint's per-app, per-tenant limits (RU per minute) by licence count. */
export const TENANT_LIMITS = [
  { licences: '< 1,000', ruPerMinute: 1200 },
  { licences: '1,000–5,000', ruPerMinute: 2400 },
  { licences: '5,000–15,000', ruPerMinute: 3600 },
  { licences: '15,000–50,000', ruPerMinute: 4800 },
  { licences: '> 50,000', ruPerMinute: 6000 },
] as const;

/** Assumption: in an active meeting each person ticks twice a minute (a busy meeting; most attend and watch). */
export const TICKS_PER_MEETING_USER_PER_MINUTE = 2;
/** The store reads the project and participants deltas too on every 60th poll (hand edits in SharePoint). */
export const SLOW_LIST_EVERY = 60;

export interface RuPerPoll {
  /** Nothing changed. */
  idle: number;
  /** Others ticked items since. */
  withItemChanges: number;
  /** A project-level change moved the change signal (or every 60th poll). */
  withProjectChange: number;
}

export interface LoadModel {
  ruPerPoll: { ours: RuPerPoll; naive: number };
  ruPerTick: { ours: number; naive: number };
  pollsPerMinute: { meeting: number; channelTab: number; hidden: number };
  ticksPerMeetingUserPerMinute: number;
  /** RU per active user per minute. */
  perUserPerMinute: {
    ours: { meetingPollingOnly: number; meeting: number; channelTab: number; hidden: number };
    naive: { meetingPollingOnly: number; meeting: number; channelTab: number; hidden: number };
  };
  /** How many people can sit in meetings at once before this app alone is throttled. */
  concurrentMeetingUsers: { ruPerMinute: number; licences: string; ours: number; naive: number; oursPollingOnly: number }[];
}

export interface SteadyMeasurement {
  users: number;
  seconds: number;
  pollIntervalMs: number;
  ticksPerUser: number;
  /** RU per user per minute, measured by the emulator's meter (byUser). */
  ruPerUserPerMinute: number[];
  meanRuPerUserPerMinute: number;
  /** The model's figure for the same activity (polls and ticks in the window), to compare. */
  modelRuPerUserPerMinute: number;
}

export async function ruPerPoll(world: BenchWorld, projectKey: string): Promise<RuPerPoll> {
  const reader = world.store('ingrid');
  const writer = world.store('kari');
  let { cursor } = await reader.loadProject(world.location, projectKey);
  const poll = async (): Promise<number> => {
    const stats = await world.measure(async () => {
      cursor = (await reader.pollChanges(world.location, projectKey, cursor)).cursor;
    });
    return stats.ru;
  };
  await poll();
  const idle = await poll();
  for (const itemKey of ITEM_KEYS.slice(0, 3)) await writer.apply(world.location, world.intent('kari', projectKey, { kind: 'addComment', itemKey, text: `${Date.now()}` }));
  const withItemChanges = await poll();
  await writer.apply(world.location, world.intent('kari', projectKey, { kind: 'updateProject', changes: { hospitalUnit: `SI Lillehammer ${Date.now() % 100}` } }));
  const withProjectChange = await poll();
  return { idle, withItemChanges, withProjectChange };
}

export function loadModel(ours: { perPoll: RuPerPoll; perTick: number }, naive: { perPoll: number; perTick: number }): LoadModel {
  const pollsPerMinute = { meeting: 60_000 / MEETING_POLL_MS, channelTab: 60_000 / TAB_POLL_MS, hidden: 0 };
  // Ours: most polls cost `idle` (item ticks by others cost the same: they are in the same delta); every 60th reads two more deltas.
  const oursPoll = ours.perPoll.idle + (ours.perPoll.withProjectChange - ours.perPoll.idle) / SLOW_LIST_EVERY;
  const ticks = TICKS_PER_MEETING_USER_PER_MINUTE;
  const round = (v: number): number => Math.round(v * 100) / 100;
  const per = (pollRu: number, tickRu: number) => ({
    meetingPollingOnly: round(pollsPerMinute.meeting * pollRu),
    meeting: round(pollsPerMinute.meeting * pollRu + ticks * tickRu),
    channelTab: round(pollsPerMinute.channelTab * pollRu),
    hidden: 0,
  });
  const perUser = { ours: per(oursPoll, ours.perTick), naive: per(naive.perPoll, naive.perTick) };
  return {
    ruPerPoll: { ours: ours.perPoll, naive: naive.perPoll },
    ruPerTick: { ours: ours.perTick, naive: naive.perTick },
    pollsPerMinute,
    ticksPerMeetingUserPerMinute: ticks,
    perUserPerMinute: perUser,
    concurrentMeetingUsers: TENANT_LIMITS.filter((l) => l.ruPerMinute === 2400 || l.ruPerMinute === 3600).map((l) => ({
      ruPerMinute: l.ruPerMinute,
      licences: l.licences,
      ours: Math.floor(l.ruPerMinute / perUser.ours.meeting),
      oursPollingOnly: Math.floor(l.ruPerMinute / perUser.ours.meetingPollingOnly),
      naive: Math.floor(l.ruPerMinute / perUser.naive.meeting),
    })),
  };
}

/** Three people in a meeting on one project, panels polling every 5 s, each ticking once in the window. */
export async function steadyState(world: BenchWorld, projectKey: string, seconds: number, tag: string, model: LoadModel): Promise<SteadyMeasurement> {
  const users = ['kari', 'ingrid', 'per'];
  const sessions = await Promise.all(users.map(async (u) => (await openAsApp(world, u, projectKey, `bench-${tag}-steady-${u}`, MEETING_POLL_MS)).session));
  try {
    await world.emulator.admin.resetStats();
    const started = performance.now();
    // Ticks spread over the window: user n ticks at (n + 0.5) / users of it.
    const ticks = users.map(async (_, n) => {
      await sleep(((n + 0.5) / users.length) * seconds * 1000);
      const session = sessions[n];
      const itemKey = ITEM_KEYS[20 + n] as string;
      if (!session) return;
      const status: ItemStatus = session.snapshot().state?.items[itemKey]?.status === 'done' ? 'open' : 'done';
      session.dispatch({ kind: 'setStatus', itemKey, status });
      await settled(session);
    });
    await Promise.all(ticks);
    await sleep(Math.max(0, seconds * 1000 - (performance.now() - started)));
    const minutes = (performance.now() - started) / 60_000;
    const stats = await world.stats();
    const perUser = users.map((u) => Math.round(((stats.byUser[u]?.resourceUnits ?? 0) / minutes) * 10) / 10);
    const ticksPerUser = 1;
    const modelled = (60_000 / MEETING_POLL_MS) * model.ruPerPoll.ours.idle + (ticksPerUser / minutes) * model.ruPerTick.ours;
    return {
      users: users.length,
      seconds,
      pollIntervalMs: MEETING_POLL_MS,
      ticksPerUser,
      ruPerUserPerMinute: perUser,
      meanRuPerUserPerMinute: Math.round((perUser.reduce((a, b) => a + b, 0) / perUser.length) * 10) / 10,
      modelRuPerUserPerMinute: Math.round(modelled * 10) / 10,
    };
  } finally {
    for (const s of sessions) s.dispose();
  }
}
