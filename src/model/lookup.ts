// Finding phases and items in a model by key. Keys, never labels.
import type { ChecklistItemDef, ItemKey, PhaseDef, PhaseKey, PhaseModel, ToolboxEntry } from './types';

export function findPhase(model: PhaseModel, phaseKey: PhaseKey): PhaseDef | undefined {
  return model.phases.find((phase) => phase.key === phaseKey);
}

export function findItem(model: PhaseModel, itemKey: ItemKey): ChecklistItemDef | undefined {
  for (const phase of model.phases) {
    const item = phase.checklist.find((candidate) => candidate.key === itemKey);
    if (item) return item;
  }
  return undefined;
}

/** The phase an item belongs to; undefined for a key the model does not know. */
export function phaseOf(model: PhaseModel, itemKey: ItemKey): PhaseKey | undefined {
  return model.phases.find((phase) => phase.checklist.some((item) => item.key === itemKey))?.key;
}

/** The phase's position (its `order`), or -1 for an unknown key. */
export function phaseIndex(model: PhaseModel, phaseKey: PhaseKey): number {
  return findPhase(model, phaseKey)?.order ?? -1;
}

function phaseAt(model: PhaseModel, order: number): PhaseDef | undefined {
  return model.phases.find((phase) => phase.order === order);
}

export function nextPhase(model: PhaseModel, phaseKey: PhaseKey): PhaseDef | undefined {
  const index = phaseIndex(model, phaseKey);
  return index < 0 ? undefined : phaseAt(model, index + 1);
}

/** The phases in model order (parsePhaseModel sorts them, but a hand-built model may not be). */
export function phasesInOrder(model: PhaseModel): PhaseDef[] {
  return [...model.phases].sort((a, b) => a.order - b.order);
}

/** The requirements a project is still asked to meet: retired ones stay in the model (history) but no longer count. */
export function activeChecklist(phase: PhaseDef): ChecklistItemDef[] {
  return phase.checklist.filter((item) => item.retired !== true);
}

/** A toolbox entry of any phase, by key. */
export function findEntry(model: PhaseModel, entryKey: string): ToolboxEntry | undefined {
  for (const phase of model.phases) {
    const entry = phase.toolbox.find((candidate) => candidate.key === entryKey);
    if (entry) return entry;
  }
  return undefined;
}

/** The entries that help meet a requirement, in the order the coordinator listed them; retired ones left out. */
export function entriesHelping(model: PhaseModel, item: ChecklistItemDef): ToolboxEntry[] {
  return (item.helpedBy ?? []).map((key) => findEntry(model, key)).filter((entry): entry is ToolboxEntry => entry !== undefined && entry.retired !== true);
}
