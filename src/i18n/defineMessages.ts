// Typed UI text: each feature keeps its strings beside it, bokmål first. The type makes nynorsk and English
// carry exactly bokmål's keys, so a missing translation fails type-checking (and tests/i18n checks it at run time).
import type { Language } from '../model/types';

export type Messages<K extends string> = Record<K, string>;
export type MessageSet<K extends string> = { nb: Messages<K> } & Record<Exclude<Language, 'nb'>, Messages<K>>;

export function defineMessages<K extends string>(set: { nb: Messages<K>; nn: Messages<NoInfer<K>>; en: Messages<NoInfer<K>> }): MessageSet<K> {
  return set;
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The translator for one feature's messages in one language. */
export function translator<K extends string>(set: MessageSet<K>, language: Language) {
  const messages = set[language];
  return (key: K, values?: Record<string, string | number>): string => format(messages[key], values);
}
