// What moving a project to a newer model version does to the phases it has left: a requirement the new version adds
// there (or brings back) is not met, and one that now needs both sides may no longer be met. A phase the project has
// completed would go from 7 of 7 to 7 of 8 without a word; the upgrade asks first, naming them (issue 18).
import type { ItemKey, PhaseKey, PhaseModel } from '../model/types';
import { activeChecklist, findPhase, phasesInOrder } from '../model/lookup';
import { isMet, itemCompletion, phaseProgress } from './progress';
import type { PhaseProgress } from './progress';
import type { ProjectState } from './types';

export interface LeftPhaseEffect {
  phaseKey: PhaseKey;
  /** Requirements the new version adds to the phase (or brings back), not met. */
  added: ItemKey[];
  /** Requirements met on the current version and not on the new one (they now need both sides). */
  reopened: ItemKey[];
  before: PhaseProgress;
  after: PhaseProgress;
}

/** The phases before the project's current one that moving from `current` to `next` leaves with something unmet. */
export function upgradeEffectsOnLeftPhases(current: PhaseModel, next: PhaseModel, state: ProjectState): LeftPhaseEffect[] {
  const here = findPhase(next, state.project.currentPhase)?.order ?? findPhase(current, state.project.currentPhase)?.order;
  if (here === undefined) return [];
  return phasesInOrder(next)
    .filter((phase) => phase.order < here)
    .flatMap((phase) => {
      const was = findPhase(current, phase.key);
      const wasActive = new Map((was ? activeChecklist(was) : []).map((item) => [item.key, item]));
      const added: ItemKey[] = [];
      const reopened: ItemKey[] = [];
      for (const item of activeChecklist(phase)) {
        const stored = state.items[item.key];
        if (isMet(itemCompletion(item, stored))) continue;
        const before = wasActive.get(item.key);
        if (!before) added.push(item.key);
        else if (isMet(itemCompletion(before, stored))) reopened.push(item.key);
      }
      if (added.length === 0 && reopened.length === 0) return [];
      const empty: PhaseProgress = { phaseKey: phase.key, total: 0, met: 0, done: 0, notRelevant: 0, awaitingOtherSide: 0, open: 0, ratio: 1 };
      return [{ phaseKey: phase.key, added, reopened, before: was ? phaseProgress(was, state) : empty, after: phaseProgress(phase, state) }];
    });
}
