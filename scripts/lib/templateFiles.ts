// Real template files for local mode's verktøykasse, one for each template entry of the default model (its key in
// `entryKey`), generated at seed time in bokmål: Excel (exceljs), Word (docx) and PowerPoint (pptxgenjs). Headings,
// prompts, scales and formulas a project can start from; no personal data, nothing copied from anyone's material.
import PptxGenJS from 'pptxgenjs';
import ExcelJS from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

export interface TemplateFile {
  /** The default model's toolbox entry the file belongs to. */
  entryKey: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Said in every template: the tool refuses patient data, and so should the documents made from it. */
const NO_PERSONAL_DATA = 'Skriv ikke navn, fødselsnummer eller andre opplysninger som kan identifisere pasienter eller pårørende i malen.';

// ---- Word ----------------------------------------------------------------------------------------------------------

const heading = (text: string, level: 1 | 2 = 2) => new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
const prompt = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true, color: '595959' })] });
const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** A table with a header row and `rows` empty rows to fill in. */
function fillInTable(headers: string[], rows = 3, firstColumn: string[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
      ...Array.from({ length: Math.max(rows, firstColumn.length) }, (_, i) => new TableRow({ children: headers.map((_h, j) => cell(j === 0 ? (firstColumn[i] ?? '') : '')) })),
    ],
  });
}

