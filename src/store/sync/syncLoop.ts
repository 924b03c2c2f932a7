// When the session reads Graph: one sync at a time (asking again while one runs joins it), and the next delta poll
// scheduled by the pacing rule (src/store/sync/pollPacing.ts) from the surface's interval, recent activity and the
// tenant's budget signal. A null interval pauses polling (a hidden surface); setting one again catches up at once.
import type { BudgetSignal } from '../ChecklistStore';
import { nextPollDelayMs } from './pollPacing';
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
  private polling = false;

  constructor(private readonly deps: SyncLoopDeps, intervalMs: number | null) {
    this.intervalMs = intervalMs;
  }

  /** Asking again while a sync runs (the UI's refresh as polling resumes, an 'online' event) joins the running one. */
  sync(): Promise<void> {
    if (this.deps.closed() || !this.deps.maySync()) return Promise.resolve();
    this.syncing ??= this.runOnce();
    return this.syncing;
  }

  private async runOnce(): Promise<void> {
    await Promise.resolve(); // so `syncing` is set before anything below can clear it
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

  /** Someone worked on the checklist (my tick, others' changes seen): poll sooner if the pace allows. */
  noteActivity(): void {
    this.lastActivityAt = this.deps.now();
    if (this.timer === undefined || this.dueAt === undefined) return;
    const delay = this.delay();
    if (delay !== null && this.deps.now() + delay < this.dueAt) this.schedule(delay);
  }

  /** A new budget signal: a throttle pushes the next poll out at once (a stretch applies from the next one). */
  budgetChanged(): void {
    if (this.timer === undefined || this.dueAt === undefined) return;
    const until = this.deps.budget()?.throttledUntil;
    if (until !== undefined && until > this.dueAt) this.schedule();
  }

  stop(): void {
    if (this.timer !== undefined) (this.deps.timers ?? platformTimers).clearTimeout(this.timer);
    this.timer = undefined;
    this.dueAt = undefined;
  }

  private delay(): number | null {
    const { now, random, budget, rule } = this.deps;
    const input = { intervalMs: this.intervalMs, now: now(), random, ...(this.lastActivityAt === undefined ? {} : { lastActivityAt: this.lastActivityAt }) };
    const signal = budget();
    return nextPollDelayMs(signal ? { ...input, budget: signal } : input, rule);
  }

  private schedule(known?: number): void {
    this.stop();
    if (this.deps.closed() || !this.polling) return;
    const delay = known ?? this.delay();
    if (delay === null) return;
    this.dueAt = this.deps.now() + delay;
    this.timer = (this.deps.timers ?? platformTimers).setTimeout(() => {
      this.timer = undefined;
      this.dueAt = undefined;
      void this.sync().then(() => this.schedule());
    }, delay);
  }
}
