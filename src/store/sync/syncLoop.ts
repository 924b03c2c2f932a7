// When the session reads Graph: one sync at a time (asking again while one runs joins it), and the next delta poll
// scheduled by the pacing rule (src/store/sync/pollPacing.ts) from the surface's interval, recent activity, the start
// of the last poll and the tab's share of the tenant's budget (groupPace.ts). A null interval pauses polling (a hidden
// surface); setting one again catches up at once.
import type { BudgetSignal } from '../ChecklistStore';
import { GroupPace } from './groupPace';
import { activeIntervalMs, nextPollDelayMs } from './pollPacing';
import type { PacingRule } from './pollPacing';
import { platformTimers } from './timers';
import type { Timers } from './timers';

export interface SyncLoopDeps {
  /** One revalidation or delta read; never rejects. */
  read(): Promise<void>;
  /** After a read, once a new sync may start (listeners told now may ask for one). */
  afterRead(): void;
  /** False while the session may not read Graph (disposed, or the device is offline). */
  maySync(): boolean;
  closed(): boolean;
  now(): number;
  random(): number;
  budget(): BudgetSignal | undefined;
  rule: PacingRule;
  /** The platform's timers unless given. */
  timers?: Timers;
}

export class SyncLoop {
  private syncing: Promise<void> | undefined;
  private timer: unknown;
  private dueAt: number | undefined;
  private intervalMs: number | null;
  private lastActivityAt: number | undefined;
  private lastPollAt: number | undefined;
  private polling = false;
  private readonly group: GroupPace;
  private readonly timers: Timers;

  constructor(private readonly deps: SyncLoopDeps, intervalMs: number | null) {
    this.intervalMs = intervalMs;
    this.group = new GroupPace(deps.rule.group);
    this.timers = deps.timers ?? platformTimers;
  }

  /** Asking again while a sync runs (the UI's refresh as polling resumes, an 'online' event) joins the running one. */
  sync(): Promise<void> {
    if (this.deps.closed() || !this.deps.maySync()) return Promise.resolve();
    this.syncing ??= this.runOnce();
    return this.syncing;
  }

  private async runOnce(): Promise<void> {
    await Promise.resolve(); // so `syncing` is set before anything below can clear it
    this.lastPollAt = this.deps.now();
    try {
      await this.deps.read();
    } finally {
      this.syncing = undefined; // before listeners hear of it: a refresh they start is a new sync
    }
    this.deps.afterRead();
  }

  /** Polling begins (after the first load). */
  start(): void {
    this.polling = true;
    this.schedule();
  }

  setInterval(ms: number | null): void {
    // The UI may say the same on every render: that must not keep pushing the next poll away.
    if (ms === this.intervalMs && (ms === null || this.timer !== undefined)) return;
    const resuming = this.intervalMs === null && ms !== null;
    this.intervalMs = ms;
    if (resuming && this.polling) void this.sync().then(() => this.schedule());
    else this.schedule();
  }

  /**
   * Someone worked on the checklist (my tick, others' changes seen): the next poll comes within the fast pace. Not at
   * once: right after my own tick a poll would only take the lane my write waits for, and find nothing new.
   */
  noteActivity(): void {
    this.lastActivityAt = this.deps.now();
    if (this.timer === undefined || this.dueAt === undefined || this.intervalMs === null) return;
    const paced = this.delay(); // what the budget allows (a throttle, the tab's share) still holds
    if (paced === null) return;
    const delay = Math.max(paced, activeIntervalMs(this.intervalMs, this.deps.rule));
    if (this.deps.now() + delay < this.dueAt) this.schedule(delay);
  }

  /** A new budget signal: the tab's share learns from it, and a poll the group cannot afford now waits. */
  budgetChanged(): void {
    const signal = this.deps.budget();
    if (!signal || this.intervalMs === null) return; // a paused surface has no pace to cut
    this.group.observe(signal, this.paceMs(), this.deps.now());
    this.rescheduleIf((delay, dueAt) => this.deps.now() + delay > dueAt);
  }

  stop(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
  }

  /** Moves a scheduled poll when `better` says the pace now calls for it. */
  private rescheduleIf(better: (delay: number, dueAt: number) => boolean): void {
    if (this.timer === undefined || this.dueAt === undefined) return;
    const delay = this.delay();
    if (delay !== null && better(delay, this.dueAt)) this.schedule(delay);
  }

  /** The shortest wait the tab's share of the budget allows now, if it is limited (never below the surface's fast pace). */
  private groupMinWaitMs(at: number): number | undefined {
    return this.intervalMs === null ? undefined : this.group.minWaitMs(at, activeIntervalMs(this.intervalMs, this.deps.rule));
  }

  /** The tab's own wait between polls now, before any budget stretch (the base of a cut in its share). */
  private paceMs(): number {
    const interval = this.intervalMs ?? Infinity;
    const fast = this.lastActivityAt !== undefined && this.deps.now() - this.lastActivityAt <= this.deps.rule.activeWindowMs;
    const own = fast ? activeIntervalMs(interval, this.deps.rule) : interval;
    return Math.max(own, this.groupMinWaitMs(this.deps.now()) ?? 0);
  }

  private delay(): number | null {
    const { now, random, budget, rule } = this.deps;
    const at = now();
    const signal = budget();
    const interval = this.intervalMs;
    const groupMinWaitMs = this.groupMinWaitMs(at);
    return nextPollDelayMs({
      intervalMs: interval,
      now: at,
      random,
      groupCut: this.group.cutIn(signal),
      ...(this.lastPollAt === undefined ? {} : { lastPollAt: this.lastPollAt }),
      ...(this.lastActivityAt === undefined ? {} : { lastActivityAt: this.lastActivityAt }),
      ...(signal ? { budget: signal } : {}),
      ...(groupMinWaitMs === undefined ? {} : { groupMinWaitMs }),
    }, rule);
  }

  private schedule(known?: number): void {
    this.stop();
    if (this.deps.closed() || !this.polling) return;
    const delay = known ?? this.delay();
    if (delay === null) return;
    this.dueAt = this.deps.now() + delay;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.dueAt = undefined;
      void this.sync().then(() => this.schedule());
    }, delay);
  }
}
