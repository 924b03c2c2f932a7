// Which requirements "Gå gjennom" visits: the current phase's that are still open (or wait for the other side), in
// the model's order, and where a walk that was left goes on. Retired requirements (a newer model) are skipped. Pure.
import type { ChecklistItemDef, ItemKey, LocalizedText, PhaseDef, PhaseKey } from '../../model/types';
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

/** Where a walk-through stands: its fixed list of requirements and the one shown. */
export interface WalkPlace {
  phaseKey: PhaseKey;
  keys: ItemKey[];
  index: number;
}

/**
 * Where a walk starts: where the last one in this phase was left (Escape or "Tilbake til sjekklisten" keep the place),
 * with requirements opened since added at the end; otherwise the phase's open requirements from the first.
 */
export function walkStart(phase: PhaseDef, state: ProjectState, left?: WalkPlace): WalkPlace {
  const open = openRequirements(phase, state);
  if (!left || left.phaseKey !== phase.key) return { phaseKey: phase.key, keys: open, index: 0 };
  const keys = [...left.keys, ...open.filter((key) => !left.keys.includes(key))];
  return { phaseKey: phase.key, keys, index: Math.min(left.index, Math.max(keys.length - 1, 0)) };
}

/** The requirement's guidance text, when the model has one. */
export function guidanceOf(def: ChecklistItemDef): LocalizedText | undefined {
  return (def as WalkedItemDef).guidance;
}
