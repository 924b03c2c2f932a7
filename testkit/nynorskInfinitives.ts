// Our nynorsk writes infinitives with -e (å opprette, kan vere), never -a (å oppretta, kan vera): a mix reads as
// careless. An -a word is an infinitive only where an infinitive stands; elsewhere it is as often a past tense or a
// participle of the same verb ("blir lagra", "har stadfesta"), which is right. So a word is flagged when it ends in
// unstressed -a and follows the infinitive marker «å» or a modal verb (a pronoun or a short adverb may stand
// between), or when it is the -a infinitive of a verb whose past tense never ends in -a (vera, gjera, setja, …).

const LETTER = '[\\p{L}\\p{M}]';
/** Words that take a bare infinitive after them. */
const BEFORE_INFINITIVE = ['å', 'kan', 'kunne', 'skal', 'skulle', 'må', 'måtte', 'vil', 'ville', 'bør', 'burde', 'lét', 'lèt', 'tør', 'torde'];
/** What may stand between: «kan ikkje opprette», «be dei setje», «kan òg opprette». */
const BETWEEN = ['ikkje', 'berre', 'òg', 'også', 'alltid', 'gjerne', 'heller', 'snart', 'dei', 'deg', 'dykk', 'oss', 'han', 'ho', 'du', 'vi', 'de', 'det', 'seg', 'meg', 'ein', 'nokon'];
/** Infinitives that are a one-syllable verb (ta, ha, la, slå, dra) behind a prefix: -a is their only form. */
const PREFIXED_MONOSYLLABLE = /^(?:del|ved|god|gjen|inn|av|opp|over|fore|på|til|an|ut|med|mot|fram|bort|be)(?:ta|ha|la|dra)$/u;
/** Strong and j-verbs: their -a form can only be an infinitive, wherever it stands. */
const ONLY_INFINITIVE = new Set(['vera', 'gjera', 'setja', 'søkja', 'seia', 'spørja', 'leggja', 'velja', 'bera', 'skriva', 'lesa', 'koma', 'fara', 'taka', 'halda', 'gjeva', 'liggja', 'sitja', 'hjelpa', 'finna', 'tenkja', 'følgja', 'byggja', 'krevja', 'kjenna', 'selja', 'telja', 'dekkja', 'rekkja', 'sleppa', 'drikka', 'syngja', 'springa', 'vinna']);

const vowelGroups = (word: string): number => word.match(/[aeiouyæøå]+/gu)?.length ?? 0;
const isAInfinitive = (word: string): boolean => word.endsWith('a') && vowelGroups(word) >= 2 && !PREFIXED_MONOSYLLABLE.test(word);

const AFTER_MARKER = new RegExp(
  `(?<!${LETTER})(?:${BEFORE_INFINITIVE.join('|')})\\s+(?:(?:${BETWEEN.join('|')})\\s+){0,2}(${LETTER}+)(?!${LETTER})`,
  'giu',
);
const WORD = new RegExp(`(?<!${LETTER})${LETTER}+(?!${LETTER})`, 'gu');

/** The -a infinitives in one nynorsk text, as they are written there. */
export function aInfinitives(text: string): string[] {
  const found = [...text.matchAll(AFTER_MARKER)].map((match) => match[1]!).filter((word) => isAInfinitive(word.toLowerCase()));
  const strong = [...text.matchAll(WORD)].map((match) => match[0]).filter((word) => ONLY_INFINITIVE.has(word.toLowerCase()));
  return [...new Set([...found, ...strong])];
}
