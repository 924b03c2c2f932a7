// The durable queue of intents not yet confirmed by Graph. An intent enters before the screen shows it and
// leaves only when Graph confirmed it (or the user discards it), so a reload, a closed tab or a lost network
// loses nothing. Holds intents only: never tokens.
import type { QueuedIntent } from './deviceRecords';
import { DATABASE_NAME, openFellesModellDb } from './database';

export type { QueuedIntent } from './deviceRecords';

export interface IntentQueue {
  /** False when intents live in memory only (no IndexedDB here): the UI says a reload loses them. */
  readonly durable: boolean;
  /** The project's queued intents in replay order. */
  all(projectKey: string): Promise<QueuedIntent[]>;
  /** Adds the intent, or replaces it (same id) with its new attempt state. */
  put(queued: QueuedIntent): Promise<void>;
  remove(id: string): Promise<void>;
}

export class IndexedDbIntentQueue implements IntentQueue {
  readonly durable = true;
  private readonly databaseName: string;

  constructor(options: { databaseName?: string } = {}) {
    this.databaseName = options.databaseName ?? DATABASE_NAME;
  }

  async all(projectKey: string): Promise<QueuedIntent[]> {
    const db = await openFellesModellDb(this.databaseName);
    const range = IDBKeyRange.bound([projectKey, -Infinity], [projectKey, Infinity]);
    return db.getAllFromIndex('intents', 'byProjectSequence', range);
  }

  async put(queued: QueuedIntent): Promise<void> {
    const db = await openFellesModellDb(this.databaseName);
    await db.put('intents', queued);
  }

  async remove(id: string): Promise<void> {
    const db = await openFellesModellDb(this.databaseName);
    await db.delete('intents', id);
  }
}

/** For hosts without IndexedDB: same behaviour for this page's life, lost on reload. */
export class MemoryIntentQueue implements IntentQueue {
  readonly durable = false;
  private readonly entries = new Map<string, QueuedIntent>();

  async all(projectKey: string): Promise<QueuedIntent[]> {
    return [...this.entries.values()].filter((q) => q.projectKey === projectKey).sort((a, b) => a.sequence - b.sequence);
  }

  async put(queued: QueuedIntent): Promise<void> {
    this.entries.set(queued.id, structuredClone(queued));
  }

  async remove(id: string): Promise<void> {
    this.entries.delete(id);
  }
}
