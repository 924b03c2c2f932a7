// The drill-down's figures once the project itself has been read: the Portfolio row recomputed from the project's
// own state against the model version the project runs on (the one its tab and its checklist use), so the top of the
// drill-down and the checklist below it can never disagree (a Portfolio row may lag).
import { summarizeProject } from '../../domain/summary';
import { toPortfolioViewRow } from '../../export/portfolioView';
import type { PortfolioViewOptions, PortfolioViewRow } from '../../export/portfolioView';
import type { PortfolioRow } from '../../domain/portfolio/types';
import type { ProjectState } from '../../domain/types';
import { phaseOf } from '../../model/lookup';
import type { PhaseModel } from '../../model/types';

export function liveViewRow(row: PortfolioViewRow, state: ProjectState, model: PhaseModel, options: PortfolioViewOptions): PortfolioViewRow {
  const summary = summarizeProject(model, state, []);
  const progress = Object.fromEntries(Object.entries(summary.progress).map(([phaseKey, ratio]) => [phaseKey, Math.round(ratio * 100)]));
  const missingRequirements = summary.missingInPassedPhases.map((itemKey) => {
    const phaseKey = phaseOf(model, itemKey);
    return phaseKey === undefined ? { itemKey } : { itemKey, phaseKey };
  });
  const { modelMissing: _readAgainstAnother, ...stored } = row.row;
  const live: PortfolioRow = {
    ...stored,
    model,
    currentPhase: state.project.currentPhase,
    phaseEnteredAt: state.project.phaseEnteredAt,
    ...(state.project.modelVersion ? { modelVersion: state.project.modelVersion } : {}),
    progress,
    missingRequirements,
    missingCount: missingRequirements.length,
    missingInPassedPhases: missingRequirements.length,
    openInCurrentPhase: summary.openInCurrentPhase,
    openDualConfirmations: summary.openDualConfirmations,
    knownStale: false,
  };
  return toPortfolioViewRow(live, options);
}
