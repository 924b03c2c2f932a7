// The phase model's schema. A coordinator's published model is data someone typed: every problem is reported at
// once, with its path, so they can fix them in one go.
import { z } from 'zod';
import { isSafeHttpsUrl } from './safeLink';
import { LANGUAGES, TOOL_KINDS } from './types';
import type { PhaseModel } from './types';

const KEY = /^[a-z0-9.-]+$/;
const key = z.string().regex(KEY, 'must be lowercase ASCII letters, digits, "." or "-"').max(100);

const nonEmpty = z.string().refine((text) => text.trim().length > 0, 'must not be empty');
const localizedText = z.object(Object.fromEntries(LANGUAGES.map((language) => [language, nonEmpty])) as Record<(typeof LANGUAGES)[number], typeof nonEmpty>);

const httpsUrl = z.string().refine(isSafeHttpsUrl, 'must be an https:// URL');

const checklistItem = z.object({ key, label: localizedText, requiresBothSides: z.boolean() });

const toolboxEntry = z.object({
  key,
  kind: z.enum(TOOL_KINDS),
  label: localizedText,
  url: httpsUrl.optional(),
  description: localizedText.optional(),
});

const phase = z.object({
  key,
  order: z.number().int().min(0),
  shape: z.enum(['block', 'diverge', 'converge']),
  label: localizedText,
  shortLabel: localizedText,
  purpose: localizedText,
  checklist: z.array(checklistItem),
  toolbox: z.array(toolboxEntry),
});

/** Reports every repeated key in a list, at the path of each repeat. */
function duplicates<T>(context: z.core.$RefinementCtx<unknown>, entries: readonly { value: T; path: (string | number)[] }[], what: string) {
  const seen = new Map<T, (string | number)[]>();
  for (const { value, path } of entries) {
    const first = seen.get(value);
    if (first) context.addIssue({ code: 'custom', path, message: `duplicate ${what} '${String(value)}' (first at ${formatPath(first)})` });
    else seen.set(value, path);
  }
}

export const phaseModelSchema = z
  .object({
    id: key,
    version: nonEmpty,
    name: localizedText,
    principles: z.array(localizedText),
    priorityGroups: z.array(z.object({ key, label: localizedText })),
    phases: z.array(phase).min(1, 'must have at least one phase'),
  })
  .superRefine((model, context) => {
    duplicates(context, model.phases.map((p, i) => ({ value: p.key, path: ['phases', i, 'key'] })), 'phase key');
    duplicates(context, model.phases.flatMap((p, i) => p.checklist.map((item, j) => ({ value: item.key, path: ['phases', i, 'checklist', j, 'key'] }))), 'item key');
    duplicates(context, model.priorityGroups.map((group, i) => ({ value: group.key, path: ['priorityGroups', i, 'key'] })), 'priority group key');
    model.phases.forEach((p, i) => duplicates(context, p.toolbox.map((entry, j) => ({ value: entry.key, path: ['phases', i, 'toolbox', j, 'key'] })), 'toolbox key'));
    duplicates(context, model.phases.map((p, i) => ({ value: p.order, path: ['phases', i, 'order'] })), 'order');
    model.phases.forEach((p, i) => {
      if (p.order >= model.phases.length) {
        context.addIssue({ code: 'custom', path: ['phases', i, 'order'], message: `must be between 0 and ${model.phases.length - 1} (orders are 0..n-1)` });
      }
    });
  });

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || '(model)';
}

/** Validates a phase model; throws an Error listing every problem as `path: message`. Phases come back in order. */
export function parsePhaseModel(json: unknown): PhaseModel {
  const result = phaseModelSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`The phase model is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.join('\n')}`);
  }
  const model: PhaseModel = result.data;
  return { ...model, phases: [...model.phases].sort((a, b) => a.order - b.order) };
}
