// Texts a new version adds or rewrites in bokmål without nynorsk or English: a requirement added in the editor
// starts with its bokmål text in every language, and a reworded bokmål text leaves the old translations behind.
// Published like that, nn and en readers see bokmål (or yesterday's meaning), so the editor warns before publishing.
// Matched by key, never by position; retired requirements and entries are no longer shown, so they are left out.
import { placeOf } from './modelProblems';
import type { ModelPath, NamedPart } from './modelProblems';
import type { Language, LocalizedText, PhaseModel } from './types';

export interface UntranslatedText {
  at: ModelPath;
  phase?: NamedPart;
  part?: NamedPart;
  /** The languages that still hold the bokmål text, or a translation of the text it replaced. */
  languages: Exclude<Language, 'nb'>[];
}

interface Located {
  at: ModelPath;
  /** Identifies the text across versions: keys, never positions. */
  id: string;
  text: LocalizedText;
}

function textsOf(model: PhaseModel): Located[] {
  const texts: Located[] = [{ at: ['name'], id: 'name', text: model.name }];
  model.principles.forEach((text, i) => texts.push({ at: ['principles', i], id: `principle:${i}`, text }));
  model.priorityGroups.forEach((group, i) => texts.push({ at: ['priorityGroups', i, 'label'], id: `group:${group.key}`, text: group.label }));
  model.phases.forEach((phase, i) => {
    for (const field of ['label', 'shortLabel', 'purpose'] as const) texts.push({ at: ['phases', i, field], id: `phase:${phase.key}:${field}`, text: phase[field] });
    phase.checklist.forEach((item, j) => {
      if (item.retired) return;
      texts.push({ at: ['phases', i, 'checklist', j, 'label'], id: `item:${item.key}:label`, text: item.label });
      if (item.guidance) texts.push({ at: ['phases', i, 'checklist', j, 'guidance'], id: `item:${item.key}:guidance`, text: item.guidance });
    });
    phase.toolbox.forEach((entry, j) => {
      if (entry.retired) return;
      texts.push({ at: ['phases', i, 'toolbox', j, 'label'], id: `entry:${entry.key}:label`, text: entry.label });
      if (entry.description) texts.push({ at: ['phases', i, 'toolbox', j, 'description'], id: `entry:${entry.key}:description`, text: entry.description });
    });
  });
  return texts;
}

/** Every text of `after` that is new or rewritten in bokmål since `before` and lacks nynorsk or English. */
export function untranslatedTexts(before: PhaseModel | undefined, after: PhaseModel): UntranslatedText[] {
  const earlier = new Map((before ? textsOf(before) : []).map((located) => [located.id, located.text]));
  return textsOf(after).flatMap(({ at, id, text }) => {
    const was = earlier.get(id);
    if (was && was.nb === text.nb) return [];
    const languages = (['nn', 'en'] as const).filter((language) => text[language] === text.nb || (was !== undefined && text[language] === was[language]));
    return languages.length > 0 ? [{ at, ...placeOf(after, at), languages }] : [];
  });
}
