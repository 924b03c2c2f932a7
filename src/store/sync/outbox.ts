// The session's intents not yet confirmed by Graph (issue #7 "Nothing lost"): durable before they leave the device,
// sent oldest first with one in flight, retried after failures that end by themselves, kept as failed when Graph
// refuses them, and removed only when Graph confirmed them or the user discarded them.
import type { Intent, ProjectState } from '../../domain/types';
import type { StoreErrorCode } from '../ChecklistStore';
import type { IntentQueue, QueuedIntent } from './IntentQueue';
import { asStoreError, describeError } from './sessionSnapshot';
import { platformTimers } from './timers';
import type { Timers } from './timers';

/** Failures that end by themselves (network, throttling, outage): the intent waits and goes again. */
const RETRYABLE: ReadonlySet<StoreErrorCode> = new Set(['network', 'throttled', 'unavailable']);

export interface OutboxDeps {
  queue: IntentQueue;
  /** Sends one intent (through the session's serial lane); resolves with the state Graph confirmed. */
  send(intent: Intent, maybeWritten: boolean): Promise<ProjectState>;
  /** Graph confirmed an intent with this state. */
  confirmed(state: ProjectState): void;
  /** The pending list (or something shown with it) changed. */
  changed(): void;
  /** Sending may start: the session is open, started, and the device believes it is online. */
  maySend(): boolean;
  /** The session is disposed: nothing more is stored or sent. */
  closed(): boolean;
  /** A send failed for want of network: the screen says offline until Graph answers again. */
  unreachable(): void;
  /** The wait after `failures` retryable failures in a row with this code (backoff, or the tenant's throttle). */
  retryDelayMs(failures: number, code: StoreErrorCode): number;
  /** When set, no send starts for this long (ms): the tenant is throttled. */
  holdMs(): number | undefined;
  /** The platform's timers unless given. */
  timers?: Timers;
}

export class Outbox {
  /** In replay order; each entry object is replaced, never changed. */
  private entries: QueuedIntent[] = [];
  private lastSequence = 0;
  private readonly durablyStored = new Map<string, Promise<void>>();
  private readonly discardWhenSettled = new Set<string>();
  private readonly discarded = new Set<string>();
  private sending = false;
  private retryTimer: unknown;
  private readonly timers: Timers;

  constructor(private readonly deps: OutboxDeps) {
    this.timers = deps.timers ?? platformTimers;
  }

  get pending(): readonly QueuedIntent[] {
    return this.entries;
  }

  /** Durable first: the write is issued before the screen changes, and nothing is sent before it has landed. */
  add(intent: Intent, at: Date): void {
    this.lastSequence = Math.max(this.lastSequence + 1, at.getTime());
    const entry: QueuedIntent = { id: intent.id, projectKey: intent.projectKey, sequence: this.lastSequence, intent, state: 'queued', attempts: 0 };
    this.durablyStored.set(entry.id, this.deps.queue.put(entry));
    this.entries = [...this.entries, entry];
    this.deps.changed();
    void this.drain();
  }

  /** What the durable queue held from before a reload, merged in replay order (nothing is in flight after a reload). */
  restore(queued: readonly QueuedIntent[]): void {
    const restored = queued.map((entry) => (entry.state === 'sending' ? { ...entry, state: 'queued' as const } : entry));
    const known = new Set(this.entries.map((entry) => entry.id));
    this.entries = [...restored.filter((entry) => !known.has(entry.id)), ...this.entries].sort((a, b) => a.sequence - b.sequence);
    this.lastSequence = this.entries.reduce((max, entry) => Math.max(max, entry.sequence), this.lastSequence);
  }

  /** Sends queued intents, oldest first, one in flight at a time. */
  async drain(): Promise<void> {
    if (this.sending || this.deps.closed() || !this.deps.maySend() || this.retryTimer !== undefined) return;
    const hold = this.deps.holdMs();
    if (hold !== undefined && this.entries.some((entry) => entry.state !== 'failed')) {
      this.scheduleRetry(hold); // sending into a throttled tenant only spends its budget
      return;
    }
    this.sending = true;
    try {
      for (;;) {
        if (this.deps.closed() || !this.deps.maySend()) return;
        const next = this.entries.find((entry) => entry.state !== 'failed');
        if (!next) return;
        if (!(await this.sendOne(next))) return;
      }
    } finally {
      this.sending = false;
    }
  }

