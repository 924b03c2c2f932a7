// Our SharePoint lists and columns, in ONE place: provisioning creates them from here, the OData builder refuses to
// filter on a column this file does not mark indexed, the row mappers use these internal names, and the README's
// column table is generated from here. Internal names are ASCII and never change; display names are Norwegian.

export type ListKey = 'projects' | 'checklist' | 'events' | 'participants' | 'portfolio' | 'modelVersions' | 'feedback';

/** Lists in each project site, and the lists in the coordination site (the Portfolio, the model's versions, feedback). */
export const PROJECT_LIST_KEYS = ['projects', 'checklist', 'events', 'participants'] as const satisfies readonly ListKey[];
export const PORTFOLIO_LIST_KEYS = ['portfolio', 'modelVersions', 'feedback'] as const satisfies readonly ListKey[];

export type ColumnType = 'text' | 'note' | 'dateTime' | 'number' | 'choice';

export interface ColumnDef<N extends string = string> {
  /** Internal (ASCII) name: what Graph's `fields` use. */
  name: N;
  displayName: string;
  type: ColumnType;
  indexed?: boolean;
  /** The database refuses a second row with the same value (needs `indexed`). */
  unique?: boolean;
  choices?: readonly string[];
  /** SharePoint's own Title column: always there, never created by us. */
  builtIn?: boolean;
  description: string;
  /**
   * Display names and descriptions this column had in earlier versions of the app: provisioning brings such a column
   * up to date, and leaves one a site owner relabelled by hand as it is.
   */
  former?: { displayNames?: readonly string[]; descriptions?: readonly string[] };
}

export interface ListDef<C extends readonly ColumnDef[] = readonly ColumnDef[]> {
  key: ListKey;
  displayName: string;
  /** Written into the list's description so the list is found even after someone renames it. */
  marker: string;
  description: string;
  columns: C;
}

/** Lists are found by this marker in their description first, by display name second (see provision.ts). */
export const listMarker = (key: ListKey): string => `[felles-modell:${key}]`;

export const LIFECYCLE_CHOICES = ['active', 'paused', 'completed', 'stopped'] as const;
export const STATUS_CHOICES = ['open', 'done', 'notRelevant'] as const;
export const SIDE_CHOICES = ['kommune', 'sykehus'] as const;
export const MODEL_STATUS_CHOICES = ['draft', 'published'] as const;
/** The model's JSON is split over this many multi-line columns (SharePoint holds 63,999 characters in one). */
export const MODEL_JSON_COLUMNS = ['ModelJson1', 'ModelJson2', 'ModelJson3', 'ModelJson4'] as const;
export const FEEDBACK_KIND_CHOICES = ['unclear', 'doesNotFit', 'useful', 'suggestion'] as const;
export const FEEDBACK_TARGET_CHOICES = ['requirement', 'toolboxEntry'] as const;
export const FEEDBACK_STATUS_CHOICES = ['open', 'answered'] as const;
export const EVENT_KIND_CHOICES = ['status', 'confirm', 'unconfirm', 'comment', 'phaseChange', 'gateOverride', 'projectUpdate'] as const;

const PROGRESS_COLUMN_NAMES = {
  forankring: 'ProgressForankring',
  utforske: 'ProgressUtforske',
  definere: 'ProgressDefinere',
  utvikle: 'ProgressUtvikle',
  levere: 'ProgressLevere',
  'laer-og-del': 'ProgressLaerOgDel',
} as const;
export type ProgressColumn = (typeof PROGRESS_COLUMN_NAMES)[keyof typeof PROGRESS_COLUMN_NAMES];

/** Portfolio progress columns, one per phase of the default model, in phase order (looked up by phase key). */
export const PROGRESS_COLUMNS: Readonly<Record<string, ProgressColumn>> = PROGRESS_COLUMN_NAMES;

