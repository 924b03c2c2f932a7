// The Portfolio list's items exactly as Graph returns them: raw, untyped field values (a coordinator may edit the
// list by hand). Only portfolioRowFromItem turns them into the app's PortfolioRow.
import type { SpItem } from '../graph/rows';
import { PROGRESS_COLUMNS, selectFields } from '../provisioning/schema';

/** The fields of one Portfolio item, by internal column name; any value may be missing or of the wrong type. */
export interface PortfolioSPFields {
  Title?: unknown;
  ProjectKey?: unknown;
  SiteUrl?: unknown;
  TabUrl?: unknown;
  TeamGroupId?: unknown;
  Municipalities?: unknown;
  HospitalUnit?: unknown;
  TargetGroups?: unknown;
  CurrentPhase?: unknown;
  CurrentPhaseOrder?: unknown;
  PhaseEnteredAt?: unknown;
  LifecycleStatus?: unknown;
  MissingRequirements?: unknown;
  MissingCount?: unknown;
  OpenInCurrentPhase?: unknown;
  OpenDualConfirmations?: unknown;
  GateOverrides?: unknown;
  GateOverrideCount?: unknown;
  LastActivityAt?: unknown;
  SummaryJson?: unknown;
  RowUpdatedAt?: unknown;
  /** ProgressForankring … ProgressLaerOgDel (see PROGRESS_COLUMNS). */
  [progressColumn: string]: unknown;
}

/** A Portfolio item, or (in delta) the id of one that was deleted. */
export type PortfolioSPItem = SpItem<PortfolioSPFields>;

export interface GraphPage<T> {
  value?: T[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Our columns only: a column someone added by hand never costs bandwidth. */
export const PORTFOLIO_SELECT = selectFields('portfolio');

export { PROGRESS_COLUMNS };
