// Searching the whole model in one language: toolbox entries by title, description, provider or place; requirements
// by text or guidance. Case and diacritics are forgiven ("hoering" does not find "høring", but "HØRING" does).
import type { ChecklistItemDef, Language, PhaseDef, PhaseModel, ToolboxEntry } from '../../model/types';
import { phasesInOrder } from '../../model/lookup';

export interface PhaseMatches {
  phase: PhaseDef;
  requirements: ChecklistItemDef[];
  entries: ToolboxEntry[];
}

const fold = (text: string): string => text.toLocaleLowerCase('nb').normalize('NFKC');

function matches(query: string, texts: readonly (string | undefined)[]): boolean {
  return texts.some((text) => text !== undefined && fold(text).includes(query));
}

/** Per phase, in model order, the live requirements and entries matching every word of `query`; all for blank. */
export function searchModel(model: PhaseModel, language: Language, query: string): PhaseMatches[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hit = (texts: (string | undefined)[]) => words.every((word) => matches(word, texts));
  return phasesInOrder(model)
    .map((phase) => ({
      phase,
      requirements: phase.checklist.filter((item) => item.retired !== true && hit([item.label[language], item.guidance?.[language]])),
      entries: phase.toolbox.filter((entry) => entry.retired !== true && hit([entry.label[language], entry.description?.[language], entry.course?.provider, entry.course?.place])),
    }));
}

export const countMatches = (results: readonly PhaseMatches[]): number => results.reduce((sum, r) => sum + r.requirements.length + r.entries.length, 0);
