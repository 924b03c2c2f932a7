// While the Verktøykasse is searched, the texts it shows mark where the search matched. <mark> is exposed to screen
// readers as highlighted text, keeps the browser's own black-on-yellow in every theme, and is painted in the system's
// Mark colours under forced colours. Outside a search (the project's phase panel) the texts are plain.
import { createContext, useContext } from 'react';
import type { JSX } from 'react';
import { markMatches } from './searchModel';

/** The search's folded words (searchWords); none when nothing is searched. */
export const SearchWordsContext = createContext<readonly string[]>([]);

/** Whether a search is on: empty groups are then left out rather than shown as empty. */
export const useSearching = (): boolean => useContext(SearchWordsContext).length > 0;

export function Highlighted({ text }: { text: string }): JSX.Element {
  const words = useContext(SearchWordsContext);
  if (words.length === 0) return <>{text}</>;
  return <>{markMatches(text, words).map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : piece.text))}</>;
}

/** A translated sentence with one value in it (`Arrangør: {provider}`), the value highlighted. */
export function HighlightedIn({ sentence, value }: { sentence: (value: string) => string; value: string }): JSX.Element {
  const slot = '\u0000';
  const [before = '', after = ''] = sentence(slot).split(slot);
  return <>{before}<Highlighted text={value} />{after}</>;
}
