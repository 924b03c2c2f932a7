// A model version as a row of "Felles modell – modellversjoner": the mapping both ways. The model's JSON is split
// over MODEL_JSON_COLUMNS (SharePoint holds 63,999 characters in one multi-line column), and a bokmål outline sits
// beside it so the list reads in SharePoint without the app. Whatever a row holds is checked again on the way in: a
// hand-edited row is untrusted.
import { checkPhaseModel } from '../../model/schema';
import type { ModelProblem } from '../../model/schema';
import { modelProblem } from '../../model/modelProblems';
import type { PhaseModel } from '../../model/types';
import type { Person } from '../../domain/types';
import { FEEDBACK_KINDS } from '../../domain/feedback';
import type { FeedbackRef } from '../../domain/feedback';
import { MODEL_JSON_COLUMNS, MODEL_STATUS_CHOICES, selectFields } from '../sharepoint/schema';
import type { SpItem } from '../sharepoint/rows';

/** Characters per JSON column: below SharePoint's 63,999, so a column never truncates. */
export const MODEL_JSON_CHUNK = 60_000;
export const MODEL_JSON_MAX = MODEL_JSON_CHUNK * MODEL_JSON_COLUMNS.length;
export const OUTLINE_MAX = 60_000;

export type ModelStatus = (typeof MODEL_STATUS_CHOICES)[number];

type Text = string | null | undefined;
export type ModelVersionRow = {
  Title?: Text;
  VersionKey?: Text;
  ModelId?: Text;
  Version?: Text;
  Sequence?: number | null;
  Status?: Text;
  BasedOn?: Text;
  SupersededBy?: Text;
  ChangeNote?: Text;
  AnswersFeedback?: Text;
  PublishedAt?: Text;
  PublishedBy?: Text;
  PublishedById?: Text;
  Outline?: Text;
  ModelSize?: number | null;
} & Partial<Record<(typeof MODEL_JSON_COLUMNS)[number], Text>>;

/** A version's facts, without the model itself: what the version list and the upgrade banner show. */
export interface ModelVersionInfo {
  itemId: string;
  etag?: string;
  modelId: string;
  version: string;
  sequence: number;
  status: ModelStatus;
  basedOn?: string;
  supersededBy?: string;
  changeNote: string;
  /** The projects' feedback this version answers (what its change note names), for the upgrade notice. */
  answersFeedback?: FeedbackRef[];
  /** Published (a draft: last saved) at, and by. */
  publishedAt?: string;
  publishedBy?: string;
}

/** A version with its model, or with what is wrong with the row (hand-edited, truncated, not JSON). */
export type ModelVersionRecord = ModelVersionInfo & ({ ok: true; model: PhaseModel } | { ok: false; problems: ModelProblem[] });

export const DRAFT_VERSION = 'draft';
export const versionKey = (modelId: string, version: string): string => `${modelId}|${version}`;

/** Light columns: everything but the JSON and the outline, for the list of versions. */
export const INFO_FIELDS = 'Title,VersionKey,ModelId,Version,Sequence,Status,BasedOn,SupersededBy,ChangeNote,AnswersFeedback,PublishedAt,PublishedBy,PublishedById,ModelSize';
export const ALL_FIELDS = selectFields('modelVersions');
/** What reading a model needs: the light columns and the JSON (the outline is for people reading the list in SharePoint). */
export const MODEL_FIELDS = [INFO_FIELDS, ...MODEL_JSON_COLUMNS].join(',');

const text = (value: Text): string => (typeof value === 'string' ? value : '');

