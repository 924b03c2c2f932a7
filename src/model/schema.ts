// The phase model's schema. A coordinator's published model is data someone typed: every problem is reported at
// once, with its path, so they can fix them in one go. Every text is checked for national identity numbers (no
// patient data in the model either) and for length, so a hand-edited model cannot smuggle either in.
import { z } from 'zod';
import { findNationalIdNumbers } from './nationalId';
import { isSafeHttpsUrl } from './safeLink';
import { LANGUAGES, TOOL_KINDS } from './types';
import type { PhaseModel } from './types';

/** Lengths in UTF-16 code units. Generous for prose, short for what is shown as a heading or a button. */
export const MODEL_TEXT_LIMITS = { name: 255, label: 500, shortLabel: 60, purpose: 2000, guidance: 3000, description: 2000, plain: 255 } as const;
type TextKind = keyof typeof MODEL_TEXT_LIMITS;

const KEY = /^[a-z0-9.-]+$/;
const key = z.string().regex(KEY, 'must be lowercase ASCII letters, digits, "." or "-"').max(100);

/** A text someone typed: no national identity number, at most `max` long; `required` refuses blank text. */
function freeText(kind: TextKind, required = true) {
  const max = MODEL_TEXT_LIMITS[kind];
  return z
    .string()
    .refine((text) => !required || text.trim().length > 0, 'must not be empty')
    .refine((text) => findNationalIdNumbers(text).length === 0, 'must not hold a fødselsnummer or D-nummer (no personal data in the model)')
    .refine((text) => text.length <= max, `must be at most ${max} characters`);
}

function localizedText(kind: TextKind) {
  const text = freeText(kind);
  return z.object(Object.fromEntries(LANGUAGES.map((language) => [language, text])) as Record<(typeof LANGUAGES)[number], typeof text>);
}

const httpsUrl = z.string().refine(isSafeHttpsUrl, 'must be an https:// URL (not http:, javascript: or data:)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD').refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value), 'must be a real date');

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
  .refine((details) => details.digital || (details.place ?? '').trim().length > 0, { path: ['place'], message: 'a course is either digital or has a place' });

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
    if (entry.url !== undefined && entry.file !== undefined) context.addIssue({ code: 'custom', path: ['file'], message: 'an entry links to a web page or to a file, not both' });
    if (entry.kind === 'course' && entry.course === undefined) context.addIssue({ code: 'custom', path: ['course'], message: 'a course needs its dates, place or "digital" and provider' });
    if (entry.kind !== 'course' && entry.course !== undefined) context.addIssue({ code: 'custom', path: ['course'], message: 'only a course has course details' });
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

/** Reports every repeated key in a list, at the path of each repeat. */
function duplicates<T>(context: z.core.$RefinementCtx<unknown>, entries: readonly { value: T; path: Path }[], what: string) {
  const seen = new Map<T, Path>();
  for (const { value, path } of entries) {
    const first = seen.get(value);
    if (first) context.addIssue({ code: 'custom', path, message: `duplicate ${what} '${String(value)}' (first at ${formatPath(first)})` });
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
    phases: z.array(phase).min(1, 'must have at least one phase'),
  })
  .superRefine((model, context) => {
    duplicates(context, model.phases.map((p, i) => ({ value: p.key, path: ['phases', i, 'key'] })), 'phase key');
    duplicates(context, model.phases.flatMap((p, i) => p.checklist.map((item, j) => ({ value: item.key, path: ['phases', i, 'checklist', j, 'key'] }))), 'item key');
    duplicates(context, model.priorityGroups.map((group, i) => ({ value: group.key, path: ['priorityGroups', i, 'key'] })), 'priority group key');
    // helpedBy may name an entry of any phase, so toolbox keys are unique across the whole model.
    const entries = model.phases.flatMap((p, i) => p.toolbox.map((entry, j) => ({ value: entry.key, path: ['phases', i, 'toolbox', j, 'key'] as Path })));
    duplicates(context, entries, 'toolbox key');
    duplicates(context, model.phases.map((p, i) => ({ value: p.order, path: ['phases', i, 'order'] })), 'order');
    model.phases.forEach((p, i) => {
      if (p.order >= model.phases.length) {
        context.addIssue({ code: 'custom', path: ['phases', i, 'order'], message: `must be between 0 and ${model.phases.length - 1} (orders are 0..n-1)` });
      }
    });
    const known = new Set(entries.map((entry) => entry.value));
    model.phases.forEach((p, i) =>
      p.checklist.forEach((item, j) =>
        (item.helpedBy ?? []).forEach((target, k) => {
          if (!known.has(target)) context.addIssue({ code: 'custom', path: ['phases', i, 'checklist', j, 'helpedBy', k], message: `unknown toolbox entry '${target}'` });
        }),
      ),
    );
  });

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || '(model)';
}

/** One problem of a model, where it is: for a coordinator's list of what to fix. */
export interface ModelProblem {
  path: string;
  message: string;
}

export type ModelCheck = { ok: true; model: PhaseModel } | { ok: false; problems: ModelProblem[] };

/** Validates a phase model without throwing. Phases come back in order. */
export function checkPhaseModel(json: unknown): ModelCheck {
  const result = phaseModelSchema.safeParse(json);
  if (!result.success) return { ok: false, problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
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
