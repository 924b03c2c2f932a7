// The Graph store's options: its connection, models, the coordination site and how often it reads what.
import type { PhaseModel } from '../../model/types';
import type { ProjectInfo } from '../../domain/types';
import type { SiteAddress } from '../ChecklistStore';
import type { ProjectModels } from '../model/projectModels';
import type { PortfolioTarget } from './siteLocator';
import type { GraphConnection } from '../graphClient/createGraphClient';

export interface GraphChecklistStoreOptions {
  graph: GraphConnection;
  /** The built-in model; without `models` every project runs on it, with them only when nothing better is known. */
  model: PhaseModel;
  /** The coordinators' published versions (see projectModels.ts): each project runs on the version it records. */
  models?: ProjectModels;
  /** The coordination site with the Portfolio list; without it no Portfolio row is written. */
  portfolioSite?: SiteAddress;
  /** Where the Portfolio list was found before (remembered on the device), so no load waits to look it up. */
  knownPortfolioTarget?: PortfolioTarget;
  /** The link to the project written to the Portfolio row (domain/projectLinks.ts: for the host it lives in). */
  tabUrl?: (project: ProjectInfo, siteUrl: string) => string | undefined;
  /**
   * Polls that read only the checklist list's delta before one also reads projects and participants anyway (default
   * 120, about every 10 minutes in a meeting). Our own writes move the change signal, so this only catches rows edited by hand in SharePoint.
   */
  slowListEvery?: number;
  /** Re-read/re-apply rounds after 412/409 before giving up with `conflict` (default 4). */
  maxConflictRetries?: number;
  now?: () => string;
}
