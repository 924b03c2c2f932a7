// The evidence a project's Portfolio row carries for the model's owners (Innsikt, the FSU/SSU report) and for the
// people a confirmation waits on ("Venter på meg"): what each touched requirement's state is, when each side
// confirmed it, when the project entered each phase, who is registered for each side, how long a wait may last, and
// what a link to the project needs. Pure data in the domain's words; the store encodes it compactly in the row
// (store/portfolio/evidenceJson.ts) and validates it on read. It holds no comments and no free text but the
// not-relevant reasons; the gate overrides (with their reasons and the requirements they left unmet) travel in the
// row's own GateOverrides column and are not repeated here.
import type { ItemKey, Side } from '../../model/types';
import type { ItemStatus, Person } from '../types';
import type { PhaseEntry } from '../phaseHistory';

/** A project waits this many days for a side's confirmation before the wait counts as overdue (a project setting). */
export const DEFAULT_WAITING_LIMIT_DAYS = 14;

export interface SideConfirmation {
  /** ISO 8601, to the minute (the row stores minutes). */
  at: string;
  /** Who confirmed, when the row says. */
  by?: Person;
}

/** One requirement a project has touched: its status, why it does not apply, and each side's confirmation. */
export interface ItemEvidence {
  status: ItemStatus;
  notRelevantReason?: string;
  confirmations: Partial<Record<Side, SideConfirmation>>;
}

export interface ProjectLink {
  /** The team's Microsoft 365 group. */
  teamGroupId?: string;
  /** The channel whose tab shows the project; the tab's entity id is the project key. */
  channelId?: string;
}

export interface ProjectEvidence {
  /** Only requirements that are not plainly open: done, not relevant, or confirmed by a side. No entry = open. */
  items: Record<ItemKey, ItemEvidence>;
  /** When the project entered each phase, oldest first; the last entry is the current phase. */
  phaseHistory: PhaseEntry[];
  /** The project's registered participants per side (Entra object id and name). */
  participants: Record<Side, Person[]>;
  waitingLimitDays: number;
  link: ProjectLink;
}

/** What a Portfolio row's evidence says when read: nothing yet (an older row), the evidence, or why it cannot be used. */
export type EvidenceReading =
  | { kind: 'none' }
  | { kind: 'ok'; evidence: ProjectEvidence }
  | { kind: 'unreadable'; problem: 'notJson' | 'unknownVersion' | 'invalid'; version?: string };
