// The editor's operations on a model, pure and immutable: add, change, reorder and retire requirements and toolbox
// entries, change a phase's texts. New keys are made from the bokmål text and never reuse a key the model (or any
// earlier version, `usedKeys`) has had: stored rows refer to keys, so a reused key would inherit someone's ticks.
import type { ChecklistItemDef, LocalizedText, PhaseDef, PhaseKey, PhaseModel, ToolboxEntry } from './types';

const ASCII: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', é: 'e', è: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** `Tidlige gevinsthypoteser` → `tidlige-gevinsthypoteser`. */
export function slug(text: string): string {
  const folded = text.toLowerCase().replace(/[æøåéèüöä]/g, (c) => ASCII[c] ?? c);
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50) || 'punkt';
}

/** Every key the model holds, retired ones included. */
export function keysOf(model: PhaseModel): Set<string> {
  return new Set(model.phases.flatMap((phase) => [phase.key, ...phase.checklist.map((i) => i.key), ...phase.toolbox.map((e) => e.key)]));
}

/** `${prefix}.${slug}`, with -2, -3 … until it is new to the model and to `usedKeys`. */
export function freshKey(model: PhaseModel, prefix: string, text: string, usedKeys: ReadonlySet<string> = new Set()): string {
  const taken = keysOf(model);
  const base = `${prefix}.${slug(text)}`;
  let key = base;
  for (let n = 2; taken.has(key) || usedKeys.has(key); n += 1) key = `${base}-${n}`;
  return key;
}

function withPhase(model: PhaseModel, phaseKey: PhaseKey, change: (phase: PhaseDef) => PhaseDef): PhaseModel {
  if (!model.phases.some((phase) => phase.key === phaseKey)) throw new Error(`No phase '${phaseKey}'`);
  return { ...model, phases: model.phases.map((phase) => (phase.key === phaseKey ? change(phase) : phase)) };
}

function inPhaseOf(model: PhaseModel, key: string, field: 'checklist' | 'toolbox'): PhaseKey {
  const phase = model.phases.find((p) => (p[field] as { key: string }[]).some((x) => x.key === key));
  if (!phase) throw new Error(`No ${field === 'checklist' ? 'requirement' : 'toolbox entry'} '${key}'`);
  return phase.key;
}

function moved<T extends { key: string }>(list: readonly T[], key: string, delta: number): T[] {
  const from = list.findIndex((x) => x.key === key);
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function setPhaseTexts(model: PhaseModel, phaseKey: PhaseKey, texts: Partial<Pick<PhaseDef, 'label' | 'shortLabel' | 'purpose'>>): PhaseModel {
  return withPhase(model, phaseKey, (phase) => ({ ...phase, ...texts }));
}

export function addRequirement(model: PhaseModel, phaseKey: PhaseKey, label: LocalizedText, requiresBothSides: boolean, usedKeys?: ReadonlySet<string>): { model: PhaseModel; key: string } {
  const key = freshKey(model, phaseKey, label.nb, usedKeys);
  return { model: withPhase(model, phaseKey, (phase) => ({ ...phase, checklist: [...phase.checklist, { key, label, requiresBothSides }] })), key };
}

export function updateRequirement(model: PhaseModel, key: string, patch: Partial<Omit<ChecklistItemDef, 'key'>>): PhaseModel {
  return withPhase(model, inPhaseOf(model, key, 'checklist'), (phase) => ({ ...phase, checklist: phase.checklist.map((item) => (item.key === key ? dropUndefined({ ...item, ...patch }) : item)) }));
}

export const retireRequirement = (model: PhaseModel, key: string, retired = true): PhaseModel => updateRequirement(model, key, { retired: retired || undefined });

export function moveRequirement(model: PhaseModel, key: string, delta: number): PhaseModel {
  return withPhase(model, inPhaseOf(model, key, 'checklist'), (phase) => ({ ...phase, checklist: moved(phase.checklist, key, delta) }));
}

export function addEntry(model: PhaseModel, phaseKey: PhaseKey, entry: Omit<ToolboxEntry, 'key'>, usedKeys?: ReadonlySet<string>): { model: PhaseModel; key: string } {
  const key = freshKey(model, `${phaseKey}.${entry.kind}`, entry.label.nb, usedKeys);
  return { model: withPhase(model, phaseKey, (phase) => ({ ...phase, toolbox: [...phase.toolbox, { key, ...entry }] })), key };
}

export function updateEntry(model: PhaseModel, key: string, patch: Partial<Omit<ToolboxEntry, 'key'>>): PhaseModel {
  return withPhase(model, inPhaseOf(model, key, 'toolbox'), (phase) => ({ ...phase, toolbox: phase.toolbox.map((entry) => (entry.key === key ? dropUndefined({ ...entry, ...patch }) : entry)) }));
}

export const retireEntry = (model: PhaseModel, key: string, retired = true): PhaseModel => updateEntry(model, key, { retired: retired || undefined });

export function moveEntry(model: PhaseModel, key: string, delta: number): PhaseModel {
  return withPhase(model, inPhaseOf(model, key, 'toolbox'), (phase) => ({ ...phase, toolbox: moved(phase.toolbox, key, delta) }));
}

/** Optional fields set to undefined are removed, so the JSON (and a diff) stays clean. */
function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
