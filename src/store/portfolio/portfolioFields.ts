// The writer side of the Portfolio list: one row per project in the coordination site, recomputed from the project's
// summary on every write so a coordinator's report is one request and SharePoint views, Excel and Power BI work on it.
// Derived data: any tab that writes rewrites the whole row, so a stale or hand-edited row heals itself.
import { findItem, findPhase } from '../../model/lookup';
import type { PhaseModel } from '../../model/types';
import type { ProjectSummary } from '../../domain/summary';
import type { ProjectState } from '../../domain/types';
import { joinKeys } from '../sharepoint/rows';
import { PROGRESS_COLUMNS } from '../sharepoint/schema';
import type { ProjectEvidence } from '../../domain/evidence/types';
import { encodeEvidence } from './evidenceJson';

export interface PortfolioWriteContext {
  /** For the readable columns beside the keys (bokmål names), so a coordinator's own view needs no lookup table. */
  model?: PhaseModel;
  siteUrl: string;
  tabUrl?: string;
  /** ISO 8601: when this row is written. */
  now: string;
  /** The project's evidence; undefined when the list has no Evidence column yet (provisioned by an older version). */
  evidence?: ProjectEvidence;
}

/** The Portfolio row's fields (internal names) for a project. */
export function portfolioFields(state: ProjectState, summary: ProjectSummary, context: PortfolioWriteContext): Record<string, string | number | null> {
  const { project } = state;
  const fields: Record<string, string | number | null> = {
    Title: project.title,
    ProjectKey: project.projectKey,
    SiteUrl: context.siteUrl,
    TabUrl: context.tabUrl ?? null,
    TeamGroupId: project.teamGroupId ?? null,
    Municipalities: joinKeys(project.municipalities),
    HospitalUnit: project.hospitalUnit,
    TargetGroups: joinKeys(project.targetGroups),
    CurrentPhase: project.currentPhase,
    CurrentPhaseName: (context.model && findPhase(context.model, project.currentPhase)?.label.nb) ?? null,
    CurrentPhaseOrder: summary.currentPhaseOrder >= 0 ? summary.currentPhaseOrder : null,
    PhaseEnteredAt: project.phaseEnteredAt || null,
    LifecycleStatus: project.lifecycleStatus,
    ModelVersion: project.modelVersion || null,
    MissingRequirements: summary.missingInPassedPhases.join('\n'),
    MissingRequirementsText: summary.missingInPassedPhases.map((key) => (context.model && findItem(context.model, key)?.label.nb) ?? key).join('\n'),
    MissingCount: summary.missingInPassedPhases.length,
    OpenInCurrentPhase: summary.openInCurrentPhase,
    OpenDualConfirmations: summary.openDualConfirmations,
    GateOverrides: JSON.stringify(summary.gateOverrides),
    GateOverrideCount: summary.gateOverrides.length,
    LastActivityAt: summary.lastActivityAt || null,
    SummaryJson: JSON.stringify(summary),
    RowUpdatedAt: context.now,
  };
  if (context.evidence) fields.Evidence = encodeEvidence(context.evidence);
  for (const [phaseKey, ratio] of Object.entries(summary.progress)) {
    const column = PROGRESS_COLUMNS[phaseKey];
    if (column) fields[column] = Math.round(ratio * 100);
  }
  return fields;
}
