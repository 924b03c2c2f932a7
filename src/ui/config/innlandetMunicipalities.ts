// Suggestions for the config page: Innlandet's 46 municipalities (2024). The field stays free, so a project with a
// partner outside the county (or after a merger) can still name it.
const NAMES = [
  'Alvdal', 'Dovre', 'Eidskog', 'Elverum', 'Engerdal', 'Etnedal', 'Folldal', 'Gausdal', 'Gjøvik', 'Gran', 'Grue',
  'Hamar', 'Kongsvinger', 'Lesja', 'Lillehammer', 'Lom', 'Løten', 'Nord-Aurdal', 'Nord-Fron', 'Nord-Odal', 'Nordre Land',
  'Os', 'Rendalen', 'Ringebu', 'Ringsaker', 'Sel', 'Skjåk', 'Stange', 'Stor-Elvdal', 'Søndre Land', 'Sør-Aurdal',
  'Sør-Fron', 'Sør-Odal', 'Tolga', 'Trysil', 'Tynset', 'Vang', 'Vestre Slidre', 'Vestre Toten', 'Vågå', 'Våler',
  'Østre Toten', 'Øyer', 'Øystre Slidre', 'Åmot', 'Åsnes',
];

/** As projects name their partners (and as the domain map names organisations): `Lillehammer kommune`. */
export const INNLANDET_MUNICIPALITIES: readonly string[] = NAMES.map((name) => `${name} kommune`);
