// The default e-mail domain → organisation map for Helsefellesskap Innlandet. A suggestion only: each person confirms
// it on first use and the project lead can correct it.
import type { DomainMap } from './types';

export const DEFAULT_DOMAIN_MAP: DomainMap = [
  { domain: 'sykehuset-innlandet.no', organisation: 'Sykehuset Innlandet HF', side: 'sykehus' },
  // The helsefellesskap's secretariat and coordinators confirm for neither side.
  { domain: 'helsefellesskap-innlandet.no', organisation: 'Helsefellesskap Innlandet' },
  {
    domain: '*.kommune.no',
    organisation: '{name} kommune',
    side: 'kommune',
    // Innlandet's municipalities whose names an ASCII domain cannot spell.
    knownNames: {
      oyer: 'Øyer',
      'sor-fron': 'Sør-Fron',
      vaga: 'Vågå',
      skjak: 'Skjåk',
      gjovik: 'Gjøvik',
      loten: 'Løten',
      amot: 'Åmot',
      asnes: 'Åsnes',
      'ostre-toten': 'Østre Toten',
      'vestre-toten': 'Vestre Toten',
      'sondre-land': 'Søndre Land',
      'nordre-land': 'Nordre Land',
      'sor-odal': 'Sør-Odal',
      'sor-aurdal': 'Sør-Aurdal',
      'oystre-slidre': 'Øystre Slidre',
      'vestre-slidre': 'Vestre Slidre',
      'stor-elvdal': 'Stor-Elvdal',
      valer: 'Våler',
    },
  },
];
