// The app's one IndexedDB database on this device: the durable intent queue and the last confirmed state per
// project. Both stores live in one database so one upgrade creates them together. Never tokens.
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { CachedProject, QueuedIntent } from './deviceRecords';

export const DATABASE_NAME = 'felles-modell';
const DATABASE_VERSION = 1;

export interface FellesModellDb extends DBSchema {
  intents: {
    key: string;
    value: QueuedIntent;
    indexes: { byProjectSequence: [string, number] };
  };
  projectState: {
    /** [siteId, projectKey] */
    key: [string, string];
    value: CachedProject;
  };
}

const opened = new Map<string, Promise<IDBPDatabase<FellesModellDb>>>();

/** Opens (once per name and page) the database, creating its stores on first use. */
export function openFellesModellDb(name: string = DATABASE_NAME): Promise<IDBPDatabase<FellesModellDb>> {
  let db = opened.get(name);
  if (!db) {
    db = openDB<FellesModellDb>(name, DATABASE_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const intents = database.createObjectStore('intents', { keyPath: 'id' });
          intents.createIndex('byProjectSequence', ['projectKey', 'sequence']);
          database.createObjectStore('projectState', { keyPath: ['siteId', 'projectKey'] });
        }
      },
      // Another tab wants a newer schema: let it, and open again on next use.
      blocking() {
        void db?.then((d) => d.close());
        opened.delete(name);
      },
    });
    opened.set(name, db);
    db.catch(() => opened.delete(name));
  }
  return db;
}

/** True where this host has IndexedDB (some embedded browsers and private modes do not). */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}
