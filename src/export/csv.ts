// CSV for Norwegian Excel: UTF-8 with a byte-order mark (else Excel reads æøå as Latin-1), `;` between fields
// (Norwegian Excel's list separator, as `,` is the decimal comma), CRLF between records (RFC 4180).
import type { ExportCell, ExportTable } from './exportTable';
import { neutraliseFormula } from './formulaGuard';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/** `2026-03-01`: the ISO calendar day of a date cell (held at UTC midnight). */
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * One field. Text that would start a formula gets an apostrophe (formulaGuard) and is always quoted; otherwise a
 * field is quoted when it holds the separator, a quote, a line break or leading/trailing space. Quotes are doubled.
 * Numbers and dates are typed cells and written as they are (a real -5 stays -5).
 */
export function csvField(cell: ExportCell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date) return isoDay(cell);
  const text = neutraliseFormula(cell);
  return text !== cell || /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((row) => row.map(csvField))];
  return BOM + lines.map((fields) => fields.join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

export function csvBlob(table: ExportTable): Blob {
  return new Blob([buildCsv(table)], { type: 'text/csv;charset=utf-8' });
}
