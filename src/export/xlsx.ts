// A real Excel workbook: typed cells (numbers as numbers, dates as dates), a bold frozen header row, an autofilter
// and column widths. exceljs is imported on demand, so its ~1 MB stays out of the first paint.
import type * as ExcelJSTypes from 'exceljs';
import type { ExportCell, ExportTable } from './exportTable';
import { neutraliseFormula } from './formulaGuard';

type ExcelJSModule = typeof ExcelJSTypes;

async function loadExcelJS(): Promise<ExcelJSModule> {
  const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  return mod.default ?? mod;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/** exceljs stores a string as text, but Excel evaluates it once someone edits the cell: neutralise it here too. */
const xlsxValue = (cell: ExportCell): string | number | Date | null =>
  cell === undefined ? null : typeof cell === 'string' ? neutraliseFormula(cell) : cell;

export async function buildXlsx(table: ExportTable): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Felles modell';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: neutraliseFormula(c.header),
    key: c.key,
    width: c.width,
    style: c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.type === 'number' ? { numFmt: '0' } : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  for (const row of table.rows) sheet.addRow(row.map(xlsxValue));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function xlsxBlob(table: ExportTable): Promise<Blob> {
  const bytes = await buildXlsx(table);
  return new Blob([bytes as BlobPart], { type: XLSX_MIME });
}
