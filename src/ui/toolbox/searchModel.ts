// Searching the whole model in one language: toolbox entries by title, description, provider or place; requirements
// by text or guidance. A search word matches where a word of the text starts (after a space, a hyphen or any other
// character that is not a letter or digit), so "ROS" finds "ROS-analyse" but not "prosjekt", and "analyse" finds
// "ROS-analyse". Case is forgiven (also for æ, ø and å), diacritics are not ("hoering" does not find "høring").
import type { ChecklistItemDef, Language, PhaseDef, PhaseModel, ToolboxEntry } from '../../model/types';
import { phasesInOrder } from '../../model/lookup';

export interface PhaseMatches {
  phase: PhaseDef;
  requirements: ChecklistItemDef[];
  entries: ToolboxEntry[];
}

/** A piece of a text, marked when it is (part of) a match. */
export interface TextPiece {
  text: string;
  match: boolean;
}

const foldText = (text: string): string => text.toLocaleLowerCase('nb').normalize('NFKC');

/**
 * The text folded, with the index in the original text of each folded character: folding may change a character's
 * length (a ligature, a dotted capital I), and highlighting must cut the original text where the match was found.
 */
function folded(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const piece = foldText(character);
    out += piece;
    for (let i = 0; i < piece.length; i++) origin.push(index);
    index += character.length;
  }
  origin.push(index);
  return { text: out, origin };
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** The [start, end) ranges of the folded text where `word` starts a word. */
function wordStarts(text: string, word: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text[at - 1]!)) ranges.push([at, at + word.length]);
  }
  return ranges;
}

/** The query's words, folded; none for a blank query. */
export const searchWords = (query: string): string[] => foldText(query).split(/\s+/).filter(Boolean);

const matchesWord = (word: string, texts: readonly (string | undefined)[]): boolean =>
  texts.some((text) => text !== undefined && wordStarts(foldText(text), word).length > 0);

/** Per phase, in model order, the live requirements and entries matching every word of `query`; all for blank. */
export function searchModel(model: PhaseModel, language: Language, query: string): PhaseMatches[] {
  const words = searchWords(query);
  const hit = (texts: (string | undefined)[]) => words.every((word) => matchesWord(word, texts));
  return phasesInOrder(model)
    .map((phase) => ({
      phase,
      requirements: phase.checklist.filter((item) => item.retired !== true && hit([item.label[language], item.guidance?.[language]])),
      entries: phase.toolbox.filter((entry) => entry.retired !== true && hit([entry.label[language], entry.description?.[language], entry.course?.provider, entry.course?.place])),
    }));
}

export const countMatches = (results: readonly PhaseMatches[]): number => results.reduce((sum, r) => sum + r.requirements.length + r.entries.length, 0);

/** `text` cut into pieces, the places where one of `words` (from searchWords) starts a word marked; one piece for none. */
export function markMatches(text: string, words: readonly string[]): TextPiece[] {
  const fold = folded(text);
  const ranges = words
    .flatMap((word) => wordStarts(fold.text, word))
    .map(([start, end]): [number, number] => [fold.origin[start]!, fold.origin[end]!])
    .sort((a, b) => a[0] - b[0]);
  // Overlapping or touching matches ("ros" and "ros-analyse") become one mark.
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const pieces: TextPiece[] = [];
  let done = 0;
  for (const [start, end] of merged) {
    if (start > done) pieces.push({ text: text.slice(done, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    done = end;
  }
  if (done < text.length || pieces.length === 0) pieces.push({ text: text.slice(done), match: false });
  return pieces;
}
