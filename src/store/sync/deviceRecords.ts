// What the device keeps in its database, one shape per store: an intent waiting for Graph, and a project's last
// confirmed state. Apart from the queue and the cache that use them, so the database's schema can name them too.
import type { Participant, ProjectState } from '../../domain/types';
import type { PendingIntent, SyncCursor } from '../ChecklistStore';

export interface QueuedIntent extends PendingIntent {
  /** The intent's id. */
  id: string;
  projectKey: string;
  /** Replay order within the project. */
  sequence: number;
}

export interface CachedProject {
  siteId: string;
  projectKey: string;
  state: ProjectState;
  participants: Participant[];
  cursor: SyncCursor;
  /** ISO 8601: when SharePoint last confirmed this state. */
  savedAt: string;
}
