// The drill-down's figures once the project itself has been read: the Portfolio row recomputed from the project's
// own state, so the top of the drill-down and the checklist below it can never disagree (a Portfolio row may lag).
import { phaseProgress } from '../../domain/progress';
import { summarizeProject } from '../../domain/summary';
import { toPortfolioViewRow } from '../../export/portfolioView';
import type { PortfolioViewOptions, PortfolioViewRow } from '../../export/portfolioView';
import type { PortfolioRow } from '../../domain/portfolio/types';
import type { ProjectState } from '../../domain/types';
import { findItem, findPhase } from '../../model/lookup';
import type { PhaseModel } from '../../model/types';

export function liveViewRow(row: PortfolioViewRow, state: ProjectState, model: PhaseModel, options: PortfolioViewOptions): PortfolioViewRow {
  const summary = summarizeProject(model, state, []);
  const current = findPhase(model, state.project.currentPhase);
  const currentProgress = current ? phaseProgress(current, state) : undefined;
  const progress = Object.fromEntries(Object.entries(summary.progress).map(([phaseKey, ratio]) => [phaseKey, Math.round(ratio * 100)]));
  const missingRequirements = summary.missingInPassedPhases.map((itemKey) => ({ itemKey, ...phaseOf(model, itemKey) }));
  const live: PortfolioRow = {
    ...row.row,
    currentPhase: state.project.currentPhase,
    phaseEnteredAt: state.project.phaseEnteredAt,
    ...(state.project.modelVersion ? { modelVersion: state.project.modelVersion } : {}),
    progress,
    missingRequirements,
    missingCount: missingRequirements.length,
    missingInPassedPhases: missingRequirements.length,
    ...(currentProgress ? { openInCurrentPhase: currentProgress.open + currentProgress.awaitingOtherSide } : {}),
    openDualConfirmations: summary.openDualConfirmations,
    knownStale: false,
  };
  return toPortfolioViewRow(live, model, options);
}

function phaseOf(model: PhaseModel, itemKey: string): { phaseKey?: string } {
  const phase = model.phases.find((candidate) => candidate.checklist.some((def) => def.key === itemKey));
  return phase && findItem(model, itemKey) ? { phaseKey: phase.key } : {};
}
