// The four demo projects of local mode (docs/verktoykasse.md describes the model they follow), as data: the seeding script turns each tick into
// intents by dev users of the right side, then moves the project phase by phase to `currentPhase`.
import type { ItemKey, PhaseKey, Side } from './types';

export interface DemoTick {
  itemKey: ItemKey;
  /** Ticked by one person; absent when the item only has confirmations. */
  status?: 'done' | 'notRelevant';
  /** The reason for `notRelevant`. */
  reason?: string;
  /** The sides that have confirmed (a `begge` item needs both to count as done). */
  confirmedBy?: Side[];
  comment?: string;
}

export interface DemoProject {
  /** Fixed GUIDs, so links and tests can name the projects. */
  projectKey: string;
  /** The server-relative path of the project team's site, where its lists live. */
  siteUrl: string;
  title: string;
  municipalities: string[];
  hospitalUnit: string;
  /** Priority-group keys of DEFAULT_MODEL. */
  targetGroups: string[];
  currentPhase: PhaseKey;
  /** Given when a gate on the way to `currentPhase` is not met: recorded as the gate override's reason. */
  phaseChangeReason?: string;
  /** How long ago the last change happened; the seeder back-dates by it, so one project shows as stalled. */
  lastActivityDaysAgo: number;
  ticks: DemoTick[];
}

const HOSPITAL = 'Sykehuset Innlandet HF';
const BOTH: Side[] = ['kommune', 'sykehus'];

/** Every `begge` item of the phase confirmed by both sides, every other one ticked done. */
function completed(begge: ItemKey[], single: ItemKey[]): DemoTick[] {
  return [...begge.map((itemKey) => ({ itemKey, status: 'done' as const, confirmedBy: BOTH })), ...single.map((itemKey) => ({ itemKey, status: 'done' as const }))];
}

const FORANKRING_DONE = completed(
  ['forankring.mandat-godkjent', 'forankring.utfordring-beskrevet', 'forankring.kontaktperson-per-part', 'forankring.ressurser-avsatt'],
  ['forankring.strategi-og-prioriterte-grupper', 'forankring.brukerrepresentant', 'forankring.interessentanalyse'],
);
const UTFORSKE_DONE = completed(
  ['utforske.forlop-kartlagt', 'utforske.styringsdata'],
  ['utforske.bruker-innsikt', 'utforske.andre-tiltak', 'utforske.nullpunkt-avklart'],
);
const DEFINERE_DONE = completed(
  ['definere.funn-validert', 'definere.problemstilling-godkjent', 'definere.gevinstkart', 'definere.beslutning-videre'],
  ['definere.mal-med-indikatorer', 'definere.avgrensning'],
);

