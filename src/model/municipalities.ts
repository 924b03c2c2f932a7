// Norway's 357 municipalities as of 1 January 2024, by county, Innlandet's 46 first (the helsefellesskap's own).
// Names as projects write their partners: `Lillehammer kommune`. Two names occur in two counties: the one outside
// Innlandet carries its county (`Våler kommune (Østfold)`), so every entry is unique and Innlandet's read plainly.

export interface Municipality {
  /** `Hamar kommune`, unique in the list. */
  name: string;
  county: string;
}

const COUNTIES: ReadonlyArray<[county: string, names: readonly string[]]> = [
  ['Innlandet', [
    'Alvdal', 'Dovre', 'Eidskog', 'Elverum', 'Engerdal', 'Etnedal', 'Folldal', 'Gausdal', 'Gjøvik', 'Gran', 'Grue', 'Hamar',
    'Kongsvinger', 'Lesja', 'Lillehammer', 'Lom', 'Løten', 'Nord-Aurdal', 'Nord-Fron', 'Nord-Odal', 'Nordre Land', 'Os',
    'Rendalen', 'Ringebu', 'Ringsaker', 'Sel', 'Skjåk', 'Stange', 'Stor-Elvdal', 'Søndre Land', 'Sør-Aurdal', 'Sør-Fron',
    'Sør-Odal', 'Tolga', 'Trysil', 'Tynset', 'Vang', 'Vestre Slidre', 'Vestre Toten', 'Vågå', 'Våler', 'Østre Toten', 'Øyer',
    'Øystre Slidre', 'Åmot', 'Åsnes',
  ]],
  ['Oslo', ['Oslo']],
  ['Østfold', ['Aremark', 'Fredrikstad', 'Halden', 'Hvaler', 'Indre Østfold', 'Marker', 'Moss', 'Rakkestad', 'Råde', 'Sarpsborg', 'Skiptvet', 'Våler']],
  ['Akershus', [
    'Asker', 'Aurskog-Høland', 'Bærum', 'Eidsvoll', 'Enebakk', 'Frogn', 'Gjerdrum', 'Hurdal', 'Jevnaker', 'Lillestrøm', 'Lunner',
    'Lørenskog', 'Nannestad', 'Nes', 'Nesodden', 'Nittedal', 'Nordre Follo', 'Rælingen', 'Ullensaker', 'Vestby', 'Ås',
  ]],
  ['Buskerud', [
    'Drammen', 'Flesberg', 'Flå', 'Gol', 'Hemsedal', 'Hol', 'Hole', 'Kongsberg', 'Krødsherad', 'Lier', 'Modum', 'Nesbyen',
    'Nore og Uvdal', 'Ringerike', 'Rollag', 'Sigdal', 'Øvre Eiker', 'Ål',
  ]],
  ['Vestfold', ['Færder', 'Holmestrand', 'Horten', 'Larvik', 'Sandefjord', 'Tønsberg']],
  ['Telemark', [
    'Bamble', 'Drangedal', 'Fyresdal', 'Hjartdal', 'Kragerø', 'Kviteseid', 'Midt-Telemark', 'Nissedal', 'Nome', 'Notodden',
    'Porsgrunn', 'Seljord', 'Siljan', 'Skien', 'Tinn', 'Tokke', 'Vinje',
  ]],
  ['Agder', [
    'Arendal', 'Birkenes', 'Bygland', 'Bykle', 'Evje og Hornnes', 'Farsund', 'Flekkefjord', 'Froland', 'Gjerstad', 'Grimstad',
    'Hægebostad', 'Iveland', 'Kristiansand', 'Kvinesdal', 'Lillesand', 'Lindesnes', 'Lyngdal', 'Risør', 'Sirdal', 'Tvedestrand',
    'Valle', 'Vegårshei', 'Vennesla', 'Åmli', 'Åseral',
  ]],
  ['Rogaland', [
    'Bjerkreim', 'Bokn', 'Eigersund', 'Gjesdal', 'Haugesund', 'Hjelmeland', 'Hå', 'Karmøy', 'Klepp', 'Kvitsøy', 'Lund', 'Randaberg',
    'Sandnes', 'Sauda', 'Sokndal', 'Sola', 'Stavanger', 'Strand', 'Suldal', 'Time', 'Tysvær', 'Utsira', 'Vindafjord',
  ]],
  ['Vestland', [
    'Alver', 'Askvoll', 'Askøy', 'Aurland', 'Austevoll', 'Austrheim', 'Bergen', 'Bjørnafjorden', 'Bremanger', 'Bømlo', 'Eidfjord',
    'Etne', 'Fedje', 'Fitjar', 'Fjaler', 'Gloppen', 'Gulen', 'Hyllestad', 'Høyanger', 'Kinn', 'Kvam', 'Kvinnherad', 'Luster',
    'Lærdal', 'Masfjorden', 'Modalen', 'Osterøy', 'Samnanger', 'Sogndal', 'Solund', 'Stad', 'Stord', 'Stryn', 'Sunnfjord', 'Sveio',
    'Tysnes', 'Ullensvang', 'Ulvik', 'Vaksdal', 'Vik', 'Voss', 'Øygarden', 'Årdal',
  ]],
  ['Møre og Romsdal', [
    'Aukra', 'Aure', 'Averøy', 'Fjord', 'Giske', 'Gjemnes', 'Haram', 'Hareid', 'Herøy', 'Hustadvika', 'Kristiansund', 'Molde',
    'Rauma', 'Sande', 'Smøla', 'Stranda', 'Sula', 'Sunndal', 'Surnadal', 'Sykkylven', 'Tingvoll', 'Ulstein', 'Vanylven',
    'Vestnes', 'Volda', 'Ørsta', 'Ålesund',
  ]],
  ['Trøndelag', [
    'Flatanger', 'Frosta', 'Frøya', 'Grong', 'Heim', 'Hitra', 'Holtålen', 'Høylandet', 'Inderøy', 'Indre Fosen', 'Leka',
    'Levanger', 'Lierne', 'Malvik', 'Melhus', 'Meråker', 'Midtre Gauldal', 'Namsos', 'Namsskogan', 'Nærøysund', 'Oppdal',
    'Orkland', 'Osen', 'Overhalla', 'Rennebu', 'Rindal', 'Røros', 'Røyrvik', 'Selbu', 'Skaun', 'Snåsa', 'Steinkjer', 'Stjørdal',
    'Trondheim', 'Tydal', 'Verdal', 'Ørland', 'Åfjord',
  ]],
  ['Nordland', [
    'Alstahaug', 'Andøy', 'Beiarn', 'Bindal', 'Bodø', 'Brønnøy', 'Bø', 'Dønna', 'Evenes', 'Fauske', 'Flakstad', 'Gildeskål',
    'Grane', 'Hadsel', 'Hamarøy', 'Hattfjelldal', 'Hemnes', 'Herøy', 'Leirfjord', 'Lurøy', 'Lødingen', 'Meløy', 'Moskenes',
    'Narvik', 'Nesna', 'Rana', 'Rødøy', 'Røst', 'Saltdal', 'Sortland', 'Steigen', 'Sømna', 'Sørfold', 'Træna', 'Vefsn', 'Vega',
    'Vestvågøy', 'Vevelstad', 'Værøy', 'Vågan', 'Øksnes',
  ]],
  ['Troms', [
    'Balsfjord', 'Bardu', 'Dyrøy', 'Gratangen', 'Harstad', 'Ibestad', 'Karlsøy', 'Kvæfjord', 'Kvænangen', 'Kåfjord', 'Lavangen',
    'Lyngen', 'Målselv', 'Nordreisa', 'Salangen', 'Senja', 'Skjervøy', 'Storfjord', 'Sørreisa', 'Tjeldsund', 'Tromsø',
  ]],
  ['Finnmark', [
    'Alta', 'Berlevåg', 'Båtsfjord', 'Gamvik', 'Hammerfest', 'Hasvik', 'Karasjok', 'Kautokeino', 'Lebesby', 'Loppa', 'Måsøy',
    'Nesseby', 'Nordkapp', 'Porsanger', 'Sør-Varanger', 'Tana', 'Vadsø', 'Vardø',
  ]],
];

/** Names that occur in more than one county: outside Innlandet they are written with their county. */
const SHARED_NAMES: ReadonlySet<string> = new Set(['Herøy', 'Våler']);

export const MUNICIPALITIES_2024: readonly Municipality[] = COUNTIES.flatMap(([county, names]) =>
  names.map((name) => ({
    county,
    name: SHARED_NAMES.has(name) && county !== 'Innlandet' ? `${name} kommune (${county})` : `${name} kommune`,
  })),
);

/** The names in list order (Innlandet first), for pickers and validation. */
export const MUNICIPALITY_NAMES: readonly string[] = MUNICIPALITIES_2024.map((municipality) => municipality.name);

export const INNLANDET = 'Innlandet';
