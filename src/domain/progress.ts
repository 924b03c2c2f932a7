// How far a project has come: per item, per phase, per project.
import type { ChecklistItemDef, PhaseDef, PhaseKey, PhaseModel } from '../model/types';
import type { ItemState, ProjectState } from './types';
import { bothSidesConfirmed } from './confirmation';
import { awaitedSides } from './awaiting';
import { activeChecklist, phasesInOrder } from '../model/lookup';

export type ItemCompletion = 'open' | 'awaitingOtherSide' | 'done' | 'notRelevant';

/**
 * - `notRelevant`: status notRelevant (whatever confirmations it carries).
 * - Items for one side: `done` when the status is done; confirmations do not matter.
 * - `begge` items: `done` when both the kommune side and the sykehus side have confirmed, even if the status is still
 *   open: the two confirmations are the requirement, and the status tick is only one person's claim.
 *   `awaitingOtherSide` when the status is done or one side has confirmed, but not both.
 */
export function itemCompletion(def: ChecklistItemDef, item: ItemState | undefined): ItemCompletion {
  if (!item) return 'open';
  if (item.status === 'notRelevant') return 'notRelevant';
  if (!def.requiresBothSides) return item.status === 'done' ? 'done' : 'open';
  if (bothSidesConfirmed(item)) return 'done';
  return awaitedSides(def, item).length > 0 ? 'awaitingOtherSide' : 'open';
}

/** Met, as the phase's figure and its gate count it: done, or not relevant. */
export function isMet(completion: ItemCompletion): boolean {
  return completion === 'done' || completion === 'notRelevant';
}

/**
 * The one counting rule (issue 18), on every screen, in the Portfolio list and in the exports: a requirement marked not
 * relevant counts as met, as it does for the phase's gate. `met` is what every figure shows ("5 av 6 oppfylt",
 * "5/6", 83 %); `notRelevant` says how many of those are met by being not relevant, and is shown beside it.
 */
export interface PhaseProgress {
  phaseKey: PhaseKey;
  total: number;
  /** done + notRelevant: what the phase's figure counts. */
  met: number;
  done: number;
  notRelevant: number;
  awaitingOtherSide: number;
  open: number;
  /** met / total, 0..1; a phase without items counts as complete (1). */
  ratio: number;
}

/** Retired requirements stay in the model (and the checklist, with their history) but no longer count. */
export function phaseProgress(phase: PhaseDef, state: ProjectState): PhaseProgress {
  const counts: Record<ItemCompletion, number> = { open: 0, awaitingOtherSide: 0, done: 0, notRelevant: 0 };
  const active = activeChecklist(phase);
  for (const def of active) counts[itemCompletion(def, state.items[def.key])] += 1;
  const total = active.length;
  const met = counts.done + counts.notRelevant;
  return { phaseKey: phase.key, total, met, ...counts, ratio: total === 0 ? 1 : met / total };
}

/** Progress of every phase, in model order. */
export function projectProgress(model: PhaseModel, state: ProjectState): PhaseProgress[] {
  return phasesInOrder(model).map((phase) => phaseProgress(phase, state));
}
