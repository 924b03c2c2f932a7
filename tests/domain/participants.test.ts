import { describe, expect, it } from 'vitest';
import { suggestParticipant } from '../../src/domain/participants';
import { DEFAULT_DOMAIN_MAP } from '../../src/model/defaultModel';
import type { DomainMap } from '../../src/model/types';

describe('suggestParticipant', () => {
  it('suggests the hospital for its domain, subdomains and any case', () => {
    expect(suggestParticipant('ingrid.lien@sykehuset-innlandet.no', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Sykehuset Innlandet HF', side: 'sykehus' });
    expect(suggestParticipant('Per@Gjovik.Sykehuset-Innlandet.NO', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Sykehuset Innlandet HF', side: 'sykehus' });
  });

  it('names a municipality from its kommune.no domain, capitalised', () => {
    expect(suggestParticipant('kari@lillehammer.kommune.no', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Lillehammer kommune', side: 'kommune' });
    expect(suggestParticipant('ola@nord-fron.kommune.no', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Nord-Fron kommune', side: 'kommune' });
    expect(suggestParticipant('ola@post.ringebu.kommune.no', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Ringebu kommune', side: 'kommune' });
  });

  it('spells names an ASCII domain cannot', () => {
    expect(suggestParticipant('a@oyer.kommune.no', DEFAULT_DOMAIN_MAP)?.organisation).toBe('Øyer kommune');
    expect(suggestParticipant('a@sor-fron.kommune.no', DEFAULT_DOMAIN_MAP)?.organisation).toBe('Sør-Fron kommune');
    expect(suggestParticipant('a@ostre-toten.kommune.no', DEFAULT_DOMAIN_MAP)?.organisation).toBe('Østre Toten kommune');
  });

  it('gives coordinators an organisation and no side', () => {
    expect(suggestParticipant('kristin@helsefellesskap-innlandet.no', DEFAULT_DOMAIN_MAP)).toEqual({ organisation: 'Helsefellesskap Innlandet' });
  });

  it('suggests nothing for unknown domains or bad addresses', () => {
    expect(suggestParticipant('eva@example.com', DEFAULT_DOMAIN_MAP)).toBeUndefined();
    expect(suggestParticipant('kommune.no', DEFAULT_DOMAIN_MAP)).toBeUndefined();
    expect(suggestParticipant('a@kommune.no', DEFAULT_DOMAIN_MAP)).toBeUndefined();
    expect(suggestParticipant('a@', DEFAULT_DOMAIN_MAP)).toBeUndefined();
    expect(suggestParticipant('a@fakekommune.no', DEFAULT_DOMAIN_MAP)).toBeUndefined();
  });

  it('lets an exact domain win over a wildcard, whatever the order', () => {
    const map: DomainMap = [
      { domain: '*.kommune.no', organisation: '{name} kommune', side: 'kommune' },
      { domain: 'legevakt.kommune.no', organisation: 'Interkommunal legevakt', side: 'kommune' },
    ];
    expect(suggestParticipant('a@legevakt.kommune.no', map)).toEqual({ organisation: 'Interkommunal legevakt', side: 'kommune' });
  });
});
