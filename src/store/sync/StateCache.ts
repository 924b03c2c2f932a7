// The last confirmed state of a project on this device, with its delta cursor and participants, so opening a
// project paints at once from cache and revalidates in one round trip.
import type { CachedProject } from './deviceRecords';
import { DATABASE_NAME, openFellesModellDb } from './database';

export type { CachedProject } from './deviceRecords';

export interface StateCache {
  readonly durable: boolean;
  get(siteId: string, projectKey: string): Promise<CachedProject | undefined>;
  put(entry: CachedProject): Promise<void>;
}

export class IndexedDbStateCache implements StateCache {
  readonly durable = true;
  private readonly databaseName: string;

  constructor(options: { databaseName?: string } = {}) {
    this.databaseName = options.databaseName ?? DATABASE_NAME;
  }

  async get(siteId: string, projectKey: string): Promise<CachedProject | undefined> {
    const db = await openFellesModellDb(this.databaseName);
    return db.get('projectState', [siteId, projectKey]);
  }

  async put(entry: CachedProject): Promise<void> {
    const db = await openFellesModellDb(this.databaseName);
    await db.put('projectState', entry);
  }
}

export class MemoryStateCache implements StateCache {
  readonly durable = false;
  private readonly entries = new Map<string, CachedProject>();

  async get(siteId: string, projectKey: string): Promise<CachedProject | undefined> {
    const entry = this.entries.get(JSON.stringify([siteId, projectKey]));
    return entry && structuredClone(entry);
  }

  async put(entry: CachedProject): Promise<void> {
    this.entries.set(JSON.stringify([entry.siteId, entry.projectKey]), structuredClone(entry));
  }
}