// Each helper keeps the column's name as a literal type, so the row types below are derived from this one list.
type Extra = Partial<Omit<ColumnDef, 'name'>>;
const text = <N extends string>(name: N, displayName: string, description: string, extra: Extra = {}): ColumnDef<N> => ({ name, displayName, type: 'text', description, ...extra });
const note = <N extends string>(name: N, displayName: string, description: string): ColumnDef<N> => ({ name, displayName, type: 'note', description });
const date = <N extends string>(name: N, displayName: string, description: string, extra: Extra = {}): ColumnDef<N> => ({ name, displayName, type: 'dateTime', description, ...extra });
const num = <N extends string>(name: N, displayName: string, description: string): ColumnDef<N> => ({ name, displayName, type: 'number', description });
const choice = <N extends string>(name: N, displayName: string, choices: readonly string[], description: string): ColumnDef<N> => ({ name, displayName, type: 'choice', choices, description });
const title = (description: string): ColumnDef<'Title'> => ({ name: 'Title', displayName: 'Tittel', type: 'text', builtIn: true, description });
const key = <N extends string>(name: N, displayName: string, description: string): ColumnDef<N> => text(name, displayName, description, { indexed: true, unique: true });
const indexedText = <N extends string>(name: N, displayName: string, description: string): ColumnDef<N> => text(name, displayName, description, { indexed: true });

const list = <const C extends readonly ColumnDef[]>(k: ListKey, displayName: string, description: string, columns: C): ListDef<C> => ({ key: k, displayName, marker: listMarker(k), description, columns });
const progressColumns = (Object.entries(PROGRESS_COLUMN_NAMES) as [string, ProgressColumn][]).map(([phase, name]) => ({
  ...num(name, `Fremdrift ${phase}`, `Prosent oppfylte krav i fasen ${phase}; krav merket ikke relevant regnes som oppfylt.`),
  former: { descriptions: [`Prosent fullført i fasen ${phase}.`] },
}));

