// A side in words: "Kommune" as a title, "kommunen" inside a sentence. Shared by every page that names a side.
import type { Language, Side } from '../../model/types';
import { translator } from '../../i18n/defineMessages';
import { commonStrings } from './strings';

const TITLE = { kommune: 'sideTitleKommune', sykehus: 'sideTitleSykehus' } as const;
const NAME = { kommune: 'sideNameKommune', sykehus: 'sideNameSykehus' } as const;

/** "Kommune", "Sykehus": a side as a title or label. */
export const sideTitle = (side: Side, language: Language): string => translator(commonStrings, language)(TITLE[side]);
/** "kommunen", "sykehuset": a side inside a sentence. */
export const sideName = (side: Side, language: Language): string => translator(commonStrings, language)(NAME[side]);
