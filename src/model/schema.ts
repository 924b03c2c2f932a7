// The phase model's schema. A coordinator's published model is data someone typed: every problem is reported at
// once, with its path, so they can fix them in one go. Every text is checked for national identity numbers (no
// patient data in the model either) and for length, so a hand-edited model cannot smuggle either in.
import { z } from 'zod';
import { findNationalIdNumbers } from './nationalId';
import { isSafeHttpsUrl } from './safeLink';
import { LANGUAGES, TOOL_KINDS } from './types';
import type { PhaseModel } from './types';
import { formatPath, placeOf } from './modelProblems';
import type { ModelPath, ModelProblem, ModelProblemCode } from './modelProblems';

export { formatPath } from './modelProblems';
export type { ModelProblem, ModelProblemCode } from './modelProblems';

/** Lengths in UTF-16 code units. Generous for prose, short for what is shown as a heading or a button. */
export const MODEL_TEXT_LIMITS = { name: 255, label: 500, shortLabel: 60, purpose: 2000, guidance: 3000, description: 2000, plain: 255 } as const;
type TextKind = keyof typeof MODEL_TEXT_LIMITS;

/** A refinement's message with the code (and data) the UI translates: zod carries `params` on the issue. */
const coded = (code: ModelProblemCode, message: string, data?: Record<string, string | number>) => ({ message, params: { code, ...data } });

const KEY = /^[a-z0-9.-]+$/;
const KEY_MAX = 100;
const key = z
  .string()
  .refine((value) => KEY.test(value), coded('badKey', 'must be lowercase ASCII letters, digits, "." or "-"'))
  .refine((value) => value.length <= KEY_MAX, coded('tooLong', `must be at most ${KEY_MAX} characters`, { max: KEY_MAX }));

/** A text someone typed: no national identity number, at most `max` long; `required` refuses blank text. */
function freeText(kind: TextKind, required = true) {
  const max = MODEL_TEXT_LIMITS[kind];
  return z
    .string()
    .refine((text) => !required || text.trim().length > 0, coded('blank', 'must not be empty'))
    .refine((text) => findNationalIdNumbers(text).length === 0, coded('nationalId', 'must not hold a fødselsnummer or D-nummer (no personal data in the model)'))
    .refine((text) => text.length <= max, coded('tooLong', `must be at most ${max} characters`, { max }));
}

function localizedText(kind: TextKind) {
  const text = freeText(kind);
  return z.object(Object.fromEntries(LANGUAGES.map((language) => [language, text])) as Record<(typeof LANGUAGES)[number], typeof text>);
}

const httpsUrl = z.string().refine(isSafeHttpsUrl, coded('notHttps', 'must be an https:// URL (not http:, javascript: or data:)'));
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .refine((value) => ISO_DATE.test(value), { ...coded('badDate', 'must be a date as YYYY-MM-DD'), abort: true })
  .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), coded('notRealDate', 'must be a real date'));

const checklistItem = z.object({
  key,
  label: localizedText('label'),
  requiresBothSides: z.boolean(),
  guidance: localizedText('guidance').optional(),
  helpedBy: z.array(key).optional(),
  retired: z.boolean().optional(),
});

const libraryFile = z.object({ driveId: freeText('plain'), itemId: freeText('plain'), name: freeText('plain'), webUrl: httpsUrl });

const course = z
  .object({
    dates: z.array(isoDate),
    digital: z.boolean(),
    place: freeText('plain', false).optional(),
    provider: freeText('plain'),
    registrationUrl: httpsUrl.optional(),
  })
  .refine((details) => details.digital || (details.place ?? '').trim().length > 0, { path: ['place'], ...coded('coursePlace', 'a course is either digital or has a place') });

const toolboxEntry = z
  .object({
    key,
    kind: z.enum(TOOL_KINDS),
    label: localizedText('label'),
    description: localizedText('description').optional(),
    url: httpsUrl.optional(),
    file: libraryFile.optional(),
    course: course.optional(),
    retired: z.boolean().optional(),
  })
  .superRefine((entry, context) => {
    if (entry.url !== undefined && entry.file !== undefined) context.addIssue({ code: 'custom', path: ['file'], ...coded('urlAndFile', 'an entry links to a web page or to a file, not both') });
    if (entry.kind === 'course' && entry.course === undefined) context.addIssue({ code: 'custom', path: ['course'], ...coded('courseMissing', 'a course needs its dates, place or "digital" and provider') });
    if (entry.kind !== 'course' && entry.course !== undefined) context.addIssue({ code: 'custom', path: ['course'], ...coded('courseNotAllowed', 'only a course has course details') });
  });

const phase = z.object({
  key,
  order: z.number().int().min(0),
  shape: z.enum(['block', 'diverge', 'converge']),
  label: localizedText('label'),
  shortLabel: localizedText('shortLabel'),
  purpose: localizedText('purpose'),
  checklist: z.array(checklistItem),
  toolbox: z.array(toolboxEntry),
});

