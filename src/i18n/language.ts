// Which of our three languages to show for a host's locale. Norwegian first: anything we cannot place is bokmål.
import type { Language } from '../model/types';

/**
 * `nb`, `no`, `nb-NO`, `no-NO` (and Sámi `se`, `smj`, `sma`, whose speakers in Norway read bokmål) → nb;
 * `nn`, `nn-NO` → nn; `en`, `en-*` → en; anything else, empty or missing → nb. Case and `_` are forgiven.
 */
export function pickLanguage(locale: string | undefined | null): Language {
  const primary = (locale ?? '').trim().toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

const TAGS: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The BCP 47 tag for `lang` attributes and Intl formatting. English is British: day-first dates, as in Norway. */
export function languageTag(language: Language): string {
  return TAGS[language];
}
