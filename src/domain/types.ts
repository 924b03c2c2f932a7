// The project's state and the intents that change it. Pure data: the store persists it, the UI renders it.
import type { ItemKey, PhaseKey, Side } from '../model/types';

export type ItemStatus = 'open' | 'done' | 'notRelevant';
export type LifecycleStatus = 'active' | 'paused' | 'completed' | 'stopped';

export interface Person {
  /** Entra object id (or the emulator's dev user id). */
  id: string;
  name: string;
  email?: string;
}

export interface Confirmation {
  by: Person;
  /** ISO 8601. */
  at: string;
}

export interface ItemState {
  itemKey: ItemKey;
  phaseKey: PhaseKey;
  status: ItemStatus;
  confirmations: Partial<Record<Side, Confirmation>>;
  comment: string;
  /** Why the item does not apply; required with status `notRelevant`. */
  notRelevantReason?: string;
  updatedAt?: string;
  updatedBy?: Person;
}

export interface ProjectInfo {
  /** GUID, stable for the life of the project. */
  projectKey: string;
  title: string;
  teamGroupId?: string;
  channelId?: string;
  currentPhase: PhaseKey;
  /** ISO 8601: when the current phase was entered. */
  phaseEnteredAt: string;
  modelId: string;
  modelVersion: string;
  /** Priority-group keys. */
  targetGroups: string[];
  municipalities: string[];
  hospitalUnit: string;
  lifecycleStatus: LifecycleStatus;
  updatedAt: string;
  /** People (Entra object ids) who turned "Venter på deg" notices off for this project; none when absent. */
  notificationsOff?: string[];
  /** Days a confirmation may wait for a side before it is overdue; undefined: the default (DEFAULT_WAITING_LIMIT_DAYS). */
  waitingLimitDays?: number;
}

/** Something in the stored data the app could not understand; shown to the user, never overwritten. */
export interface Anomaly {
  kind: 'unknownStatus' | 'unknownItem' | 'unknownPhase' | 'duplicateRow' | 'missingColumn' | 'invalidValue';
  itemKey?: string;
  /** For the log and developers (English); what a user reads is made in the UI from kind, column and value. */
  detail: string;
  /** The column (internal name) the value was read from. */
  column?: string;
  /** The value as stored, shortened, for the message. */
  value?: string;
}

export interface ProjectState {
  project: ProjectInfo;
  /** Only items that have ever been touched; a missing item is open. */
  items: Record<ItemKey, ItemState>;
  anomalies: Anomaly[];
}

/** Who acts, and for which side they confirm. */
export interface Actor extends Person {
  side?: Side;
}

/** What a user asked for. Writes are intents, so a 412 means: re-read, re-apply, retry. */
export type IntentBody =
  | { kind: 'setStatus'; itemKey: ItemKey; status: ItemStatus; reason?: string }
  | { kind: 'confirm'; itemKey: ItemKey; side: Side }
  | { kind: 'unconfirm'; itemKey: ItemKey; side: Side }
  | { kind: 'setComment'; itemKey: ItemKey; comment: string }
  | {
      kind: 'changePhase';
      to: PhaseKey;
      reason?: string;
      /** Set on the undo of a phase move: the move undone, and when the phase it returns to had been entered. */
      undoes?: { from: PhaseKey; to: PhaseKey; phaseEnteredAt: string };
    }
  | {
      kind: 'updateProject';
      // modelId/modelVersion: the project lead moves the project to a newer published model (queued, logged, polled).
      changes: Partial<Pick<ProjectInfo, 'title' | 'municipalities' | 'hospitalUnit' | 'targetGroups' | 'lifecycleStatus' | 'modelId' | 'modelVersion' | 'waitingLimitDays'>>;
    }
  /** A person turns "Venter på deg" notices for this project off or on again: only their own (checked by the store). */
  | { kind: 'setNotifications'; personId: string; enabled: boolean };

export type Intent = IntentBody & {
  /** UUID: makes a replay idempotent (the Events row carries it). */
  id: string;
  projectKey: string;
  actor: Actor;
  /** ISO 8601, when the user acted. */
  at: string;
};

export type EventKind = 'status' | 'confirm' | 'unconfirm' | 'comment' | 'phaseChange' | 'gateOverride' | 'projectUpdate';

/** One row of the append-only Events list. */
export interface ProjectEvent {
  intentId: string;
  projectKey: string;
  at: string;
  actor: Person;
  side?: Side;
  kind: EventKind;
  itemKey?: ItemKey;
  from?: string;
  to?: string;
  reason?: string;
}

/** Who is on which side in one project (suggested from the e-mail domain, confirmed by the person). */
export interface Participant {
  projectKey: string;
  person: Person;
  organisation: string;
  side: Side;
  confirmedAt?: string;
  /** When "Venter på deg" last told this person about this project (kept by the senders, not by the person). */
  notifiedAt?: string;
  /** Overdue items already named to this person in a notice (each is named once). */
  overdueNamed?: string[];
}
