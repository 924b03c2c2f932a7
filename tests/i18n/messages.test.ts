// Every feature's strings.ts: each MessageSet has the same keys in nb, nn and en, no empty text, and the same
// {placeholders} in every language.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/model/types';

const modules = import.meta.glob('../../src/**/strings.ts', { eager: true }) as Record<string, Record<string, unknown>>;

type AnySet = Record<(typeof LANGUAGES)[number], Record<string, unknown>>;

function isMessageSet(value: unknown): value is AnySet {
  if (!value || typeof value !== 'object') return false;
  return LANGUAGES.every((language) => {
    const messages = (value as Record<string, unknown>)[language];
    return messages !== null && typeof messages === 'object';
  });
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

const sets = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isMessageSet(value))
    .map(([name, value]) => ({ where: `${file.replace('../../', '')}#${name}`, set: value as AnySet })),
);

describe('UI message sets', () => {
  it('are found and counted', () => {
    console.info(`tests/i18n: checked ${sets.length} message set(s) in ${Object.keys(modules).length} strings.ts file(s)`);
    // Every strings.ts exists to hold message sets.
    for (const [file, exports] of Object.entries(modules)) expect(Object.values(exports).some(isMessageSet), file).toBe(true);
  });

  for (const { where, set } of sets) {
    describe(where, () => {
      it('has the same keys in nb, nn and en', () => {
        const keys = Object.keys(set.nb).sort();
        expect(Object.keys(set.nn).sort()).toEqual(keys);
        expect(Object.keys(set.en).sort()).toEqual(keys);
      });

      it('has no empty text', () => {
        for (const language of LANGUAGES) {
          for (const [key, text] of Object.entries(set[language])) {
            expect(typeof text, `${language}.${key}`).toBe('string');
            expect((text as string).trim(), `${language}.${key}`).not.toBe('');
          }
        }
      });

      it('has the same placeholders in every language', () => {
        for (const [key, text] of Object.entries(set.nb)) {
          const expected = placeholders(String(text));
          for (const language of ['nn', 'en'] as const) expect(placeholders(String(set[language][key] ?? '')), `${language}.${key}`).toEqual(expected);
        }
      });
    });
  }
});
