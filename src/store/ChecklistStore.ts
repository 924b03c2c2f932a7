// The store's port: everything the app asks of SharePoint, whatever adapter answers it (Graph in a tenant,
// Graph on the local emulator). UI and app state depend on this file, never on the Graph adapter directly.
import type { Intent, IntentBody, Participant, Person, ProjectEvent, ProjectInfo, ProjectState } from '../domain/types';
import type { PhaseModel } from '../model/types';
import type { ProjectLocation, SiteAddress, SyncCursor } from './sharepoint/addresses';
import type { StoreError, StoreErrorCode } from './graphClient/StoreError';
import type { BudgetSignal } from './graphClient/budgetSignals';

// The shared types live in the store's base rooms; the port names them for everyone above the store.
export type { ListIds, ProjectLocation, SiteAddress, SyncCursor } from './sharepoint/addresses';
export { StoreError } from './graphClient/StoreError';
export type { StoreErrorCode } from './graphClient/StoreError';
export type { BudgetSignal } from './graphClient/budgetSignals';

/** The model a project runs on: the version it records, or, when that cannot be read, the newest valid one. */
export interface ProjectModel {
  model: PhaseModel;
  /** Set when the recorded version could not be read (unknown, broken by hand, out of reach): what the project records. */
  missing?: { modelId: string; version: string };
}

export interface LoadedProject {
  state: ProjectState;
  participants: Participant[];
  cursor: SyncCursor;
  /** The model the state was read against (adapters without per-project models leave it out). */
  model?: ProjectModel;
}

export interface LoadOptions {
  /** The model version the device last saw the project on (its cached state): read with the load when not on the device. */
  modelVersion?: string;
}

export interface ProjectChanges {
  state: ProjectState;
  participants: Participant[];
  cursor: SyncCursor;
  /** Item keys whose state changed (others' ticks), for a subtle highlight. */
  changedItemKeys: string[];
  /** True when the delta token was stale (410) and everything was read again. */
  resynced: boolean;
  /** The model the state was read against; a new one when the project moved to another version. */
  model?: ProjectModel;
}

export interface ApplyOptions {
  /**
   * The intent was sent before and its answer never came (a dropped connection, a reload mid-request): it may be
   * written already, so the store checks the Events list before writing it again after others' later writes.
   */
  maybeWritten?: boolean;
}

/** Whether the Portfolio row in the coordination site is behind (its site refused or is missing). */
export interface PortfolioStatus {
  behind: boolean;
  error?: StoreError;
  /** When it fell behind (ISO 8601). */
  since?: string;
}

/**
 * What the signed-in person may do in a project's site, known before an action is offered (a reader never gets an
 * optimistic tick that cannot be saved).
 */
export interface SiteRights {
  /** May read the project's lists. */
  canRead: boolean;
  /** May write items (ticks, comments, participants). */
  canWrite: boolean;
  /** May create or upgrade our lists (site owner / Manage permission and the provisioning scope). */
  canManageLists: boolean;
}

