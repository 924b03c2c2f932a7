// The portfolio as the app understands it: one row per project, typed and language-neutral. The raw SharePoint
// item (PortfolioSPItem, in src/store/portfolio) is parsed into this shape; filters, sorting, charts and exports
// work on it and never on raw fields.
import type { ItemKey, PhaseKey, PhaseModel } from '../../model/types';
import type { Anomaly, LifecycleStatus } from '../types';
import type { EvidenceReading } from '../evidence/types';

/** A gate passed without meeting its minimum requirements, and why. */
export interface GateOverrideRecord {
  /** The phase whose gate was overridden (the phase left), when the row says. */
  phaseKey?: PhaseKey;
  /** The phase moved to, when the row says. */
  to?: PhaseKey;
  reason: string;
  at?: string;
  by?: string;
  /** The requirements the move left unmet; undefined for an override recorded before they were kept. */
  missing?: ItemKey[];
}

/** A minimum requirement of a passed phase that is still not done. */
export interface MissingRequirement {
  phaseKey?: PhaseKey;
  itemKey: ItemKey;
}

export interface PortfolioRow {
  /** SharePoint item id in the Portfolio list: what a delta deletion names. */
  itemId: string;
  projectKey: string;
  title: string;
  siteUrl?: string;
  tabUrl?: string;
  teamGroupId?: string;
  municipalities: string[];
  hospitalUnit: string;
  /** Priority-group keys. */
  targetGroups: string[];
  /** Undefined when the row names no phase or one the model does not know (then an anomaly says so). */
  currentPhase?: PhaseKey;
  /** The phase value as stored, when the model does not know it (shown as is). */
  rawPhase?: string;
  phaseEnteredAt?: string;
  lifecycleStatus?: LifecycleStatus;
  /** The model version the project follows (Prosjekter.ModelVersion); undefined for a row written before it was kept. */
  modelVersion?: string;
  /**
   * The model the row was read against, and the one its labels, phases and requirements come from: the published
   * version its project runs on (`modelVersion`), so a requirement that only that version has is a requirement, not an
   * unreadable value. When that version cannot be read, the newest model known, and `modelMissing` says so.
   */
  model: PhaseModel;
  /** The version the project runs on, when it could not be read: the row's figures are shown as written. */
  modelMissing?: string;
  /** Percent done (0–100) per phase key. */
  progress: Partial<Record<PhaseKey, number>>;
  missingRequirements: MissingRequirement[];
  /** Requirements not met in phases the project has left (the same figure as `missingCount`). */
  missingInPassedPhases: number;
  /** Requirements still open in the current phase. */
  openInCurrentPhase: number;
  missingCount: number;
  openDualConfirmations: number;
  /**
   * The reader knows the row is older than its project (its own figures disagree, it was written for another model
   * version, or a project it was compared with changed after it): shown with a note, never as current.
   */
  knownStale?: boolean;
  gateOverrides: GateOverrideRecord[];
  lastActivityAt?: string;
  /** When a tab last wrote the row: what the self-healing check compares. */
  rowUpdatedAt?: string;
  /** The writer's full summary, parsed; undefined when absent or unreadable. */
  summary?: unknown;
  /**
   * What Innsikt and "Venter på meg" read: `none` on a row written before it was kept, `unreadable` (then left out of
   * every figure). The reader always sets it; undefined (a row built elsewhere) reads as `none`.
   */
  evidence?: EvidenceReading;
  /** Values in the row the app could not understand (hand-edited rows): shown, never fatal. */
  anomalies: Anomaly[];
}

/** What the coordinator narrows the portfolio to. An empty list means "any". */
export interface PortfolioFilter {
  targetGroups: string[];
  municipalities: string[];
  hospitalUnits: string[];
  /** Phase keys; `unknownPhaseKey` selects rows whose phase could not be read. */
  phases: string[];
  lifecycleStatuses: LifecycleStatus[];
  stalledOnly: boolean;
  /** A project is stalled after this many days without activity. */
  stalledAfterDays: number;
  /** Free text matched against the project's name. */
  text: string;
}

export const unknownPhaseKey = '__unknown';

export const emptyPortfolioFilter: PortfolioFilter = {
  targetGroups: [],
  municipalities: [],
  hospitalUnits: [],
  phases: [],
  lifecycleStatuses: [],
  stalledOnly: false,
  stalledAfterDays: 30,
  text: '',
};

export const PORTFOLIO_SORT_KEYS = [
  'title',
  'municipalities',
  'hospitalUnit',
  'targetGroups',
  'phase',
  'phaseEnteredAt',
  'progress',
  'missingCount',
  'openDualConfirmations',
  'gateOverrideCount',
  'lastActivityAt',
  'lifecycleStatus',
] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

export interface PortfolioSort {
  key: PortfolioSortKey;
  direction: 'ascending' | 'descending';
}
