// "Venter på bekreftelse fra den andre parten": the one rule for an item that waits for a side, used by the checklist
// (per phase), the project's own count, the Portfolio row, Oversikt, the exports, and by the features that tell a side
// it is waited for. Decision (issue 18): a project's figure counts every phase. A requirement left waiting in a phase
// the project has moved on from still waits for that side, and who is waited for, and for how long, is what
// likeverdighet is measured by; every screen that shows the project-wide figure says "alle faser".
import type { ItemKey, PhaseKey, PhaseModel, Side } from '../model/types';
import type { ChecklistItemDef } from '../model/types';
import { SIDES } from '../model/types';
import { activeChecklist, phasesInOrder } from '../model/lookup';
import type { ItemState, ProjectState } from './types';
import { confirmedSides } from './confirmation';

/**
 * The sides an item waits for: a `begge` item that is not marked not relevant, that someone has ticked or one side has
 * confirmed, and that is not confirmed by both. Empty when it waits for nobody: an untouched item is open, not
 * waiting; a one-side item never waits for a side.
 */
export function awaitedSides(def: ChecklistItemDef, item: ItemState | undefined): Side[] {
  if (!def.requiresBothSides || !item || item.status === 'notRelevant') return [];
  const confirmed = confirmedSides(item);
  if (item.status !== 'done' && confirmed.length === 0) return [];
  return SIDES.filter((side) => !confirmed.includes(side));
}

export interface AwaitingItem {
  itemKey: ItemKey;
  phaseKey: PhaseKey;
  /** One side, or both when it was ticked and neither side has confirmed yet. */
  awaiting: Side[];
}

/** Every requirement of the project (all phases, model order; retired ones do not count) that waits for a side. */
export function itemsAwaitingOtherSide(model: PhaseModel, state: ProjectState): AwaitingItem[] {
  return phasesInOrder(model).flatMap((phase) =>
    activeChecklist(phase).flatMap((def) => {
      const awaiting = awaitedSides(def, state.items[def.key]);
      return awaiting.length > 0 ? [{ itemKey: def.key, phaseKey: phase.key, awaiting }] : [];
    }),
  );
}