export interface ChecklistStore {
  /** The signed-in person as Graph knows them from the token that writes (the only identity written into rows). */
  whoAmI(): Promise<Person>;
  /** What the signed-in person may do in the located site (cached per location; costs no extra round trip on open). */
  rights(location: ProjectLocation): Promise<SiteRights>;
  /**
   * Who may give access to a site a person cannot open: a team site's group owners, where Graph will say (it needs
   * GroupMember.Read.All, which the app does not ask for); undefined when it will not or the site has no known group.
   */
  ownersOf(site: SiteAddress): Promise<Person[] | undefined>;
  /** Whether the coordinators' Portfolio row is behind; the UI shows a quiet note, the tick itself succeeded. */
  portfolioStatus(): PortfolioStatus;
  onPortfolioStatus(listener: () => void): () => void;
  /** The newest budget signal seen on any response (undefined until Graph reports one). */
  budget(): BudgetSignal | undefined;
  onBudget(listener: () => void): () => void;
  /** Resolves the site and our lists' ids (one round trip, then cached). Throws `listsMissing` when they are not there. */
  locate(site: SiteAddress): Promise<ProjectLocation>;
  /** The projects stored in this site. */
  listProjects(location: ProjectLocation): Promise<ProjectInfo[]>;
  /** Creates the project row (idempotent on projectKey). */
  createProject(location: ProjectLocation, project: ProjectInfo, intentId: string): Promise<ProjectInfo>;
  /** The project row, all its checklist rows and participants, and fresh delta cursors: one `$batch`. */
  loadProject(location: ProjectLocation, projectKey: string, options?: LoadOptions): Promise<LoadedProject>;
  /** The model an open project runs on now (after a load, a poll or its own upgrade); undefined before its load. */
  projectModel?(projectKey: string): ProjectModel | undefined;
  /**
   * Writes one intent, with `If-Match`; on 412 re-reads, re-applies and retries; appends its Events row (once, even
   * when replayed) and refreshes the project's summary. Resolves with the state Graph confirmed.
   */
  apply(location: ProjectLocation, intent: Intent, options?: ApplyOptions): Promise<ProjectState>;
  /** Changes by anyone since `cursor` (delta); a stale cursor (410) reads everything again. */
  pollChanges(location: ProjectLocation, projectKey: string, cursor: SyncCursor): Promise<ProjectChanges>;
  /** The project's Events, newest first; one item's when `itemKey` is given. */
  history(location: ProjectLocation, projectKey: string, itemKey?: string): Promise<ProjectEvent[]>;
  saveParticipant(location: ProjectLocation, participant: Participant): Promise<void>;
}

/** An intent waiting for Graph, as the screen shows it. */
export interface PendingIntent {
  intent: Intent;
  state: 'queued' | 'sending' | 'failed';
  attempts: number;
  error?: { code: StoreErrorCode; message: string };
}

export interface SessionSnapshot {
  status: 'loading' | 'ready' | 'error';
  /** What the screen shows: the confirmed state with pending intents applied on top. */
  state?: ProjectState;
  /** The state as SharePoint confirmed it. */
  confirmed?: ProjectState;
  participants: Participant[];
  pending: PendingIntent[];
  error?: StoreError;
  /** Keys of items someone else changed in the last poll. */
  recentlyChangedByOthers: string[];
  lastSyncedAt?: string;
  online: boolean;
  /** True while the cached copy is shown and not yet revalidated. */
  fromCache: boolean;
  /** The model the project runs on (its recorded version), once known; the screen renders this one. */
  model?: ProjectModel;
}

/** Why a notice was given up: the screen says it in the user's language. */
/** "Venter på deg" (store/notify): a notice that could not go, and why. */
export type NoticeFailure = 'noConsent' | 'notInstalled' | 'refused' | 'listsOutdated';

export interface NoticeNote {
  recipient: Person;
  failure: NoticeFailure;
  at: string;
}

export interface NoticeSnapshot {
  /** Notices this session gave up, newest first. */
  givenUp: NoticeNote[];
  /** Notices sent by this session, newest first. */
  sent: { recipient: Person; at: string }[];
  /** Notices waiting to go again (throttled, unavailable, no network). */
  retrying: number;
}

export interface NoticeFeed {
  subscribe(listener: () => void): () => void;
  snapshot(): NoticeSnapshot;
  /** The user has read the notes: forget what was given up. */
  dismiss(): void;
}

/** One open project on one screen: optimistic state, durable queue, delta polling. */
export interface ProjectSession {
  subscribe(listener: () => void): () => void;
  snapshot(): SessionSnapshot;
  /** Shows the change at once and queues it durably until Graph confirms it. */
  dispatch(body: IntentBody): Intent;
  retry(intentId: string): void;
  discard(intentId: string): void;
  /** Undoes this user's last confirmed or pending action by dispatching its inverse. */
  undo(): Intent | undefined;
  canUndo(): boolean;
  /** Delta polling interval in ms; null pauses (hidden tab). */
  setPollInterval(ms: number | null): void;
  refresh(): Promise<void>;
  dispose(): void;
  /** The activity notices this session sends after its confirmations (absent where nothing is sent). */
  notices?: NoticeFeed;
}
