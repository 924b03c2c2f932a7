// Phase gates: a phase's minimum requirements must be met before the project moves on, or the move carries a reason.
import type { ChecklistItemDef, PhaseKey, PhaseModel } from '../model/types';
import { activeChecklist, findPhase, phasesInOrder } from '../model/lookup';
import type { ProjectState } from './types';
import { itemCompletion } from './progress';
import { isBlank } from './textRules';

export interface GateStatus {
  phaseKey: PhaseKey;
  /** Every item is done or not relevant. */
  met: boolean;
  /** Items nobody has started on (completion `open`). */
  missing: ChecklistItemDef[];
  /** `begge` items ticked or confirmed by one side, waiting for the other. */
  awaitingOtherSide: ChecklistItemDef[];
}

/** A phase the model does not know has no requirements, so its gate is met; a retired requirement holds no gate. */
export function gateStatus(model: PhaseModel, state: ProjectState, phaseKey: PhaseKey): GateStatus {
  const missing: ChecklistItemDef[] = [];
  const awaitingOtherSide: ChecklistItemDef[] = [];
  const phase = findPhase(model, phaseKey);
  for (const def of phase ? activeChecklist(phase) : []) {
    const completion = itemCompletion(def, state.items[def.key]);
    if (completion === 'open') missing.push(def);
    else if (completion === 'awaitingOtherSide') awaitingOtherSide.push(def);
  }
  return { phaseKey, met: missing.length === 0 && awaitingOtherSide.length === 0, missing, awaitingOtherSide };
}

export type PhaseChangeCheck =
  | { allowed: true; direction: 'forward' | 'back' | 'same'; needsReason: boolean; unmetGates: GateStatus[] }
  | { allowed: false; why: 'unknownPhase' | 'reasonRequired' | 'samePhase' };

/**
 * The unmet gates a move forward to `to` passes: those of the current phase up to the phase before `to`. Empty for a
 * move back, to the same phase, or from or to a phase the model does not know.
 */
export function unmetGatesOnTheWay(model: PhaseModel, state: ProjectState, to: PhaseKey): GateStatus[] {
  const current = findPhase(model, state.project.currentPhase);
  const target = findPhase(model, to);
  if (!current || !target) return [];
  return phasesInOrder(model)
    .filter((phase) => phase.order >= current.order && phase.order < target.order)
    .map((phase) => gateStatus(model, state, phase.key))
    .filter((gate) => !gate.met);
}

/**
 * Whether the project may move to `to`. Forward past unmet gates (each phase from the current one up to the one
 * before `to`) needs a non-blank reason, which is then recorded as a gate override; back needs none. Moving to the
 * current phase is refused (`samePhase`), so `direction: 'same'` is never returned. A project whose current phase the
 * model does not know (an anomaly) may move to any known phase without a reason: that is how it is repaired.
 */
export function checkPhaseChange(model: PhaseModel, state: ProjectState, to: PhaseKey, reason?: string): PhaseChangeCheck {
  const target = findPhase(model, to);
  if (!target) return { allowed: false, why: 'unknownPhase' };
  if (to === state.project.currentPhase) return { allowed: false, why: 'samePhase' };
  const current = findPhase(model, state.project.currentPhase);
  if (!current) return { allowed: true, direction: 'forward', needsReason: false, unmetGates: [] };
  if (target.order < current.order) return { allowed: true, direction: 'back', needsReason: false, unmetGates: [] };

  const unmetGates = unmetGatesOnTheWay(model, state, to);
  const needsReason = unmetGates.length > 0;
  if (needsReason && isBlank(reason)) return { allowed: false, why: 'reasonRequired' };
  return { allowed: true, direction: 'forward', needsReason, unmetGates };
}