export const DEMO_PROJECTS: readonly DemoProject[] = [
  {
    projectKey: '6f1c2a8e-3b7d-4c59-9e12-0a4b5c6d7e01',
    siteUrl: '/sites/lungepasienter',
    title: 'Helhetlige helsetjenester til lungepasienter',
    municipalities: ['Nord-Fron kommune', 'Sør-Fron kommune', 'Ringebu kommune', 'Øyer kommune', 'Gausdal kommune', 'Lillehammer kommune'],
    hospitalUnit: HOSPITAL,
    targetGroups: ['kroniske-lidelser'],
    currentPhase: 'utvikle',
    lastActivityDaysAgo: 2,
    ticks: [
      ...FORANKRING_DONE,
      ...UTFORSKE_DONE,
      ...DEFINERE_DONE,
      { itemKey: 'utvikle.ideverksted', status: 'done', confirmedBy: BOTH, comment: 'Idéverksted på Lillehammer med 24 deltakere.' },
      { itemKey: 'utvikle.to-konsepter', status: 'done' },
      { itemKey: 'utvikle.tjenesteblakopi', status: 'done', confirmedBy: ['kommune'] },
    ],
  },
  {
    projectKey: '2d8e4f60-91a3-4b7c-8d25-1b3c4d5e6f02',
    siteUrl: '/sites/bo-trygt-hjemme',
    title: 'Bo trygt hjemme med integrerte helsetjenester',
    municipalities: ['Hamar kommune', 'Ringsaker kommune', 'Stange kommune', 'Løten kommune'],
    hospitalUnit: HOSPITAL,
    targetGroups: ['skropelige-eldre'],
    currentPhase: 'utforske',
    phaseChangeReason: 'Ressursene hos sykehuset bekreftes i ledermøtet neste måned; innsiktsarbeidet starter nå etter avtale med begge eierne.',
    lastActivityDaysAgo: 5,
    ticks: [
      { itemKey: 'forankring.mandat-godkjent', status: 'done', confirmedBy: BOTH },
      { itemKey: 'forankring.utfordring-beskrevet', status: 'done', confirmedBy: BOTH },
      { itemKey: 'forankring.kontaktperson-per-part', status: 'done', confirmedBy: BOTH },
      { itemKey: 'forankring.ressurser-avsatt', status: 'done', confirmedBy: ['kommune'] },
      { itemKey: 'forankring.strategi-og-prioriterte-grupper', status: 'done' },
      { itemKey: 'forankring.brukerrepresentant', status: 'done', comment: 'Eldrerådet i Hamar stiller med representant.' },
      { itemKey: 'forankring.interessentanalyse', status: 'done' },
      { itemKey: 'utforske.forlop-kartlagt', confirmedBy: ['sykehus'] },
    ],
  },
  {
    projectKey: '9a7b6c5d-4e3f-4a21-b0c9-2c3d4e5f6a03',
    siteUrl: '/sites/digital-hjemmeoppfolging',
    title: 'Digital hjemmeoppfølging i Nord-Gudbrandsdal, Sør-Østerdalen og Valdres',
    municipalities: [
      'Sel kommune',
      'Vågå kommune',
      'Lom kommune',
      'Skjåk kommune',
      'Dovre kommune',
      'Lesja kommune',
      'Elverum kommune',
      'Trysil kommune',
      'Åmot kommune',
      'Stor-Elvdal kommune',
      'Engerdal kommune',
      'Nord-Aurdal kommune',
      'Sør-Aurdal kommune',
      'Etnedal kommune',
      'Vestre Slidre kommune',
      'Øystre Slidre kommune',
      'Vang kommune',
    ],
    hospitalUnit: HOSPITAL,
    targetGroups: ['kroniske-lidelser', 'skropelige-eldre'],
    currentPhase: 'levere',
    lastActivityDaysAgo: 1,
    ticks: [
      ...FORANKRING_DONE,
      ...UTFORSKE_DONE,
      ...DEFINERE_DONE,
      ...completed(
        ['utvikle.ideverksted', 'utvikle.tjenesteblakopi', 'utvikle.konsekvenser-avklart'],
        ['utvikle.to-konsepter', 'utvikle.prototype', 'utvikle.ros-dpia-vurdert'],
      ),
      { itemKey: 'levere.pilotplan-godkjent', status: 'done', confirmedBy: BOTH },
      { itemKey: 'levere.nullpunktsmaling', status: 'done' },
      { itemKey: 'levere.pdsa-sykluser', status: 'done', comment: 'Tre PDSA-sykluser i Valdres; læringsnotat ligger i kanalen.' },
      { itemKey: 'levere.beslutning-videreforing', confirmedBy: ['sykehus'] },
    ],
  },
  {
    projectKey: '4b5c6d7e-8f90-4a1b-8c2d-3d4e5f6a7b04',
    siteUrl: '/sites/unge-ressurskrevende',
    title: 'Interkommunalt samarbeidstiltak for unge ressurskrevende brukere',
    municipalities: ['Gjøvik kommune', 'Østre Toten kommune', 'Vestre Toten kommune', 'Søndre Land kommune', 'Nordre Land kommune'],
    hospitalUnit: HOSPITAL,
    targetGroups: ['barn-og-unge'],
    currentPhase: 'forankring',
    // Quiet for seven weeks: the demo's stalled project.
    lastActivityDaysAgo: 49,
    ticks: [
      { itemKey: 'forankring.utfordring-beskrevet', status: 'done', confirmedBy: BOTH },
      { itemKey: 'forankring.kontaktperson-per-part', confirmedBy: ['kommune'] },
      { itemKey: 'forankring.brukerrepresentant', status: 'done', comment: 'Ungdomsrådet er spurt.' },
      {
        itemKey: 'forankring.interessentanalyse',
        status: 'notRelevant',
        reason: 'Interessentanalysen fra det forrige samarbeidsprosjektet gjelder fortsatt, og er delt med alle.',
      },
    ],
  },
];
