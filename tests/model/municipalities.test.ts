// The municipality list is model data: 357 in 2024, Innlandet's 46 first, every name unique.
import { describe, expect, it } from 'vitest';
import { INNLANDET, MUNICIPALITIES_2024, MUNICIPALITY_NAMES } from '../../src/model/municipalities';

describe('Norway’s municipalities (2024)', () => {
  it('has 357, each once, with Innlandet’s 46 first', () => {
    expect(MUNICIPALITIES_2024).toHaveLength(357);
    expect(new Set(MUNICIPALITY_NAMES).size).toBe(357);
    const innlandet = MUNICIPALITIES_2024.filter((m) => m.county === INNLANDET);
    expect(innlandet).toHaveLength(46);
    expect(MUNICIPALITIES_2024.slice(0, 46)).toEqual(innlandet);
  });

  it('counts each county as in 2024', () => {
    const counts = Object.fromEntries([...new Set(MUNICIPALITIES_2024.map((m) => m.county))].map((county) => [county, MUNICIPALITIES_2024.filter((m) => m.county === county).length]));
    expect(counts).toEqual({ Innlandet: 46, Oslo: 1, Østfold: 12, Akershus: 21, Buskerud: 18, Vestfold: 6, Telemark: 17, Agder: 25, Rogaland: 23, Vestland: 43, 'Møre og Romsdal': 27, Trøndelag: 38, Nordland: 41, Troms: 21, Finnmark: 18 });
  });

  it('writes names as projects do, and tells the shared names apart outside Innlandet', () => {
    expect(MUNICIPALITY_NAMES).toContain('Lillehammer kommune');
    expect(MUNICIPALITY_NAMES).toContain('Våler kommune');
    expect(MUNICIPALITY_NAMES).toContain('Våler kommune (Østfold)');
    expect(MUNICIPALITY_NAMES).toContain('Herøy kommune (Nordland)');
  });
});