type Path = (string | number)[];

type DuplicateKind = 'phase' | 'item' | 'priorityGroup' | 'toolbox' | 'order';
const DUPLICATE_WORDS: Record<DuplicateKind, string> = { phase: 'phase key', item: 'item key', priorityGroup: 'priority group key', toolbox: 'toolbox key', order: 'order' };

/** Reports every repeated key in a list, at the path of each repeat. */
function duplicates<T>(context: z.core.$RefinementCtx<unknown>, entries: readonly { value: T; path: Path }[], kind: DuplicateKind) {
  const seen = new Map<T, Path>();
  for (const { value, path } of entries) {
    const first = seen.get(value);
    if (first) context.addIssue({ code: 'custom', path, ...coded('duplicateKey', `duplicate ${DUPLICATE_WORDS[kind]} '${String(value)}' (first at ${formatPath(first)})`, { key: String(value), kind }) });
    else seen.set(value, path);
  }
}

export const phaseModelSchema = z
  .object({
    id: key,
    version: freeText('plain'),
    name: localizedText('name'),
    principles: z.array(localizedText('label')),
    priorityGroups: z.array(z.object({ key, label: localizedText('label') })),
    phases: z.array(phase).refine((phases) => phases.length > 0, coded('noPhases', 'must have at least one phase')),
  })
  .superRefine((model, context) => {
    duplicates(context, model.phases.map((p, i) => ({ value: p.key, path: ['phases', i, 'key'] })), 'phase');
    duplicates(context, model.phases.flatMap((p, i) => p.checklist.map((item, j) => ({ value: item.key, path: ['phases', i, 'checklist', j, 'key'] }))), 'item');
    duplicates(context, model.priorityGroups.map((group, i) => ({ value: group.key, path: ['priorityGroups', i, 'key'] })), 'priorityGroup');
    // helpedBy may name an entry of any phase, so toolbox keys are unique across the whole model.
    const entries = model.phases.flatMap((p, i) => p.toolbox.map((entry, j) => ({ value: entry.key, path: ['phases', i, 'toolbox', j, 'key'] as Path })));
    duplicates(context, entries, 'toolbox');
    duplicates(context, model.phases.map((p, i) => ({ value: p.order, path: ['phases', i, 'order'] })), 'order');
    model.phases.forEach((p, i) => {
      if (p.order >= model.phases.length) {
        context.addIssue({ code: 'custom', path: ['phases', i, 'order'], ...coded('orderRange', `must be between 0 and ${model.phases.length - 1} (orders are 0..n-1)`, { max: model.phases.length - 1 }) });
      }
    });
    const known = new Set(entries.map((entry) => entry.value));
    model.phases.forEach((p, i) =>
      p.checklist.forEach((item, j) =>
        (item.helpedBy ?? []).forEach((target, k) => {
          if (!known.has(target)) context.addIssue({ code: 'custom', path: ['phases', i, 'checklist', j, 'helpedBy', k], ...coded('unknownHelper', `unknown toolbox entry '${target}'`, { key: target }) });
        }),
      ),
    );
  });

/** A zod issue as a problem with a code: our refinements carry theirs, zod's own checks name the kind of fault. */
function problemOf(issue: z.core.$ZodIssue, model: unknown): ModelProblem {
  const at: ModelPath = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
  const { code, ...data } = (issue.code === 'custom' ? issue.params : undefined) ?? ({} as Record<string, unknown>);
  const ours = typeof code === 'string' ? (code as ModelProblemCode) : undefined;
  const theirs: ModelProblemCode = issue.code === 'invalid_type' ? (issue.input === undefined ? 'missing' : 'wrongType') : issue.code === 'invalid_value' ? 'unknownValue' : 'wrongType';
  const values = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  return { code: ours ?? theirs, at, ...(Object.keys(values).length > 0 ? { data: values } : {}), ...placeOf(model, at), path: formatPath(at), message: issue.message };
}

export type ModelCheck = { ok: true; model: PhaseModel } | { ok: false; problems: ModelProblem[] };

/** Validates a phase model without throwing. Phases come back in order. */
export function checkPhaseModel(json: unknown): ModelCheck {
  const result = phaseModelSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => problemOf(issue, json)) };
  const model: PhaseModel = result.data;
  return { ok: true, model: { ...model, phases: [...model.phases].sort((a, b) => a.order - b.order) } };
}

/** The problems as one message, one per line. */
export function describeProblems(problems: readonly ModelProblem[]): string {
  const lines = problems.map((problem) => `- ${problem.path}: ${problem.message}`);
  return `The phase model is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** Validates a phase model; throws an Error listing every problem as `path: message`. Phases come back in order. */
export function parsePhaseModel(json: unknown): PhaseModel {
  const check = checkPhaseModel(json);
  if (!check.ok) throw new Error(describeProblems(check.problems));
  return check.model;
}
