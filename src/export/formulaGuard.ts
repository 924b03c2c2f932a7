// Formula injection (OWASP "CSV Injection"): a spreadsheet reads a cell whose text starts with `=`, `+`, `-`, `@`,
// a tab or a carriage return as a formula (`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`, DDE). A project title or a
// reason is typed by any participant and opened by a coordinator, so every text cell of both exports passes here.
// The fix is OWASP's: a leading apostrophe, which Excel and LibreOffice read as "this is text" and do not evaluate,
// also when the cell is edited later. Number and date cells are typed values, never text, so they are left alone.

/** The characters OWASP lists, plus line feed and the full-width forms some input methods produce. */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Text a spreadsheet shows as text: an apostrophe in front when it would otherwise start a formula. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
