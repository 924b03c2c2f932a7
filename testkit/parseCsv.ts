// A strict RFC 4180 reader for the tests (`;` separated, CRLF records, quoted fields with doubled quotes): the tests
// read the produced file back field by field, as a spreadsheet would, instead of searching the text.
export function parseCsv(csv: string, separator = ';'): string[][] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      field += ch; i += 1; continue;
    }
    if (ch === '"' && field === '') { quoted = true; i += 1; continue; }
    if (ch === '"') throw new Error(`Stray quote in an unquoted field at ${i}`);
    if (ch === separator) { fields.push(field); field = ''; i += 1; continue; }
    if (ch === '\r' && text[i + 1] === '\n') { fields.push(field); records.push(fields); fields = []; field = ''; i += 2; continue; }
    if (ch === '\r' || ch === '\n') throw new Error(`Bare line break in an unquoted field at ${i}`);
    field += ch; i += 1;
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || fields.length > 0) { fields.push(field); records.push(fields); }
  return records;
}
