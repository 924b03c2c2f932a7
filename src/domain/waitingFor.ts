// Which items wait for one side's confirmation, and since when: the items the progress rule counts as
// `awaitingOtherSide` (progress.ts) where the other side has confirmed and this side has not. Since = that
// confirmation's time; who = the person who made it.
import type { PhaseModel, Side } from '../model/types';
import { SIDES } from '../model/types';
import { activeChecklist, phasesInOrder } from '../model/lookup';
import { itemCompletion } from './progress';
import type { ProjectState } from './types';
import type { WaitingItem } from './waitingNotices';

export const otherSide = (side: Side): Side => SIDES.find((candidate) => candidate !== side) as Side;

/** Items waiting for `side`, in the model's order. */
export function waitingFor(model: PhaseModel, state: ProjectState, side: Side): WaitingItem[] {
  const confirmedSide = otherSide(side);
  return phasesInOrder(model).flatMap(activeChecklist).flatMap((def): WaitingItem[] => {
    const item = state.items[def.key];
    const confirmation = item?.confirmations[confirmedSide];
    if (!item || !confirmation || item.confirmations[side] || itemCompletion(def, item) !== 'awaitingOtherSide') return [];
    return [{ itemKey: def.key, since: confirmation.at, confirmedById: confirmation.by.id }];
  });
}
