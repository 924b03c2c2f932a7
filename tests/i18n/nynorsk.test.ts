// Nynorsk with e-infinitives everywhere (å opprette, kan vere, for å søkje), never mixed with a-infinitives: every
// nynorsk text the app shows (every message set in src, the default model with its guidance and toolbox, the Teams
// app's nn-no localisation).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from '../../src/model/defaultModel';
import { aInfinitives } from '../../testkit/nynorskInfinitives';

const messageModules = import.meta.glob('../../src/**/*{strings,Strings}.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every `nn` string under `value`, with where it was found. */
function nynorskTexts(value: unknown, where: string): { where: string; text: string }[] {
  if (Array.isArray(value)) return value.flatMap((inner, index) => nynorskTexts(inner, `${where}[${index}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    if (key === 'nn' && typeof inner === 'string') return [{ where, text: inner }];
    if (key === 'nn' && inner && typeof inner === 'object') return Object.entries(inner).flatMap(([name, text]) => (typeof text === 'string' ? [{ where: `${where}.nn.${name}`, text }] : []));
    return nynorskTexts(inner, `${where}.${key}`);
  });
}

const appPackage = JSON.parse(readFileSync('appPackage/nn-no.json', 'utf8')) as Record<string, unknown>;
const texts = [
  ...Object.entries(messageModules).flatMap(([file, exports]) => nynorskTexts(exports, file.replace('../../', ''))),
  ...nynorskTexts(DEFAULT_MODEL, 'DEFAULT_MODEL'),
  ...Object.entries(appPackage).flatMap(([key, text]) => (typeof text === 'string' && !key.startsWith('$') ? [{ where: `appPackage/nn-no.json#${key}`, text }] : [])),
];

describe('nynorsk', () => {
  it('finds the a-infinitives it is there to find, and not the -a past tenses and participles that are right', () => {
    expect(aInfinitives('Skriv for å søkja i lista.')).toEqual(['søkja']);
    expect(aInfinitives('Du kan oppretta listene no. Be dei setja opp appen.')).toEqual(['oppretta', 'setja']);
    expect(aInfinitives('Kan vera utdatert')).toEqual(['vera']);
    expect(aInfinitives('Berre ein eigar kan ikkje oppretta dei')).toEqual(['oppretta']);
    expect(aInfinitives('Endringane blir lagra. Kari kryssa av. Det er stadfesta av Ingrid, og ho har oppretta listene.')).toEqual([]);
    expect(aInfinitives('Brukarane skal delta, og begge må vedta planen og kan ta avgjerder.')).toEqual([]);
    expect(aInfinitives('for å opprette, kan vere, for å søkje')).toEqual([]);
  });

  it('writes every infinitive with -e', () => {
    expect(texts.length).toBeGreaterThan(600);
    const mixed = texts.flatMap(({ where, text }) => aInfinitives(text).map((word) => `${where}: «${word}» in «${text}»`));
    expect(mixed).toEqual([]);
  });
});
