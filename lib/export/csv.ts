import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
// Cells a spreadsheet would run as a formula; papaparse prefixes them with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;
// Separators of other locales: a spreadsheet that splits on `;` or a tab would start a new cell there
// (`x;=2+5` gives a cell `=2+5`), so a text cell holding one is quoted and stays one cell.
const LOCALE_SEPARATOR = /[;\t]/;

/**
 * CSV that opens correctly in Excel and LibreOffice: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends,
 * text cells that start like a formula neutralised, and cells holding `;` or a tab quoted for locales that
 * split on them. Numbers stay numbers (a negative number is data).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${BOM}${csvLines([header, ...rows])}`;
}

/** The start of a CSV written in parts: the BOM and the header line. */
export function csvHead(header: readonly string[]): string {
  return `${BOM}${csvLines([header])}`;
}

/** Rows as CSV lines, each ending in CRLF, quoted and neutralised as `toCsv` does: the parts after `csvHead`. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => row.map((v) => v ?? ''));
  return `${Papa.unparse(data, {
    quotes: (value: unknown) => typeof value === 'string' && LOCALE_SEPARATOR.test(value),
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  })}\r\n`;
}
