import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildCsv, csvField } from '../../src/export/csv';
import { buildXlsx } from '../../src/export/xlsx';
import { calendarDay, portfolioExportTable } from '../../src/export/exportTable';
import { exportFileName } from '../../src/export/download';
import { toPortfolioViewRows } from '../../src/export/portfolioView';
import { NOW, daysAgo, row, testModel } from '../../testkit/portfolioFixtures';

const rows = [
  row({
    title: 'Lunge; "hjem" og\ntilbake',
    municipalities: ['Hamar', 'Løten'],
    hospitalUnit: 'SI Hamar',
    targetGroups: ['eldre'],
    currentPhase: 'definere',
    phaseEnteredAt: '2026-01-15T09:00:00.000Z',
    lastActivityAt: '2026-02-20T10:30:00.000Z',
    progress: { forankring: 100, utforske: 75 },
    missingRequirements: [{ itemKey: 'u2', phaseKey: 'utforske' }],
    missingCount: 1,
    missingInPassedPhases: 1,
    openInCurrentPhase: 4,
    openDualConfirmations: 2,
    gateOverrides: [{ phaseKey: 'utforske', to: 'definere', reason: 'Vedtatt i SSU' }],
    tabUrl: 'https://teams.example/l/entity/1',
  }),
  row({ title: 'Æøå uten fase', lastActivityAt: daysAgo(40) }),
];
const view = toPortfolioViewRows(rows, { language: 'nb', now: NOW, stalledAfterDays: 30 });
const table = portfolioExportTable(view, testModel, 'nb');
const col = (key: string) => table.columns.findIndex((c) => c.key === key);

describe('portfolioExportTable', () => {
  it('has localized headers and the labels the user sees', () => {
    expect(table.columns[0]?.header).toBe('Prosjekt');
    expect(portfolioExportTable(view, testModel, 'en').columns[0]?.header).toBe('Project');
    // The counting rule and the waiting scope are stated in the headers, in the same words as on screen (issue 18).
    expect(table.columns.map((c) => c.header)).toContain('Fremdrift Utforske (% oppfylt, medregnet «ikke relevant»)');
    expect(table.columns[col('openDualConfirmations')]?.header).toBe('Venter på bekreftelse fra den andre parten (alle faser)');
    expect(table.rows[0]?.[col('phase')]).toBe('Definere');
    expect(table.rows[0]?.[col('targetGroups')]).toBe('Skrøpelige eldre');
    expect(table.rows[0]?.[col('lifecycleStatus')]).toBe('Aktiv');
    expect(table.rows[1]?.[col('stalled')]).toBe('Ja');
    // Both requirement figures, named so they cannot be misread: missing in phases left, open in the current one.
    expect(table.columns[col('missingCount')]?.header).toBe('Mangler i faser prosjektet har forlatt');
    expect(table.rows[0]?.[col('missingCount')]).toBe(1);
    expect(table.columns[col('openInCurrentPhase')]?.header).toBe('Åpne krav i nåværende fase');
    expect(table.rows[0]?.[col('openInCurrentPhase')]).toBe(4);
    expect(table.rows[0]?.[col('gateOverrideReasons')]).toBe('Utforske: Vedtatt i SSU');
  });
});

describe('buildCsv', () => {
  const csv = buildCsv(table);

  it('starts with a UTF-8 byte-order mark and separates fields with ;', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]?.split(';')[0]).toBe('Prosjekt');
  });

  it('quotes fields holding ;, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csv).toContain('"Lunge; ""hjem"" og\ntilbake";Hamar, Løten;');
  });

  it('writes dates as ISO days and numbers plainly', () => {
    const expectedDay = calendarDay('2026-01-15T09:00:00.000Z')?.toISOString().slice(0, 10);
    expect(csv).toContain(`;Definere;${expectedDay};`);
    expect(csv.endsWith('\r\n')).toBe(true);
    // header + 2 records (one record has an embedded line break inside quotes)
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });
});

describe('buildXlsx', () => {
  it('writes a workbook exceljs reads back with typed cells, frozen header, autofilter and widths', async () => {
    const bytes = await buildXlsx(table);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.getRow(1).getCell(1).value).toBe('Prosjekt');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBe(36);
    expect(sheet.rowCount).toBe(3);

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Lunge; "hjem" og\ntilbake');
    const entered = first.getCell(col('phaseEnteredAt') + 1);
    expect(entered.type).toBe(ExcelJS.ValueType.Date);
    expect((entered.value as Date).toISOString()).toBe(calendarDay('2026-01-15T09:00:00.000Z')?.toISOString());
    expect(entered.numFmt).toBe('yyyy-mm-dd');
    const progress = first.getCell(col('progress:utforske') + 1);
    expect(progress.type).toBe(ExcelJS.ValueType.Number);
    expect(progress.value).toBe(75);
    expect(first.getCell(col('openDualConfirmations') + 1).value).toBe(2);
    expect(first.getCell(col('phase') + 1).value).toBe('Definere');
    // A row without a phase has an empty cell, not a dash.
    expect(sheet.getRow(3).getCell(col('phase') + 1).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(3).getCell(1).value).toBe('Æøå uten fase');
  });
});

describe('exportFileName', () => {
  it('is dated and safe', () => {
    expect(exportFileName('Portefølje', 'xlsx', new Date(2026, 2, 1))).toBe('portefolje-2026-03-01.xlsx');
  });
});
