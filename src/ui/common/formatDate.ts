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

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "for 3 minutter siden"; `now` is a parameter so the caller (and a test) decides what now is. */
export function formatRelative(iso: string, language: Language, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let amount = (date.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locales(language), { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return format.format(Math.round(amount), unit);
    amount /= size;
  }
  return formatDateTime(iso, language);
}
