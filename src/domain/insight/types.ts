// Innsikt: what the model's owners learn from every project's Portfolio row. Pure figures, keys and references to
// projects; the UI and the report put words and numbers on them.
import type { ItemKey, PhaseKey, PhaseModel, Side } from '../../model/types';
import type { ProjectEvidence } from '../evidence/types';
import type { Feedback } from '../feedback';
import type { LifecycleStatus } from '../types';
import type { PortfolioRow } from '../portfolio/types';

/** One project as Innsikt reads it: its row, the model version it follows, and its evidence when it has readable evidence. */
export interface InsightProject {
  row: PortfolioRow;
  /** The model version the row's project runs on (figures are read against it, never against the newest). */
  model: PhaseModel;
  evidence?: ProjectEvidence;
}

/** What every figure leads to. */
export interface ProjectRef {
  projectKey: string;
  title: string;
}

export interface InsightFilter {
  modelVersions: string[];
  municipalities: string[];
  hospitalUnits: string[];
  targetGroups: string[];
  lifecycleStatuses: LifecycleStatus[];
}

export const emptyInsightFilter: InsightFilter = { modelVersions: [], municipalities: [], hospitalUnits: [], targetGroups: [], lifecycleStatuses: [] };

/** A set of durations in days, and the projects behind them. */
export interface DurationFigures {
  count: number;
  medianDays?: number;
  longestDays?: number;
}

export interface NotRelevantEntry {
  project: ProjectRef;
  reason: string;
}

export interface OverrideEntry {
  project: ProjectRef;
  from?: PhaseKey;
  to?: PhaseKey;
  reason: string;
  at?: string;
}

export interface RequirementInsight {
  itemKey: ItemKey;
  phaseKey: PhaseKey;
  requiresBothSides: boolean;
  /** Projects (with evidence) whose model version asks for it. */
  asked: number;
  done: ProjectRef[];
  /** Not done: open or waiting for a side (`awaiting` says which of them wait). */
  open: ProjectRef[];
  awaiting: ProjectRef[];
  notRelevant: NotRelevantEntry[];
  /** In the projects now in its phase where it is still open: how long since they entered the phase. */
  openInItsPhase: DurationFigures & { projects: (ProjectRef & { days: number })[] };
  /** Phase changes that moved on without it, with their reasons. */
  leftUnmet: OverrideEntry[];
  feedback: Feedback[];
}

export interface ToolboxEntryInsight {
  entryKey: string;
  phaseKey: PhaseKey;
  feedback: Feedback[];
}

export interface PhaseInsight {
  phaseKey: PhaseKey;
  /** Projects in it now (by the row's current phase). */
  projectsNow: ProjectRef[];
  /** Stays that ended (the project moved on), from the phase histories. */
  completedStays: DurationFigures;
  /** Stays still going on, so far. */
  currentStays: DurationFigures;
  /** Moves out of this phase past unmet requirements. */
  overrides: OverrideEntry[];
}

export interface SideWaits extends DurationFigures {
  /** Of `count`, how many still wait. */
  open: number;
  projects: ProjectRef[];
}

/** How dual confirmations went: who was waited for, how long, and who confirmed first. */
export interface BalanceFigures {
  waitsOn: Record<Side, SideWaits>;
  firstBy: Record<Side, number>;
  /** Both sides confirmed in the same minute. */
  together: number;
}

export interface ConfirmationBalance {
  overall: BalanceFigures;
  byPhase: { phaseKey: PhaseKey; figures: BalanceFigures }[];
  byRequirement: { itemKey: ItemKey; phaseKey: PhaseKey; figures: BalanceFigures }[];
  byProject: { project: ProjectRef; figures: BalanceFigures }[];
}

export interface InsightCoverage {
  /** Projects after the filter. */
  projects: number;
  withEvidence: number;
  /** Rows written before the evidence was kept: no data yet. */
  noData: ProjectRef[];
  /** Rows whose evidence could not be read: left out of every figure. */
  unreadable: ProjectRef[];
  /**
   * Overrides recorded before the requirements a move left unmet were kept (no `missing`): counted per phase, but
   * absent from every requirement's "left unmet", so the page says how many.
   */
  overridesWithoutRequirements: number;
}

export interface Insight {
  coverage: InsightCoverage;
  requirements: RequirementInsight[];
  toolbox: ToolboxEntryInsight[];
  phases: PhaseInsight[];
  balance: ConfirmationBalance;
  /** Feedback not yet answered, newest first. */
  openFeedback: Feedback[];
}
