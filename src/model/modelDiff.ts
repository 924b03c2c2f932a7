// What changed between two versions of a model, for the project lead deciding whether to move a project to the newer
// one. Keys decide identity; a requirement or entry that disappears without being retired is reported as removed
// (a hand edit: its history stays readable only in the older version).
import type { ChecklistItemDef, LocalizedText, PhaseDef, PhaseKey, PhaseModel, ToolboxEntry } from './types';

export type RequirementField = 'label' | 'guidance' | 'requiresBothSides' | 'helpedBy';
export type EntryField = 'kind' | 'label' | 'description' | 'target' | 'course';
export type PhaseField = 'label' | 'shortLabel' | 'purpose';

export interface KeyedChange<F extends string> {
  phaseKey: PhaseKey;
  key: string;
  /** Only for changes: which parts differ. */
  fields?: F[];
}

export interface ModelDiff {
  from: string;
  to: string;
  phasesChanged: { key: PhaseKey; fields: PhaseField[] }[];
  requirementsAdded: KeyedChange<RequirementField>[];
  requirementsRetired: KeyedChange<RequirementField>[];
  requirementsReworded: KeyedChange<RequirementField>[];
  requirementsRemoved: KeyedChange<RequirementField>[];
  entriesAdded: KeyedChange<EntryField>[];
  entriesRetired: KeyedChange<EntryField>[];
  entriesChanged: KeyedChange<EntryField>[];
  entriesRemoved: KeyedChange<EntryField>[];
}

const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function requirementFields(a: ChecklistItemDef, b: ChecklistItemDef): RequirementField[] {
  const fields: RequirementField[] = [];
  if (!sameText(a.label, b.label)) fields.push('label');
  if (!sameText(a.guidance, b.guidance)) fields.push('guidance');
  if (a.requiresBothSides !== b.requiresBothSides) fields.push('requiresBothSides');
  if (!same(a.helpedBy ?? [], b.helpedBy ?? [])) fields.push('helpedBy');
  return fields;
}

function entryFields(a: ToolboxEntry, b: ToolboxEntry): EntryField[] {
  const fields: EntryField[] = [];
  if (a.kind !== b.kind) fields.push('kind');
  if (!sameText(a.label, b.label)) fields.push('label');
  if (!sameText(a.description, b.description)) fields.push('description');
  if (a.url !== b.url || !same(a.file, b.file)) fields.push('target');
  if (!same(a.course, b.course)) fields.push('course');
  return fields;
}

interface Located<T> {
  phaseKey: PhaseKey;
  value: T;
}

function byKey<T extends { key: string }>(phases: readonly PhaseDef[], pick: (phase: PhaseDef) => readonly T[]): Map<string, Located<T>> {
  return new Map(phases.flatMap((phase) => pick(phase).map((value) => [value.key, { phaseKey: phase.key, value }] as const)));
}

interface Buckets<F extends string> {
  added: KeyedChange<F>[];
  retired: KeyedChange<F>[];
  changed: KeyedChange<F>[];
  removed: KeyedChange<F>[];
}

function compare<T extends { key: string; retired?: boolean }, F extends string>(
  before: Map<string, Located<T>>,
  after: Map<string, Located<T>>,
  fieldsOf: (a: T, b: T) => F[],
): Buckets<F> {
  const buckets: Buckets<F> = { added: [], retired: [], changed: [], removed: [] };
  for (const [key, now] of after) {
    const was = before.get(key);
    const nowRetired = now.value.retired === true;
    if (!was) {
      if (!nowRetired) buckets.added.push({ phaseKey: now.phaseKey, key });
      continue;
    }
    const wasRetired = was.value.retired === true;
    if (nowRetired && !wasRetired) buckets.retired.push({ phaseKey: now.phaseKey, key });
    else if (!nowRetired && wasRetired) buckets.added.push({ phaseKey: now.phaseKey, key }); // brought back
    else if (!nowRetired) {
      const fields = fieldsOf(was.value, now.value);
      if (fields.length > 0) buckets.changed.push({ phaseKey: now.phaseKey, key, fields });
    }
  }
  for (const [key, was] of before) if (!after.has(key) && was.value.retired !== true) buckets.removed.push({ phaseKey: was.phaseKey, key });
  return buckets;
}

/** What a project moving from `before` to `after` would see change. */
export function diffModels(before: PhaseModel, after: PhaseModel): ModelDiff {
  const requirements = compare(byKey(before.phases, (p) => p.checklist), byKey(after.phases, (p) => p.checklist), requirementFields);
  const entries = compare(byKey(before.phases, (p) => p.toolbox), byKey(after.phases, (p) => p.toolbox), entryFields);
  const phasesChanged: ModelDiff['phasesChanged'] = [];
  for (const phase of after.phases) {
    const was = before.phases.find((candidate) => candidate.key === phase.key);
    if (!was) continue;
    const fields = (['label', 'shortLabel', 'purpose'] as const).filter((field) => !sameText(was[field], phase[field]));
    if (fields.length > 0) phasesChanged.push({ key: phase.key, fields });
  }
  return {
    from: before.version,
    to: after.version,
    phasesChanged,
    requirementsAdded: requirements.added,
    requirementsRetired: requirements.retired,
    requirementsReworded: requirements.changed,
    requirementsRemoved: requirements.removed,
    entriesAdded: entries.added,
    entriesRetired: entries.retired,
    entriesChanged: entries.changed,
    entriesRemoved: entries.removed,
  };
}

/** True when moving would change nothing a project sees. */
export function isEmptyDiff(diff: ModelDiff): boolean {
  return (Object.keys(diff) as (keyof ModelDiff)[]).every((key) => key === 'from' || key === 'to' || (diff[key] as unknown[]).length === 0);
}
