// Where a portfolio row stands in the model: its phase's position and its overall progress. Pure, no labels.
import type { PhaseModel, PhaseKey } from '../../model/types';
import type { PortfolioRow } from './types';

export function phaseOrderOf(model: PhaseModel, phaseKey: PhaseKey | undefined): number | undefined {
  return phaseKey === undefined ? undefined : model.phases.find((p) => p.key === phaseKey)?.order;
}

/** The mean of the phases' percentages, over the phases of the model the row is read against (0–100, rounded). */
export function overallProgress(row: PortfolioRow): number {
  const { model } = row;
  if (model.phases.length === 0) return 0;
  const sum = model.phases.reduce((total, phase) => total + (row.progress[phase.key] ?? 0), 0);
  return Math.round(sum / model.phases.length);
}
