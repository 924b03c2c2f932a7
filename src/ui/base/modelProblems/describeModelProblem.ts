// A model problem in the reader's language: where it is, in words the editor uses ("Forankring › Krav «Mandatet er
// godkjent» › Veiledning (nynorsk)"), and what is wrong. Never a zod path, never the store's English.
import type { Language } from '../../../model/types';
import { LANGUAGES } from '../../../model/types';
import type { ModelPath, ModelProblem, NamedPart } from '../../../model/modelProblems';
import { translator } from '../../../i18n/defineMessages';
import { modelProblemStrings } from './strings';

type Key = keyof (typeof modelProblemStrings)['nb'];
type Owner = 'model' | 'phase' | 'requirement' | 'entry' | 'group';

/** The words for a field, by what owns it: a phase's `label` is its name, a requirement's is the requirement. */
const FIELDS: Record<Owner, Record<string, Key>> = {
  model: { id: 'modelId', version: 'version', name: 'name', changeNote: 'changeNote' },
  phase: { key: 'key', order: 'order', shape: 'shape', label: 'phaseLabel', shortLabel: 'shortLabel', purpose: 'purpose' },
  requirement: { key: 'key', label: 'requirementLabel', guidance: 'guidance', helpedBy: 'helpedBy', requiresBothSides: 'requiresBothSides', retired: 'retired' },
  entry: { key: 'key', kind: 'kind', label: 'entryLabel', description: 'description', url: 'url', file: 'file', course: 'course', retired: 'retired' },
  group: { key: 'key', label: 'label' },
};
const FILE_FIELDS: Record<string, Key> = { webUrl: 'fileAddress' };
const COURSE_FIELDS: Record<string, Key> = { dates: 'courseDates', place: 'coursePlaceField', provider: 'courseProvider', registrationUrl: 'courseRegistration', digital: 'courseDigital' };

const isLanguage = (part: string | number | undefined): part is Language => typeof part === 'string' && (LANGUAGES as readonly string[]).includes(part);

export function describeModelProblem(problem: ModelProblem, language: Language): string {
  const t = translator(modelProblemStrings, language);
  return t('problem', { place: describePlace(problem.at, problem, language), message: t(problem.code, problem.data) });
}

/** Where in the model, in words: the phase, the requirement or entry, the field and its language. */
export function describePlace(at: ModelPath, names: Pick<ModelProblem, 'phase' | 'part'>, language: Language): string {
  const t = translator(modelProblemStrings, language);
  const nameOf = (part: NamedPart | undefined, index: number): string => {
    const label = part?.label?.[language] ?? part?.label?.nb;
    return label ? t('quoted', { text: label }) : t('numbered', { number: index + 1 });
  };
  /** The rest of a path under its owner: `['course', 'dates', 0]`, `['label', 'nn']`, `['helpedBy', 1]`. */
  const field = (owner: Owner, rest: ModelPath): string[] => {
    const [name, sub] = rest;
    if (name === undefined) return [];
    const words = FIELDS[owner][String(name)];
    if (!words) return [];
    let text = t(words);
    if (name === 'file' && typeof sub === 'string' && FILE_FIELDS[sub]) text = t(FILE_FIELDS[sub]);
    if (name === 'course' && typeof sub === 'string' && COURSE_FIELDS[sub]) text = t(COURSE_FIELDS[sub]);
    const last = rest[rest.length - 1];
    return [isLanguage(last) ? t('inLanguage', { field: text, language: t(last) }) : text];
  };

  const [first, index, section, subIndex] = at;
  let parts: string[];
  if (first === 'phases' && typeof index === 'number') {
    const phase = names.phase?.label?.[language] ?? names.phase?.label?.nb ?? t('phaseNumber', { number: index + 1 });
    if (section === 'checklist' && typeof subIndex === 'number') parts = [phase, t('requirement', { name: nameOf(names.part, subIndex) }), ...field('requirement', at.slice(4))];
    else if (section === 'toolbox' && typeof subIndex === 'number') parts = [phase, t('entry', { name: nameOf(names.part, subIndex) }), ...field('entry', at.slice(4))];
    else parts = [phase, ...field('phase', at.slice(2))];
  } else if (first === 'priorityGroups' && typeof index === 'number') {
    parts = [t('priorityGroup', { name: nameOf(names.part, index) }), ...field('group', at.slice(2))];
  } else if (first === 'principles' && typeof index === 'number') {
    const principle = t('principle', { number: index + 1 });
    parts = [isLanguage(section) ? t('inLanguage', { field: principle, language: t(section) }) : principle];
  } else {
    parts = field('model', at);
  }
  return (parts.length > 0 ? parts : [t('model')]).join(t('separator'));
}
