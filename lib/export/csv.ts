import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
// Cells a spreadsheet would run as a formula; papaparse prefixes them with a quote.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV that opens correctly in Excel and LibreOffice: UTF-8 with BOM, RFC 4180 quoting, CRLF line ends,
 * and text cells that start like a formula neutralised. Numbers stay numbers (a negative number is data).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const unparse = (data: (readonly CsvValue[])[]) =>
    Papa.unparse(
      data.map((row) => row.map((v) => v ?? '')),
      { quotes: false, newline: '\r\n', escapeFormulae: FORMULA_START },
    );
  return `${BOM}${unparse([header, ...rows])}\r\n`;
}
