// Numbers as the user's language writes them (Norwegian: decimal comma, no-break space in thousands).
import type { Language } from '../../model/types';
import { languageTag } from '../../i18n/language';

const locales = (language: Language): string[] => (language === 'nn' ? [languageTag('nn'), languageTag('nb')] : [languageTag(language)]);

/** Days with at most one decimal ("12,5"); a dash for none. */
export function formatDays(days: number | undefined, language: Language): string {
  return days === undefined ? '–' : new Intl.NumberFormat(locales(language), { maximumFractionDigits: 1 }).format(days);
}
