// Dates as the user's language writes them; stored values stay ISO 8601.
import type { Language } from '../../model/types';
import { languageTag } from '../../i18n/language';

// Some browsers' ICU (Chromium's among them) has no nynorsk data and would fall back to US English; nynorsk writes
// dates and relative times close enough to bokmål, so bokmål is the next choice.
function locales(language: Language): string[] {
  return language === 'nn' ? [languageTag('nn'), languageTag('nb')] : [languageTag(language)];
}

/** "23. nov. 2026, 13:46" (nb), "23 Nov 2026, 13:46" (en). Unparseable input is shown as given, never thrown. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "23. nov. 2026" (nb), "23 Nov 2026" (en): the one way a day is written beside a date-time. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locales(language), { dateStyle: 'medium' }).format(date);
}

/** "86 %" with a no-break space in Norwegian (it never breaks over two lines), "86%" in English. */
export function formatPercent(percent: number, language: Language): string {
  return new Intl.NumberFormat(locales(language), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** The plural category of a count in the language ("one" for 1 in all three), for "1 dag" / "2 dager". */
export function pluralOf(count: number, language: Language): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locales(language)).select(count);
}
