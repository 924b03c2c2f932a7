// Real template files for local mode's verktøykasse, generated at seed time: a one-page project presentation (.pptx,
// pptxgenjs), a stakeholder analysis (.xlsx, exceljs) and a benefits plan (.docx, docx). Headings and prompts only:
// no personal data, nothing copied from anyone's material.
import PptxGenJS from 'pptxgenjs';
import ExcelJS from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

export interface TemplateFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

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
  boxes.forEach(([title, prompt], index) => {
    const x = 0.5 + (index % 3) * 4.15;
    const y = 1.3 + Math.floor(index / 3) * 2.9;
    slide.addShape(pptx.ShapeType.rect, { x, y, w: 3.95, h: 2.7, line: { color: '2F5597', width: 1 }, fill: { color: 'F2F5FB' } });
    slide.addText([{ text: `${title}\n`, options: { bold: true, fontSize: 16 } }, { text: prompt, options: { fontSize: 12 } }], { x: x + 0.15, y: y + 0.1, w: 3.65, h: 2.5, valign: 'top' });
  });
  const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return { name: 'Prosjektpresentasjon.pptx', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', bytes: data };
}

async function stakeholderAnalysis(): Promise<TemplateFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Felles modell';
  const sheet = workbook.addWorksheet('Interessenter');
  sheet.columns = [
    { header: 'Interessent', key: 'who', width: 28 },
    { header: 'Part (kommune/sykehus/annen)', key: 'side', width: 26 },
    { header: 'Hva betyr prosjektet for dem?', key: 'stake', width: 40 },
    { header: 'Påvirkning (1–5)', key: 'power', width: 16 },
    { header: 'Interesse (1–5)', key: 'interest', width: 16 },
    { header: 'Slik involverer vi dem', key: 'how', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({ who: 'Brukerrepresentant', side: 'annen', stake: '', power: 3, interest: 5, how: 'Med i arbeidsgruppen fra start' });
  for (let row = 3; row <= 20; row += 1) {
    for (const column of ['D', 'E']) sheet.getCell(`${column}${row}`).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 5] };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { name: 'Interessentanalyse.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: new Uint8Array(buffer as ArrayBuffer) };
}

async function benefitsPlan(): Promise<TemplateFile> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 25, type: WidthType.PERCENTAGE } });
  const doc = new Document({
    creator: 'Felles modell',
    title: 'Gevinstplan',
    sections: [
      {
        children: [
          new Paragraph({ text: 'Gevinstplan', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Beskriv hvilke gevinster prosjektet skal gi, hvem som eier hver gevinst, og hvordan og når den måles.'),
          new Paragraph({ text: 'Gevinster', heading: HeadingLevel.HEADING_2 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: ['Gevinst', 'Eier (part)', 'Måling og utgangspunkt', 'Når'].map(cell) }),
              new TableRow({ children: ['', '', '', ''].map(cell) }),
            ],
          }),
          new Paragraph({ text: 'Forutsetninger og risiko', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Hva må være på plass hos kommunen og hos sykehuset for at gevinstene skal komme?'),
        ],
      },
    ],
  });
  return { name: 'Gevinstplan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: new Uint8Array(await Packer.toBuffer(doc)) };
}

export async function templateFiles(): Promise<TemplateFile[]> {
  return Promise.all([projectPresentation(), stakeholderAnalysis(), benefitsPlan()]);
}