/** The AnswersFeedback column: well-formed references only (the list may be edited by hand). */
function feedbackRefsFrom(value: Text): FeedbackRef[] {
  let parsed: unknown;
  try {
    parsed = value ? JSON.parse(value) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((entry: unknown): FeedbackRef[] => {
    const e = entry as { id?: unknown; target?: { kind?: unknown; key?: unknown }; kind?: unknown } | null;
    const targetKind = e?.target?.kind;
    if (typeof e?.id !== 'string' || typeof e.target?.key !== 'string' || (targetKind !== 'requirement' && targetKind !== 'toolboxEntry') || !(FEEDBACK_KINDS as readonly unknown[]).includes(e.kind)) return [];
    return [{ id: e.id, target: { kind: targetKind, key: e.target.key }, kind: e.kind as FeedbackRef['kind'] }];
  });
}

export function infoFromItem(item: SpItem<ModelVersionRow>): ModelVersionInfo {
  const f = item.fields ?? {};
  const status = (MODEL_STATUS_CHOICES as readonly string[]).includes(text(f.Status)) ? (f.Status as ModelStatus) : 'draft';
  const etag = f['@odata.etag'] ?? item.eTag;
  return {
    itemId: item.id,
    ...(etag ? { etag } : {}),
    modelId: text(f.ModelId),
    version: text(f.Version),
    sequence: typeof f.Sequence === 'number' && Number.isFinite(f.Sequence) ? f.Sequence : 0,
    status,
    ...(text(f.BasedOn) ? { basedOn: text(f.BasedOn) } : {}),
    ...(text(f.SupersededBy) ? { supersededBy: text(f.SupersededBy) } : {}),
    changeNote: text(f.ChangeNote),
    ...(feedbackRefsFrom(f.AnswersFeedback).length > 0 ? { answersFeedback: feedbackRefsFrom(f.AnswersFeedback) } : {}),
    ...(text(f.PublishedAt) ? { publishedAt: text(f.PublishedAt) } : {}),
    ...(text(f.PublishedBy) ? { publishedBy: text(f.PublishedBy) } : {}),
  };
}

/** The row's model, validated; a problem list when it is not a valid model of this version. */
export function recordFromItem(item: SpItem<ModelVersionRow>): ModelVersionRecord {
  const info = infoFromItem(item);
  const f = item.fields ?? {};
  const json = MODEL_JSON_COLUMNS.map((name) => text(f[name])).join('');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ...info, ok: false, problems: [modelProblem('unreadable', [], `the JSON in ${MODEL_JSON_COLUMNS.join(', ')} cannot be read (${json.length} characters)`)] };
  }
  const check = checkPhaseModel(parsed);
  if (!check.ok) return { ...info, ok: false, problems: check.problems };
  if (info.status === 'published' && (check.model.version !== info.version || check.model.id !== info.modelId)) {
    return { ...info, ok: false, problems: [modelProblem('versionMismatch', ['version'], `the model says ${check.model.id} ${check.model.version}, the row ${info.modelId} ${info.version}`, { rowVersion: info.version, modelVersion: check.model.version })] };
  }
  return { ...info, ok: true, model: check.model };
}

/** The model's JSON split into the JSON columns; undefined when it does not fit. */
export function jsonColumns(model: PhaseModel): Record<string, string> | undefined {
  const json = JSON.stringify(model);
  if (json.length > MODEL_JSON_MAX) return undefined;
  return Object.fromEntries(MODEL_JSON_COLUMNS.map((name, index) => [name, json.slice(index * MODEL_JSON_CHUNK, (index + 1) * MODEL_JSON_CHUNK)]));
}

/** Phases, requirements and toolbox in bokmål, one per line, for people reading the list in SharePoint. */
export function outlineOf(model: PhaseModel): string {
  const lines: string[] = [];
  for (const phase of model.phases) {
    lines.push(`${phase.order}. ${phase.label.nb}`);
    for (const item of phase.checklist) lines.push(`   - ${item.retired ? '(utgått) ' : ''}${item.label.nb}${item.requiresBothSides ? ' (begge)' : ''}`);
    for (const entry of phase.toolbox) lines.push(`   * ${entry.retired ? '(utgått) ' : ''}${entry.label.nb}${entry.url ? ` <${entry.url}>` : entry.file ? ` <${entry.file.webUrl}>` : ''}`);
  }
  const outline = lines.join('\n');
  return outline.length > OUTLINE_MAX ? `${outline.slice(0, OUTLINE_MAX - 1)}…` : outline;
}

export interface VersionFieldsInput {
  model: PhaseModel;
  status: ModelStatus;
  sequence: number;
  basedOn?: string;
  changeNote: string;
  answersFeedback?: readonly FeedbackRef[];
  at: string;
  by: Person;
}

/** Every field of a version row, JSON included. Throws RangeError when the model does not fit the columns. */
export function versionFields(input: VersionFieldsInput): ModelVersionRow {
  const columns = jsonColumns(input.model);
  if (!columns) throw new RangeError(`The model is ${JSON.stringify(input.model).length} characters; at most ${MODEL_JSON_MAX} fit`);
  const version = input.status === 'draft' ? DRAFT_VERSION : input.model.version;
  return {
    Title: `${input.model.name.nb} ${input.status === 'draft' ? '(utkast)' : input.model.version}`.slice(0, 255),
    VersionKey: versionKey(input.model.id, version),
    ModelId: input.model.id,
    Version: version,
    Sequence: input.sequence,
    Status: input.status,
    BasedOn: input.basedOn ?? '',
    ChangeNote: input.changeNote,
    ...(input.answersFeedback && input.answersFeedback.length > 0 ? { AnswersFeedback: JSON.stringify(input.answersFeedback) } : {}),
    PublishedAt: input.at,
    PublishedBy: input.by.name.slice(0, 255),
    PublishedById: input.by.id,
    Outline: outlineOf(input.model),
    ModelSize: JSON.stringify(input.model).length,
    ...columns,
  };
}
