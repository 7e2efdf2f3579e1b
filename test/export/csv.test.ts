import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/export/csv';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = toCsv(['title'], [['Hello, "world"\nagain']]);
    expect(csv).toBe('\uFEFFtitle\r\n"Hello, ""world""\nagain"\r\n');
    expect(Papa.parse(csv.slice(1), { header: true }).data[0]).toEqual({ title: 'Hello, "world"\nagain' });
  });

  it('neutralises text cells that a spreadsheet would run as formulas', () => {
    const cells = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("x")\nmore'];
    const parsed = Papa.parse<string[]>(
      toCsv(
        ['v'],
        cells.map((c) => [c]),
      ).slice(1),
    ).data.slice(1, -1);
    expect(parsed.map((row) => row[0]?.[0])).toEqual(Array(cells.length).fill("'"));
  });

  it('quotes a cell holding ; or a tab, so a spreadsheet that splits on them never starts a formula cell', () => {
    const csv = toCsv(
      ['title', 'year'],
      [
        ['x;=2+5', 2020],
        ['a\t@cmd', 2021],
        ['plain', 2022],
      ],
    );
    expect(csv).toBe('\uFEFFtitle,year\r\n"x;=2+5",2020\r\n"a\t@cmd",2021\r\nplain,2022\r\n');
    // Read as a semicolon locale reads it: the quoted cell stays one cell, no cell starts with `=`.
    const semicolon = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(semicolon.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    const tabs = Papa.parse<string[]>(csv.slice(1), { delimiter: '\t' }).data;
    expect(tabs.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('keeps numbers, including negative ones, and writes null as empty', () => {
    expect(toCsv(['n', 'm'], [[-0.5, null]])).toBe('\uFEFFn,m\r\n-0.5,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a'], [])).toBe('\uFEFFa\r\n');
  });
});

it('keeps a last row whose only cell is empty', () => {
  expect(toCsv(['a'], [['x'], ['']])).toBe('\uFEFFa\r\nx\r\n\r\n');
});
