// Runs a meeting profile with one session per participant (the app's open sequence, adaptive pacing at the meeting
// interval) and times, for each tick and each other participant, how long until their screen shows it.
// `timeScale` > 1 runs meeting time that many times faster than real time: the profile's times, the meeting
// interval and the pacing rule's time constants are all divided by it (used where the figure is RU, not latency).
import type { ProjectSession } from '../../src/store/ChecklistStore';
import { ADAPTIVE_PACING, MEETING_POLL_MS } from '../../src/store/sync';
import type { PacingRule } from '../../src/store/sync';
import type { BenchWorld } from './benchWorld';
import { sleep } from './measure';
import type { MeetingProfile } from './meetingProfile';
import { PARTICIPANTS, userOf } from './meetingProfile';
import { openAsApp, settled, until } from './sessions';

/** Opens each participant's device once (location, identity and state cached), as before the meeting began. */
export async function warmDevices(world: BenchWorld, projectKey: string, tag: string): Promise<void> {
  const opened = await Promise.all(Array.from({ length: PARTICIPANTS }, async (_, i) => (await openAsApp(world, userOf(i), projectKey, `bench-${tag}-p${i}`, null)).session));
  for (const session of opened) session.dispose();
}

export interface MeetingRunOptions {
  projectKey: string;
  profile: MeetingProfile;
  tag: string;
  timeScale: number;
  /** Participants open at random moments over this long (real ms) before time 0, so their polls are not in step. */
  openSpreadMs: number;
  random: () => number;
  /** A reader that has not seen a tick after this long (real ms) counts it as not seen. */
  seenDeadlineMs: number;
}

export interface MeetingRunResult {
  /** Meeting-time ms from a click to each other participant's screen showing it (seen ones only). */
  propagationMs: number[];
  /** The same, per tick in profile order. */
  byTick: number[][];
  /** Reader × tick pairs never seen within the deadline. */
  notSeen: number;
  /** Ids of the intents dispatched, with the item each set done. */
  intents: { id: string; itemKey: string; writer: number }[];
  /** Ticks still pending on their writer's device at the end (not confirmed by Graph in time). */
  unconfirmed: number;
  /** Meeting-time ms from a click to Graph confirming the tick on the writer's device (confirmed ones only). */
  confirmMs: number[];
}

export function scaledPacing(timeScale: number): PacingRule {
  const { group } = ADAPTIVE_PACING;
  return {
    activeMs: ADAPTIVE_PACING.activeMs / timeScale,
    activeWindowMs: ADAPTIVE_PACING.activeWindowMs / timeScale,
    group: { ...group, windowMs: group.windowMs / timeScale, signalLifeMs: group.signalLifeMs / timeScale },
  };
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([work, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))]).finally(() => clearTimeout(timer));
}

/** Opens the participants (spread over `openSpreadMs`), runs the ticks at their times, waits for every reader. */
export async function runMeeting(world: BenchWorld, options: MeetingRunOptions): Promise<MeetingRunResult & { sessions: ProjectSession[] }> {
  const { projectKey, profile, timeScale, random } = options;
  const pacing = scaledPacing(timeScale);
  const interval = MEETING_POLL_MS / timeScale;
  const offsets = Array.from({ length: PARTICIPANTS }, () => random() * options.openSpreadMs);
  const started = performance.now();
  const sessions = await Promise.all(offsets.map(async (offset, i) => {
    await sleep(offset);
    // A throttled open fails on screen and the person tries again a few seconds later (the app's retry).
    for (let attempt = 1; ; attempt += 1) {
      try {
        return (await openAsApp(world, userOf(i), projectKey, `bench-${options.tag}-p${i}`, interval, { pacing })).session;
      } catch (error) {
        if (attempt >= 20) throw error;
        await sleep(2_000 + random() * 3_000);
      }
    }
  }));
  const t0 = started + options.openSpreadMs;
  const byTick: number[][] = [];
  let notSeen = 0;
  const intents: { id: string; itemKey: string; writer: number }[] = [];
  const waits: Promise<void>[] = [];
  const confirmMs: number[] = [];
  for (const tick of profile.ticks) {
    await sleep(t0 + tick.atMs / timeScale - performance.now());
    const writer = sessions[tick.writer] as ProjectSession;
    const clicked = performance.now();
    const seenBy: number[] = [];
    byTick.push(seenBy);
    const id = writer.dispatch({ kind: 'setStatus', itemKey: tick.itemKey, status: 'done' }).id;
    intents.push({ id, itemKey: tick.itemKey, writer: tick.writer });
    waits.push(withDeadline(until(writer, (s) => !s.pending.some((p) => p.intent.id === id)), options.seenDeadlineMs).then((done) => {
      if (done) confirmMs.push((performance.now() - clicked) * timeScale);
    }));
    sessions.forEach((reader, r) => {
      if (r === tick.writer) return;
      waits.push(withDeadline(until(reader, (s) => s.state?.items[tick.itemKey]?.status === 'done'), options.seenDeadlineMs).then((seen) => {
        if (seen) seenBy.push((performance.now() - clicked) * timeScale);
        else notSeen += 1;
      }));
    });
  }
  await sleep(t0 + profile.durationMs / timeScale - performance.now());
  await Promise.all(waits);
  const settledAll = await Promise.all(sessions.map((s) => withDeadline(settled(s).then(() => true, () => false), options.seenDeadlineMs)));
  const unconfirmed = sessions.reduce((n, s, i) => n + (settledAll[i] ? 0 : s.snapshot().pending.length), 0);
  return { propagationMs: byTick.flat(), byTick, notSeen, intents, unconfirmed, confirmMs, sessions };
}
