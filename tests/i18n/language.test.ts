import { describe, expect, it } from 'vitest';
import { languageTag, pickLanguage } from '../../src/i18n/language';

describe('pickLanguage', () => {
  it('picks bokmål for bokmål, "no" and Sámi locales', () => {
    for (const locale of ['nb-NO', 'nb', 'no', 'no-NO', 'NB-no', 'nb_NO', 'se', 'se-NO', 'smj-NO']) expect(pickLanguage(locale), locale).toBe('nb');
  });

  it('picks nynorsk for nynorsk locales', () => {
    for (const locale of ['nn-NO', 'nn', 'NN-no', 'nn_NO']) expect(pickLanguage(locale), locale).toBe('nn');
  });

  it('picks English for any English locale', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'EN-us', 'en_NO']) expect(pickLanguage(locale), locale).toBe('en');
  });

  it('falls back to bokmål for unknown, empty or missing locales', () => {
    for (const locale of ['sv-SE', 'de', '', '  ', 'eng', 'nno', undefined, null]) expect(pickLanguage(locale), String(locale)).toBe('nb');
  });
});

describe('languageTag', () => {
  it('gives BCP 47 tags that Intl understands', () => {
    expect(languageTag('nb')).toBe('nb-NO');
    expect(languageTag('nn')).toBe('nn-NO');
    expect(languageTag('en')).toBe('en-GB');
    for (const language of ['nb', 'nn', 'en'] as const) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([languageTag(language)])).toEqual([languageTag(language)]);
    }
  });
});