async function wordFile(entryKey: string, name: string, title: string, intro: string, body: (Paragraph | Table)[]): Promise<TemplateFile> {
  const doc = new Document({
    creator: 'Felles modell',
    title,
    sections: [{ children: [heading(title, 1), new Paragraph(intro), new Paragraph({ children: [new TextRun({ text: NO_PERSONAL_DATA, bold: true })] }), ...body] }],
  });
  return { entryKey, name, mimeType: DOCX, bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}

const interviewGuide = () =>
  wordFile('utforske.mal.intervjuguide', 'Intervjuguide.docx', 'Intervjuguide og innsiktslogg', 'Bruk guiden i intervju med brukere, pårørende og ansatte i kommunen og på sykehuset. Gå etter det personen forteller; spørsmålene er hjelp, ikke et skjema.', [
    heading('Før intervjuet'),
    prompt('Hvem intervjuer dere (rolle, kommune eller sykehus, bruker eller pårørende), og hvorfor akkurat dem?'),
    new Paragraph('Fortell hva prosjektet handler om, at deltakelsen er frivillig, og at det som sies skrives ned uten navn.'),
    heading('Spørsmål'),
    new Paragraph({ text: 'Dagens forløp', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Kan du fortelle om sist du … (var innlagt, ble skrevet ut, tok imot en pasient fra sykehuset)? Hva skjedde først, og så?'),
    new Paragraph('Hvem snakket du med underveis? Hva visste de om deg, og hva måtte du fortelle på nytt?'),
    new Paragraph({ text: 'Overgangene mellom kommunen og sykehuset', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Hvor i forløpet gikk noe tapt, ble forsinket eller gjort to ganger?'),
    new Paragraph('Hva skulle du ønske den andre parten visste eller gjorde annerledes?'),
    new Paragraph({ text: 'Det som virker', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Fortell om en gang det gikk bra. Hva gjorde at det gikk bra?'),
    new Paragraph({ text: 'Avslutning', heading: HeadingLevel.HEADING_3 }),
    new Paragraph('Hvis du kunne endre én ting i morgen, hva ville det vært?'),
    heading('Innsiktslogg'),
    prompt('Ett funn per rad. Skriv hva dere så eller hørte, ikke hvem som sa det.'),
    fillInTable(['Funn', 'Kilde (type, uten navn)', 'Hvem berøres (kommune, sykehus, bruker)', 'Sitat eller observasjon (anonymisert)', 'Tema'], 6),
  ]);

const benefitsPlan = () =>
  wordFile('definere.mal.gevinstplan', 'Gevinstplan.docx', 'Gevinstplan', 'Beskriv hvilke gevinster prosjektet skal gi, hvem de tilfaller, hvem som eier hver gevinst hos hver part, og hvordan og når den måles.', [
    heading('Gevinster'),
    fillInTable(['Gevinst', 'Tilfaller (kommune, sykehus, pasient)', 'Gevinstansvarlig kommune', 'Gevinstansvarlig sykehus', 'Indikator', 'Nullpunkt', 'Målverdi', 'Når måles'], 4),
    heading('Forutsetninger og risiko'),
    prompt('Hva må være på plass hos kommunen og hos sykehuset for at gevinstene skal komme? Hva kan hindre dem?'),
    heading('Oppfølging'),
    prompt('Hvem rapporterer gevinstene, til hvem (for eksempel FSU/SSU), og når?'),
  ]);

const pilotPlan = () =>
  wordFile('levere.mal.pilotplan', 'Pilotplan.docx', 'Pilotplan', 'Planen for å prøve løsningen i liten skala. Begge parter godkjenner den før piloten starter.', [
    heading('Mål'),
    prompt('Hva skal piloten vise? Knytt målene til gevinstplanen.'),
    heading('Omfang'),
    prompt('Hvilke enheter, hvilke brukere, hvor mange, og hva er utenfor?'),
    heading('Tid'),
    fillInTable(['Milepæl', 'Dato', 'Ansvarlig'], 0, ['Oppstart', 'Første PDSA-syklus ferdig', 'Beslutning om videreføring']),
    heading('Deltakere'),
    fillInTable(['Part', 'Enhet', 'Kontaktperson', 'Rolle i piloten'], 0, ['Kommune', 'Sykehus', 'Brukerrepresentant']),
    heading('Opplæring'),
    prompt('Hvem trenger opplæring, i hva, og når? Hvordan når dere ansatte på kvelds- og nattevakt?'),
    heading('Feilhåndtering og avvik'),
    prompt('Hva gjør ansatte når noe går galt? Hvor meldes avvik, og hvem følger dem opp hos hver part?'),
    heading('Måling'),
    fillInTable(['Indikator', 'Nullpunkt (målt før oppstart)', 'Målverdi', 'Kilde', 'Hvor ofte'], 3),
    heading('PDSA-sykluser'),
    fillInTable(['Syklus', 'Planlegg', 'Gjennomfør', 'Studer', 'Juster'], 0, ['1', '2', '3']),
    heading('Godkjenning'),
    fillInTable(['Part', 'Navn og rolle', 'Dato'], 0, ['Kommune', 'Sykehus']),
  ]);

const lessonsNote = () =>
  wordFile('laer-og-del.mal.erfaringsnotat', 'Erfaringsnotat.docx', 'Erfaringsnotat', 'Et kort notat som deles i helsefellesskapet (og gjerne i KomINN eller tilsvarende) når prosjektet er ferdig eller har nådd en milepæl.', [
    heading('Sammendrag'),
    prompt('Tre til fem setninger: utfordringen, hva dere gjorde og hva det førte til.'),
    heading('Utfordringen'),
    prompt('Hvem gjaldt det, og hvorfor måtte kommunen og sykehuset løse den sammen?'),
    heading('Hva vi gjorde'),
    prompt('Fasene dere gikk gjennom, metodene dere brukte, og hvem som deltok fra hver part og fra brukersiden.'),
    heading('Resultater og gevinster'),
    fillInTable(['Gevinst', 'Nullpunkt', 'Målt resultat', 'Når målt'], 3),
    heading('Hva vi lærte om samarbeidet'),
    prompt('Hvordan fungerte likeverdigheten og forankringen hos begge parter? Hva ville dere gjort annerledes?'),
    heading('Hva brukerrepresentantene sa, og hva det førte til'),
    prompt('Hvilke innspill kom, hva ble endret, og hvordan fikk brukerrepresentantene vite det?'),
    heading('Råd til andre'),
    prompt('Det viktigste dere vil si til et helsefellesskap som skal gjøre noe lignende.'),
    heading('Videre ansvar og kontakt'),
    fillInTable(['Part', 'Ansvar for videre forbedring', 'Kontakt (rolle og enhet)'], 0, ['Kommune', 'Sykehus']),
  ]);

// ---- Excel ---------------------------------------------------------------------------------------------------------

async function workbookFile(entryKey: string, name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Felles modell';
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return { entryKey, name, mimeType: XLSX, bytes: new Uint8Array(buffer as ArrayBuffer) };
}

const scale = (sheet: ExcelJS.Worksheet, columns: string[], rows: [number, number]) => {
  for (let row = rows[0]; row <= rows[1]; row += 1) {
    for (const column of columns) sheet.getCell(`${column}${row}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, showErrorMessage: true, error: 'Skriv et tall fra 1 til 5.', formulae: [1, 5] };
  }
};

const guideSheet = (workbook: ExcelJS.Workbook, lines: string[]) => {
  const sheet = workbook.addWorksheet('Slik bruker du malen');
  sheet.getColumn(1).width = 110;
  sheet.addRow([lines[0]]).font = { bold: true, size: 14 };
  for (const line of [...lines.slice(1), NO_PERSONAL_DATA]) sheet.addRow([line]).alignment = { wrapText: true };
};

const ROWS = 30;

/** A sheet to fill in: a frozen, bold header of [header, key, width] columns, and one example row. */
function fillInSheet(workbook: ExcelJS.Workbook, name: string, columns: [string, string, number][], example: Record<string, string | number>): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(([header, key, width]) => ({ header, key, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(example);
  return sheet;
}

const stakeholderAnalysis = () =>
  workbookFile('forankring.mal.interessentanalyse', 'Interessentanalyse.xlsx', (workbook) => {
    const sheet = fillInSheet(workbook, 'Interessenter', [
      ['Interessent (rolle eller gruppe)', 'who', 30],
      ['Part (kommune/sykehus/bruker/annen)', 'side', 24],
      ['Hva betyr prosjektet for dem?', 'stake', 40],
      ['Påvirkning (1–5)', 'power', 16],
      ['Interesse (1–5)', 'interest', 16],
      ['Foreslått strategi', 'strategy', 20],
      ['Slik involverer vi dem', 'how', 40],
      ['Ansvarlig', 'owner', 18],
    ], { who: 'Brukerrepresentant', side: 'bruker', stake: 'Et forløp som henger sammen', power: 3, interest: 5, how: 'Med i arbeidsgruppen fra start', owner: 'Prosjektleder' });
    for (let row = 2; row <= ROWS; row += 1) {
      // The classic power/interest grid, so the strategy follows the two numbers.
      sheet.getCell(`F${row}`).value = { formula: `IF(OR(D${row}="",E${row}=""),"",IF(AND(D${row}>=4,E${row}>=4),"Involver tett",IF(D${row}>=4,"Hold fornøyd",IF(E${row}>=4,"Hold informert","Følg med"))))` };
      sheet.getCell(`B${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"kommune,sykehus,bruker,annen"'] };
    }
    scale(sheet, ['D', 'E'], [2, ROWS]);
    guideSheet(workbook, [
      'Interessentanalyse',
      'Skriv én interessent per rad: en rolle eller en gruppe (for eksempel «fastleger i kommunen», «sengepost lunge»), ikke en navngitt person.',
      'Påvirkning: hvor mye de kan påvirke om prosjektet lykkes. Interesse: hvor mye prosjektet berører dem. Begge fra 1 (lite) til 5 (mye).',
      'Foreslått strategi regnes ut: høy påvirkning og høy interesse gir «Involver tett», høy påvirkning «Hold fornøyd», høy interesse «Hold informert», ellers «Følg med».',
      'Gå gjennom analysen sammen i første møte, del den med alle deltakerne, og hold den oppdatert når prosjektet går videre.',
    ]);
  });

const riskAnalysis = () =>
  workbookFile('utvikle.mal.ros-analyse', 'ROS-analyse.xlsx', (workbook) => {
    const sheet = fillInSheet(workbook, 'Risikovurdering', [
      ['Nr', 'nr', 6],
      ['Uønsket hendelse', 'event', 36],
      ['Årsak', 'cause', 30],
      ['Hvem rammes (pasient/kommune/sykehus)', 'who', 22],
      ['Sannsynlighet (1–5)', 'likelihood', 16],
      ['Konsekvens (1–5)', 'consequence', 16],
      ['Risiko (S × K)', 'risk', 12],
      ['Risikonivå', 'level', 12],
      ['Tiltak', 'measure', 36],
      ['Ansvarlig part', 'owner', 16],
      ['Frist', 'due', 12],
    ], { nr: 1, event: 'Epikrisen når ikke kommunen før pasienten kommer hjem', cause: 'Manuell oversending', who: 'pasient', likelihood: 3, consequence: 4, measure: 'Fast rutine for elektronisk melding ved utskrivning', owner: 'sykehus' });
    for (let row = 2; row <= ROWS; row += 1) {
      sheet.getCell(`G${row}`).value = { formula: `IF(OR(E${row}="",F${row}=""),"",E${row}*F${row})` };
      sheet.getCell(`H${row}`).value = { formula: `IF(G${row}="","",IF(G${row}>=15,"Høy",IF(G${row}>=8,"Middels","Lav")))` };
      sheet.getCell(`J${row}`).dataValidation = { type: 'list', allowBlank: true, formulae: ['"kommune,sykehus,begge"'] };
      sheet.getCell(`K${row}`).numFmt = 'yyyy-mm-dd';
    }
    scale(sheet, ['E', 'F'], [2, ROWS]);
    const levels: [string, string][] = [['Høy', 'FFC7CE'], ['Middels', 'FFEB9C'], ['Lav', 'C6EFCE']];
    sheet.addConditionalFormatting({
      ref: `H2:H${ROWS}`,
      rules: levels.map(([level, color], priority) => ({ type: 'containsText', operator: 'containsText', text: level, priority: priority + 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${color}` } } } })),
    });
    guideSheet(workbook, [
      'ROS-analyse (risiko og sårbarhet)',
      'Gjør analysen sammen med deltakere fra kommunen, sykehuset og brukersiden, før dere velger og prøver løsningen.',
      'Sannsynlighet: 1 svært lite sannsynlig, 2 lite sannsynlig, 3 mulig, 4 sannsynlig, 5 svært sannsynlig.',
      'Konsekvens: 1 ubetydelig, 2 mindre alvorlig, 3 alvorlig, 4 svært alvorlig, 5 kritisk (for pasientsikkerhet, personvern eller drift).',
      'Risiko er sannsynlighet ganget med konsekvens: 15 eller mer er høy, 8–14 middels, under 8 lav. Høy risiko trenger tiltak før piloten.',
      'Behandler løsningen helseopplysninger, skal dere også vurdere om det trengs en vurdering av personvernkonsekvenser (DPIA) etter Normen.',
    ]);
  });

// ---- PowerPoint ----------------------------------------------------------------------------------------------------

async function projectPresentation(): Promise<TemplateFile> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = 'Prosjektpresentasjon på én side';
  const slide = pptx.addSlide();
  slide.addText('Prosjektets navn', { x: 0.5, y: 0.3, w: 12.3, h: 0.8, fontSize: 28, bold: true });
  const boxes: [string, string][] = [
    ['Utfordringen', 'Hva er problemet, for hvem, og hvorfor nå?'],
    ['Målgruppe', 'Hvem berøres? Hvilken prioritert gruppe i helsefellesskapet?'],
    ['Parter og eiere', 'Kommune(r), sykehusenhet, kontaktperson hos hver part.'],
    ['Ønsket effekt', 'Hva blir bedre for brukerne og for tjenestene?'],
    ['Brukermedvirkning', 'Hvordan er brukerrepresentanter med?'],
    ['Neste steg', 'Beslutninger som trengs, og når.'],
  ];
  boxes.forEach(([title, text], index) => {
    const x = 0.5 + (index % 3) * 4.15;
    const y = 1.3 + Math.floor(index / 3) * 2.9;
    slide.addShape(pptx.ShapeType.rect, { x, y, w: 3.95, h: 2.7, line: { color: '2F5597', width: 1 }, fill: { color: 'F2F5FB' } });
    slide.addText([{ text: `${title}\n`, options: { bold: true, fontSize: 16 } }, { text, options: { fontSize: 12 } }], { x: x + 0.15, y: y + 0.1, w: 3.65, h: 2.5, valign: 'top' });
  });
  slide.addText(NO_PERSONAL_DATA, { x: 0.5, y: 7.0, w: 12.3, h: 0.35, fontSize: 10, italic: true, color: '595959', align: 'left' });
  const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { entryKey: 'forankring.mal.prosjektpresentasjon', name: 'Prosjektpresentasjon.pptx', mimeType: PPTX, bytes: data };
}

/** Every template file, in the order of the phases whose entries they belong to. */
export async function templateFiles(): Promise<TemplateFile[]> {
  return Promise.all([stakeholderAnalysis(), projectPresentation(), interviewGuide(), benefitsPlan(), riskAnalysis(), pilotPlan(), lessonsNote()]);
}
