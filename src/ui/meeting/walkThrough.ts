// Which requirements "Gå gjennom" visits: the current phase's that are still open (or wait for the other side), in
// the model's order. Retired requirements (a newer model) are skipped. Pure.
import type { ChecklistItemDef, ItemKey, LocalizedText, PhaseDef } from '../../model/types';
import type { ProjectState } from '../../domain/types';
import { itemCompletion } from '../../domain/progress';

/** The model's optional fields a walk-through reads; typed here so it builds before and after the model has them. */
type WalkedItemDef = ChecklistItemDef & { guidance?: LocalizedText; retired?: boolean };

export function openRequirements(phase: PhaseDef, state: ProjectState): ItemKey[] {
  return phase.checklist
    .filter((def) => !(def as WalkedItemDef).retired)
    .filter((def) => {
      const completion = itemCompletion(def, state.items[def.key]);
      return completion === 'open' || completion === 'awaitingOtherSide';
    })
    .map((def) => def.key);
}

/** The requirement's guidance text, when the model has one. */
export function guidanceOf(def: ChecklistItemDef): LocalizedText | undefined {
  return (def as WalkedItemDef).guidance;
}
