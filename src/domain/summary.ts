// The Summary column of Projects and the Portfolio row: what a coordinator needs to see without opening the project.
import type { PhaseKey, PhaseModel } from '../model/types';
import { activeChecklist, findPhase, phasesInOrder } from '../model/lookup';
import type { ProjectState } from './types';
import { isMet, itemCompletion, projectProgress } from './progress';
import { itemsAwaitingOtherSide } from './awaiting';

export interface ProjectSummary {
  modelVersion: string;
  currentPhase: PhaseKey;
  /** The current phase's order in the model; -1 when the model does not know it. */
  currentPhaseOrder: number;
  /** Per phase, met / total, 0..1 (not relevant counts as met: PhaseProgress). */
  progress: Record<PhaseKey, number>;
  /** Item keys not done (open or awaiting a side) in phases before the current one, in model order. */
  missingInPassedPhases: string[];
  /** Requirements of the current phase not done yet (open or awaiting a side): what the project works on now. */
  openInCurrentPhase: number;
  /** Requirements waiting for a side's confirmation, in every phase (domain/awaiting.ts). */
  openDualConfirmations: number;
  /** Moves past unmet gates; `missing`: the requirements they left unmet (absent in overrides recorded before it was kept). */
  gateOverrides: { from: PhaseKey; to: PhaseKey; reason: string; at: string; by: string; missing?: string[] }[];
  /** The latest of every timestamp the state and the overrides hold. */
  lastActivityAt: string;
}

function latest(timestamps: readonly (string | undefined)[]): string {
  let best: string | undefined;
  let bestTime = -Infinity;
  for (const timestamp of timestamps) {
    const time = timestamp === undefined ? NaN : Date.parse(timestamp);
    if (!Number.isNaN(time) && time > bestTime) [best, bestTime] = [timestamp, time];
  }
  return best ?? '';
}

/** Summarises against `model` (whose version it records), whatever version the project was started on; retired requirements do not count. */
export function summarizeProject(model: PhaseModel, state: ProjectState, overrides: ProjectSummary['gateOverrides']): ProjectSummary {
  const currentPhaseOrder = findPhase(model, state.project.currentPhase)?.order ?? -1;
  const progress: Record<PhaseKey, number> = {};
  for (const phase of projectProgress(model, state)) progress[phase.phaseKey] = phase.ratio;

  const phases = phasesInOrder(model);
  const notDone = (phase: (typeof phases)[number]) => activeChecklist(phase).filter((def) => !isMet(itemCompletion(def, state.items[def.key])));
  const missingInPassedPhases = phases.filter((phase) => phase.order < currentPhaseOrder).flatMap(notDone).map((def) => def.key);
  const current = phases.find((phase) => phase.order === currentPhaseOrder);
  const openInCurrentPhase = current ? notDone(current).length : 0;
  const openDualConfirmations = itemsAwaitingOtherSide(model, state).length;

  const items = Object.values(state.items);
  const lastActivityAt = latest([
    state.project.updatedAt,
    state.project.phaseEnteredAt,
    ...items.map((item) => item.updatedAt),
    ...items.flatMap((item) => Object.values(item.confirmations).map((confirmation) => confirmation?.at)),
    ...overrides.map((override) => override.at),
  ]);

  return {
    modelVersion: model.version,
    currentPhase: state.project.currentPhase,
    currentPhaseOrder,
    progress,
    missingInPassedPhases,
    openInCurrentPhase,
    openDualConfirmations,
    gateOverrides: [...overrides].sort((a, b) => a.at.localeCompare(b.at)),
    lastActivityAt,
  };
}
