// What is wrong with a model, as codes with data: the UI says it in the reader's language and names the place in
// words ("Forankring › Verktøykasse «Interessentanalyse» › Lenke"), never as a zod path or an English sentence. The
// English `message` and the `path` string are for logs, the command line and tests only.
import type { Language, LocalizedText } from './types';
import { LANGUAGES } from './types';

export const MODEL_PROBLEM_CODES = [
  'blank', // a text that must be filled in is empty
  'nationalId', // a text holds a fødselsnummer, D-nummer or H-nummer
  'tooLong', // data.max
  'controlCharacters',
  'notHttps', // a link that is not https (http:, javascript:, data:, no scheme)
  'badKey', // a key that is not lowercase ASCII letters, digits, "." or "-"
  'badDate', // not YYYY-MM-DD
  'notRealDate', // YYYY-MM-DD that is no day (2026-13-40)
  'coursePlace', // a course that is neither digital nor has a place
  'urlAndFile', // an entry with both a link and a file
  'courseMissing', // a course without its details
  'courseNotAllowed', // course details on what is not a course
  'duplicateKey', // data.key, data.kind ('phase' | 'item' | 'toolbox' | 'priorityGroup' | 'order')
  'orderRange', // data.max
  'unknownHelper', // helpedBy names no toolbox entry: data.key
  'noPhases',
  'missing', // a required part is not there at all (a hand-edited row)
  'wrongType', // a part has the wrong kind of value (a hand-edited row)
  'unknownValue', // a value outside its choices (a kind, a shape)
  'modelIdChanged', // data.modelId: what it must stay
  'modelTooLarge', // data.size, data.max
  'unreadable', // the row's JSON cannot be read (cut off, edited by hand)
  'versionMismatch', // data.rowVersion, data.modelVersion
] as const;
export type ModelProblemCode = (typeof MODEL_PROBLEM_CODES)[number];

export type ModelPath = readonly (string | number)[];

/** A phase, requirement, entry or group as the problem's model had it: enough to name it without the model. */
export interface NamedPart {
  index: number;
  key?: string;
  label?: Partial<LocalizedText>;
}

/** One problem of a model, where it is: for a coordinator's list of what to fix. */
export interface ModelProblem {
  code: ModelProblemCode;
  /** Where, as the path's parts: `['phases', 0, 'toolbox', 2, 'url']`. */
  at: ModelPath;
  /** What the message needs (a limit, a key, a version). */
  data?: Record<string, string | number>;
  /** The phase and the requirement, entry or group the path goes through, named as the model named them. */
  phase?: NamedPart;
  part?: NamedPart;
  /** `phases[0].toolbox[2].url`: for logs, the command line and tests. */
  path: string;
  /** In English, for logs, the command line and tests; never shown to a user. */
  message: string;
}

export function formatPath(path: ModelPath): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || '(model)';
}

const record = (value: unknown): Record<string, unknown> | undefined => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

function labelOf(value: unknown): Partial<LocalizedText> | undefined {
  const label = record(record(value)?.['label']);
  if (!label) return undefined;
  const texts = Object.fromEntries(LANGUAGES.flatMap((language: Language) => (typeof label[language] === 'string' && label[language].trim() !== '' ? [[language, label[language]]] : [])));
  return Object.keys(texts).length > 0 ? texts : undefined;
}

function named(value: unknown, index: number): NamedPart {
  const key = record(value)?.['key'];
  const label = labelOf(value);
  return { index, ...(typeof key === 'string' && key !== '' ? { key } : {}), ...(label ? { label } : {}) };
}

const at = (list: unknown, index: unknown): unknown => (Array.isArray(list) && typeof index === 'number' ? list[index] : undefined);

/** Names the phase and the part a path goes through, read defensively from the model as it was given (it is broken). */
export function placeOf(model: unknown, path: ModelPath): Pick<ModelProblem, 'phase' | 'part'> {
  const root = record(model);
  const [first, firstIndex, second, secondIndex] = path;
  if (first === 'priorityGroups' && typeof firstIndex === 'number') return { part: named(at(root?.['priorityGroups'], firstIndex), firstIndex) };
  if (first !== 'phases' || typeof firstIndex !== 'number') return {};
  const phase = at(root?.['phases'], firstIndex);
  const place: Pick<ModelProblem, 'phase' | 'part'> = { phase: named(phase, firstIndex) };
  if ((second === 'checklist' || second === 'toolbox') && typeof secondIndex === 'number') place.part = named(at(record(phase)?.[second], secondIndex), secondIndex);
  return place;
}

/** A problem found outside the schema (the repository's own checks, a row that cannot be read). */
export function modelProblem(code: ModelProblemCode, path: ModelPath, message: string, data?: ModelProblem['data']): ModelProblem {
  return { code, at: path, ...(data ? { data } : {}), path: formatPath(path), message };
}