  /** One send; false when the outbox must wait (retry timer set). */
  private async sendOne(next: QueuedIntent): Promise<boolean> {
    // Durable before it leaves the device: a crash mid-request must not be the only copy's end.
    await this.durablyStored.get(next.id)?.catch(() => undefined);
    const attempts = next.attempts + 1;
    const sendingEntry = this.replace(next.id, { state: 'sending', attempts });
    this.deps.changed();
    // The attempt count is stored before the request leaves, so a replay after a reload knows the intent may
    // already be written (the store then checks the Events list instead of writing it after others' changes).
    if (sendingEntry) await this.deps.queue.put({ ...sendingEntry, state: 'queued' }).catch(() => undefined);
    try {
      const state = await this.deps.send(next.intent, next.attempts > 0);
      await this.deps.queue.remove(next.id).catch(() => undefined);
      this.entries = this.entries.filter((entry) => entry.id !== next.id);
      this.discardWhenSettled.delete(next.id);
      if (!this.deps.closed()) this.deps.confirmed(state);
      this.deps.changed();
      return true;
    } catch (thrown) {
      const failure = asStoreError(thrown);
      if (this.discardWhenSettled.delete(next.id)) {
        await this.forget(next.id);
        return true;
      }
      if (RETRYABLE.has(failure.code)) {
        if (failure.code === 'network') this.deps.unreachable();
        this.persist(this.replace(next.id, { state: 'queued', error: describeError(failure) }));
        this.deps.changed();
        this.scheduleRetry(this.deps.retryDelayMs(attempts, failure.code));
        return false;
      }
      this.persist(this.replace(next.id, { state: 'failed', error: describeError(failure) }));
      this.deps.changed();
      return true;
    }
  }

  /** The user asks to send a failed (or waiting) intent again, now. */
  retry(intentId: string): void {
    const entry = this.entries.find((candidate) => candidate.id === intentId);
    if (!entry || entry.state === 'sending') return;
    const { error: _error, ...rest } = entry;
    this.entries = this.entries.map((candidate) => (candidate.id === intentId ? { ...rest, state: 'queued' } : candidate));
    this.persist(this.entries.find((candidate) => candidate.id === intentId));
    this.cancelRetryWait();
    this.deps.changed();
    void this.drain();
  }

  /** In flight it cannot be called back: it goes if Graph refuses it; if Graph confirms it, it is done anyway. */
  discard(intentId: string): void {
    const entry = this.entries.find((candidate) => candidate.id === intentId);
    if (!entry) return;
    this.discarded.add(intentId);
    if (entry.state === 'sending') this.discardWhenSettled.add(intentId);
    else void this.forget(intentId);
  }

  /** False for an intent the user discarded or that Graph refused. */
  wasKept(intentId: string): boolean {
    if (this.discarded.has(intentId)) return false;
    const entry = this.entries.find((candidate) => candidate.id === intentId);
    return entry ? entry.state !== 'failed' : true;
  }

  /** Back online: waiting out the backoff is pointless. */
  cancelRetryWait(): void {
    if (this.retryTimer !== undefined) this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private scheduleRetry(delayMs: number): void {
    this.cancelRetryWait();
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = undefined;
      void this.drain();
    }, delayMs);
  }

  private replace(id: string, change: Partial<QueuedIntent>): QueuedIntent | undefined {
    let updated: QueuedIntent | undefined;
    this.entries = this.entries.map((entry) => (entry.id === id ? (updated = { ...entry, ...change }) : entry));
    return updated;
  }

  private persist(entry: QueuedIntent | undefined): void {
    if (!entry || this.deps.closed()) return;
    // Attempts and failures survive a reload too; 'sending' is not stored (after a reload nothing is in flight).
    const stored = entry.state === 'sending' ? { ...entry, state: 'queued' as const } : entry;
    void this.deps.queue.put(stored).catch(() => undefined);
  }

  private async forget(id: string): Promise<void> {
    this.entries = this.entries.filter((entry) => entry.id !== id);
    this.durablyStored.delete(id);
    this.deps.changed();
    await this.deps.queue.remove(id).catch(() => undefined);
  }
}