const SCHEMA = {
  projects: list('projects', 'Felles modell – prosjekter', 'Ett prosjekt per rad.', [
    title('Prosjektets navn.'),
    key('ProjectKey', 'Prosjektnøkkel', 'GUID, fast for prosjektets levetid.'),
    text('TeamGroupId', 'Team-gruppe', 'Id for Teams-teamets Microsoft 365-gruppe.'),
    text('ChannelId', 'Kanal', 'Id for Teams-kanalen med fanen.'),
    indexedText('CurrentPhase', 'Gjeldende fase', 'Fasenøkkel, for eksempel `utforske`.'),
    date('PhaseEnteredAt', 'Fase startet', 'Når gjeldende fase startet.'),
    text('ModelId', 'Modell', 'Fasemodellens id, for eksempel `hfi-default`.'),
    text('ModelVersion', 'Modellversjon', 'Versjonen av fasemodellen prosjektet følger.'),
    text('TargetGroups', 'Prioriterte grupper', 'Nøkler for prioriterte grupper, skilt med `;`.'),
    note('Municipalities', 'Kommuner', 'Kommunene i prosjektet, skilt med `;` (flerlinjet: et samarbeid kan ha mange kommuner).'),
    text('HospitalUnit', 'Sykehusenhet', 'Enheten i sykehuset.'),
    choice('LifecycleStatus', 'Status', LIFECYCLE_CHOICES, 'active, paused, completed eller stopped.'),
    note('Summary', 'Sammendrag', 'JSON: det ingen annen kolonne holder, skrevet ved faseendringer og prosjektinnstillinger: unntak fra faseporter med kravene de lot stå åpne (gateOverrides), fasehistorikken (phaseHistory), ventegrensen i dager (waitingLimitDays) og hvem som har slått av «Venter på deg»-varsler (notificationsOff, Entra-objekt-id); fremdriften står i Portefølje-listen.'),
    date('UpdatedAt', 'Oppdatert', 'Siste endring i prosjektet.'),
  ]),
  checklist: list('checklist', 'Felles modell – sjekkpunkter', 'Ett sjekkpunkt i ett prosjekt som noen har endret (ingen rad = åpent).', [
    title('Sjekkpunktets nøkkel (ItemKey).'),
    key('StateKey', 'Radnøkkel', '`ProjectKey|ItemKey`: unik, så to samtidige første avkrysninger ikke lager to rader.'),
    indexedText('ProjectKey', 'Prosjektnøkkel', 'Prosjektet raden hører til.'),
    text('ItemKey', 'Sjekkpunkt', 'Sjekkpunktets nøkkel i fasemodellen.'),
    text('PhaseKey', 'Fase', 'Fasen sjekkpunktet hører til.'),
    choice('Status', 'Status', STATUS_CHOICES, 'open, done eller notRelevant.'),
    note('NotRelevantReason', 'Begrunnelse ikke relevant', 'Hvorfor sjekkpunktet ikke gjelder.'),
    text('KommuneConfirmedById', 'Bekreftet av kommune (id)', 'Entra-objekt-id for den som bekreftet for kommunen.'),
    text('KommuneConfirmedBy', 'Bekreftet av kommune', 'Navn på den som bekreftet for kommunen.'),
    date('KommuneConfirmedAt', 'Bekreftet av kommune (tid)', 'Når kommunen bekreftet.'),
    text('SykehusConfirmedById', 'Bekreftet av sykehus (id)', 'Entra-objekt-id for den som bekreftet for sykehuset.'),
    text('SykehusConfirmedBy', 'Bekreftet av sykehus', 'Navn på den som bekreftet for sykehuset.'),
    date('SykehusConfirmedAt', 'Bekreftet av sykehus (tid)', 'Når sykehuset bekreftet.'),
    note('Comment', 'Kommentar', 'Fritekst (uten personopplysninger).'),
    text('UpdatedById', 'Endret av (id)', 'Entra-objekt-id for den som endret sist.'),
    text('UpdatedByName', 'Endret av', 'Navn på den som endret sist.'),
  ]),
  events: list('events', 'Felles modell – hendelser', 'Logg over endringer; rader legges bare til.', [
    title('Hendelsestype (Kind).'),
    key('IntentId', 'Handlings-id', 'UUID for handlingen: unik, så en gjentatt handling lagres én gang.'),
    indexedText('ProjectKey', 'Prosjektnøkkel', 'Prosjektet hendelsen hører til.'),
    date('At', 'Tidspunkt', 'Når brukeren handlet.'),
    text('ActorId', 'Utført av (id)', 'Entra-objekt-id.'),
    text('ActorName', 'Utført av', 'Navn.'),
    choice('Side', 'Side', SIDE_CHOICES, 'kommune eller sykehus.'),
    choice('Kind', 'Type', EVENT_KIND_CHOICES, 'status, confirm, unconfirm, comment, phaseChange, gateOverride eller projectUpdate.'),
    text('ItemKey', 'Sjekkpunkt', 'Sjekkpunktets nøkkel (tom for prosjekthendelser).'),
    note('FromValue', 'Fra', 'Verdien før.'),
    note('ToValue', 'Til', 'Verdien etter.'),
    note('Reason', 'Begrunnelse', 'Begrunnelse, for eksempel for å gå videre uten at alle krav er oppfylt.'),
  ]),
  participants: list('participants', 'Felles modell – deltakere', 'Hvem som er med i prosjektet, og for hvilken side de bekrefter.', [
    title('Personens navn.'),
    key('ParticipantKey', 'Deltakernøkkel', '`ProjectKey|PersonId`: unik.'),
    indexedText('ProjectKey', 'Prosjektnøkkel', 'Prosjektet deltakeren hører til.'),
    text('PersonId', 'Person (id)', 'Entra-objekt-id.'),
    text('Email', 'E-post', 'E-postadresse.'),
    text('Organisation', 'Organisasjon', 'For eksempel Lillehammer kommune eller Sykehuset Innlandet HF.'),
    choice('Side', 'Side', SIDE_CHOICES, 'kommune eller sykehus.'),
    date('ConfirmedAt', 'Bekreftet', 'Når personen bekreftet organisasjon og side.'),
    date('NotifiedAt', 'Varslet', 'Når personen sist fikk «Venter på deg» i Teams for dette prosjektet (høyst ett varsel per kvarter).'),
    note('OverdueNamed', 'Varslet over fristen', 'Nøkler for sjekkpunkter over fristen som alt er nevnt i et varsel til personen, én per linje.'),
  ]),
  portfolio: list('portfolio', 'Felles modell – portefølje', 'Ett prosjekt per rad i koordineringsnettstedet; avledet, holdes oppdatert av fanene.', [
    title('Prosjektets navn.'),
    key('ProjectKey', 'Prosjektnøkkel', 'GUID, som i prosjektlisten.'),
    text('SiteUrl', 'Nettsted', 'Prosjektets SharePoint-nettsted.'),
    text('TabUrl', 'Fane', 'Lenke til prosjektets fane i Teams.'),
    text('TeamGroupId', 'Team-gruppe', 'Id for Teams-teamets Microsoft 365-gruppe.'),
    note('Municipalities', 'Kommuner', 'Skilt med `;`.'),
    text('HospitalUnit', 'Sykehusenhet', 'Enheten i sykehuset.'),
    text('TargetGroups', 'Prioriterte grupper', 'Nøkler, skilt med `;`.'),
    indexedText('CurrentPhase', 'Gjeldende fase', 'Fasenøkkel.'),
    text('CurrentPhaseName', 'Fasenavn', 'Gjeldende fase med navn på bokmål (for egne visninger og Power BI; nøkkelen står i Gjeldende fase).'),
    num('CurrentPhaseOrder', 'Fasenummer', '0 for første fase.'),
    date('PhaseEnteredAt', 'Fase startet', 'Når gjeldende fase startet.'),
    choice('LifecycleStatus', 'Status', LIFECYCLE_CHOICES, 'active, paused, completed eller stopped.'),
    text('ModelVersion', 'Modellversjon', 'Versjonen av fasemodellen prosjektet følger, for eksempel `2.0.0`.'),
    ...progressColumns,
    note('MissingRequirements', 'Manglende krav', 'Nøkler for sjekkpunkter som mangler i faser prosjektet har forlatt, én per linje.'),
    note('MissingRequirementsText', 'Manglende krav (tekst)', 'Manglende krav i faser prosjektet har forlatt, med navn på bokmål, én per linje.'),
    num('MissingCount', 'Antall manglende', 'Antall manglende krav i faser prosjektet har forlatt.'),
    num('OpenInCurrentPhase', 'Åpne krav i gjeldende fase', 'Krav i fasen prosjektet er i nå som ikke er oppfylt ennå.'),
    {
      ...num('OpenDualConfirmations', 'Venter på bekreftelse fra den andre parten (alle faser)', 'Krav, i alle faser, som venter på bekreftelse fra kommunen eller sykehuset.'),
      former: { displayNames: ['Åpne dobbeltbekreftelser'], descriptions: ['Sjekkpunkter som venter på bekreftelse fra én av sidene.'] },
    },
    note('GateOverrides', 'Overstyrte faseoverganger', 'JSON: faseoverganger uten at alle krav var oppfylt, med begrunnelse.'),
    num('GateOverrideCount', 'Antall overstyringer', 'Antall slike faseoverganger.'),
    date('LastActivityAt', 'Siste aktivitet', 'Siste endring i prosjektet.', { indexed: true }),
    note('SummaryJson', 'Sammendrag (JSON)', 'Hele sammendraget som JSON.'),
    note('Evidence', 'Grunnlag (JSON)', 'Kompakt JSON for Innsikt og «Venter på meg»: status og begrunnelse per berørt krav, når hver side bekreftet, når prosjektet gikk inn i hver fase, registrerte deltakere per side, ventegrense og lenke. Format: src/store/portfolio/evidenceJson.ts.'),
    date('RowUpdatedAt', 'Rad oppdatert', 'Når raden sist ble skrevet.'),
  ]),
  modelVersions: list('modelVersions', 'Felles modell – modellversjoner', 'Fasemodellen og verktøykassen: én rad per publiserte versjon, og ett utkast per modell. Rader slettes aldri.', [
    title('Modellens navn og versjon, for eksempel «Felles modell for tjenesteutvikling 2.0.0».'),
    key('VersionKey', 'Versjonsnøkkel', '`ModelId|Version` for en publisert versjon, `ModelId|draft` for utkastet: unik.'),
    indexedText('ModelId', 'Modell', 'Fasemodellens id, for eksempel `hfi-default`.'),
    text('Version', 'Versjon', 'Versjonen, for eksempel `2.0.0` (prosjektene lagrer den i Modellversjon).'),
    { ...num('Sequence', 'Løpenummer', '1 for første publiserte versjon; utkastet har nummeret det får når det publiseres.'), indexed: true },
    { ...choice('Status', 'Status', MODEL_STATUS_CHOICES, 'draft (utkast) eller published (publisert).'), indexed: true },
    text('BasedOn', 'Bygger på', 'Versjonen utkastet eller versjonen ble laget fra.'),
    text('SupersededBy', 'Erstattet av', 'Versjonen som ble publisert etter denne (tom for den nyeste).'),
    note('ChangeNote', 'Endringsnotat', 'Kort om hva som er endret i versjonen.'),
    note('AnswersFeedback', 'Svarer på tilbakemeldinger', 'JSON: tilbakemeldingene fra prosjektene som versjonen svarer på (nøkkel, krav eller verktøy, type), så prosjektenes oppgraderingsmelding kan si hvilke endringer som kom fra tilbakemeldinger.'),
    date('PublishedAt', 'Publisert', 'Når versjonen ble publisert (for utkastet: sist lagret).'),
    text('PublishedBy', 'Publisert av', 'Navn på den som publiserte (for utkastet: lagret).'),
    text('PublishedById', 'Publisert av (id)', 'Entra-objekt-id.'),
    note('Outline', 'Innhold', 'Fasene, kravene og verktøyene i versjonen på bokmål, for lesing i SharePoint.'),
    num('ModelSize', 'Størrelse', 'Antall tegn i modellens JSON.'),
    ...MODEL_JSON_COLUMNS.map((name, index) => note(name, `Modell (JSON) ${index + 1}`, `Del ${index + 1} av modellens JSON; delene settes sammen i rekkefølge.`)),
  ]),
  feedback: list('feedback', 'Felles modell – tilbakemeldinger', 'Tilbakemeldinger fra prosjektene på krav og verktøy i modellen; koordinatorene markerer dem som besvart med versjonen som svarte.', [
    title('Type og krav eller verktøy på bokmål, for lesing i SharePoint.'),
    key('FeedbackKey', 'Tilbakemeldingsnøkkel', 'UUID: unik, så en gjentatt innsending lagres én gang.'),
    choice('TargetKind', 'Gjelder', FEEDBACK_TARGET_CHOICES, 'requirement (krav) eller toolboxEntry (verktøy i verktøykassen).'),
    indexedText('TargetKey', 'Nøkkel for krav eller verktøy', 'Kravets eller verktøyets nøkkel i modellen.'),
    text('TargetName', 'Krav eller verktøy', 'Navnet på bokmål da tilbakemeldingen ble gitt.'),
    choice('Kind', 'Type', FEEDBACK_KIND_CHOICES, 'unclear (uklart), doesNotFit (passer ikke), useful (nyttig) eller suggestion (forslag).'),
    note('FeedbackText', 'Tilbakemelding', 'Fritekst (uten personopplysninger; fødselsnummer avvises).'),
    text('ModelVersion', 'Modellversjon', 'Versjonen av modellen personen så.'),
    indexedText('ProjectKey', 'Prosjektnøkkel', 'Prosjektet tilbakemeldingen kom fra (tom når den ble gitt utenfor et prosjekt).'),
    text('ProjectTitle', 'Prosjekt', 'Prosjektets navn da tilbakemeldingen ble gitt.'),
    choice('Side', 'Side', SIDE_CHOICES, 'kommune eller sykehus: siden personen bekrefter for i prosjektet.'),
    text('AuthorId', 'Gitt av (id)', 'Entra-objekt-id.'),
    text('AuthorName', 'Gitt av', 'Navn.'),
    date('GivenAt', 'Gitt', 'Når tilbakemeldingen ble gitt.'),
    { ...choice('Status', 'Status', FEEDBACK_STATUS_CHOICES, 'open (åpen) eller answered (besvart).'), indexed: true },
    text('AnsweredInVersion', 'Besvart i versjon', 'Modellversjonen som svarte på tilbakemeldingen.'),
    date('AnsweredAt', 'Besvart', 'Når den ble markert som besvart.'),
    text('AnsweredById', 'Besvart av (id)', 'Entra-objekt-id.'),
    text('AnsweredBy', 'Besvart av', 'Navn på koordinatoren som markerte den som besvart.'),
  ]),
} satisfies Record<ListKey, ListDef>;

export const LIST_SCHEMA: Readonly<Record<ListKey, ListDef>> = SCHEMA;

/** The internal column names of one of our lists, as a union type. */
export type ColumnName<L extends ListKey> = (typeof SCHEMA)[L]['columns'][number]['name'];

/** A row's fields as Graph returns them, one optional property per column of the list (derived, never retyped). */
export type FieldsOf<L extends ListKey, V> = { [K in ColumnName<L>]?: V };

export function columnOf(list: ListKey, name: string): ColumnDef | undefined {
  return LIST_SCHEMA[list].columns.find((c) => c.name === name);
}

/** The columns we create (everything but SharePoint's own Title). */
export const ownColumns = (list: ListKey): ColumnDef[] => LIST_SCHEMA[list].columns.filter((c) => !c.builtIn);

/** The `$select` list for a list's fields: only our columns, so a hand-added column never costs bandwidth. */
export const selectFields = (list: ListKey): string => LIST_SCHEMA[list].columns.map((c) => c.name).join(',');
