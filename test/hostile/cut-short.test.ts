import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { ImportRefused, refuseUnreadable } from '@/lib/store/import-corpus';

/** `n` complete records of a format, each a paper titled `Paper i`. */
const RECORDS: Record<string, (i: number) => string> = {
  'refs.bib': (i) =>
    `@article{key${i},\n  title = {Paper ${i}},\n  author = {Lovelace, Ada},\n  year = {2020}\n}\n`,
  'refs.ris': (i) => `TY  - JOUR\nTI  - Paper ${i}\nAU  - Lovelace, Ada\nPY  - 2020\nER  - \n`,
  'savedrecs.txt': (i) => `PT J\nAU Lovelace, A\nTI Paper ${i}\nPY 2020\nER\n\n`,
  'table.csv': (i) => `"Paper ${i}","An abstract, with a comma",2020\n`,
};
const HEADERS: Record<string, string> = {
  'savedrecs.txt': 'FN Clarivate\nVR 1.0\n',
  'table.csv': 'Title,Abstract,Year\n',
};

const bytes = (text: string) => new TextEncoder().encode(text);

describe('files cut short are refused, naming the record left out; no row is lost silently', () => {
  for (const [name, record] of Object.entries(RECORDS)) {
    it(`${name}: cut in the middle of its last record`, () => {
      const complete = Array.from({ length: 40 }, (_, i) => record(i)).join('');
      const last = record(40);
      // Cut through the last record at every third character past its first line (inside a quoted cell for a
      // table: a row cut between cells reads as a row with empty cells): the file is never read as whole.
      const first = name === 'table.csv' ? 2 : last.indexOf('\n') + 1;
      for (let cut = first; cut < last.length - 2; cut += 3) {
        const part = last.slice(0, cut);
        if (name === 'table.csv' && (part.split('"').length - 1) % 2 === 0) continue;
        const text = (HEADERS[name] ?? '') + complete + part;
        const result = parseFiles([{ name, bytes: bytes(text) }]);
        const fatal = result.problems.filter((p) => p.fatal);
        expect(fatal, `${name} cut at ${cut}: ${JSON.stringify(part)}`).toHaveLength(1);
        // The line of the record left out: the header, 40 records, then it.
        const recordLines = record(0).split('\n').length - 1;
        const headerLines = (HEADERS[name] ?? '').split('\n').length - 1;
        expect(fatal[0]?.line).toBe(headerLines + 40 * recordLines + 1);
        expect(() => refuseUnreadable(result.papers.length, result.problems)).toThrow(ImportRefused);
      }
    });
  }

  it('a CSV with a quote never closed is refused, saying how many lines it would swallow', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Paper ${i},Abstract,2020`);
    rows.splice(10, 0, '"Paper with a stray quote,Abstract,2020');
    const result = parseFiles([{ name: 't.csv', bytes: bytes(`Title,Abstract,Year\n${rows.join('\n')}\n`) }]);
    const fatal = result.problems.find((p) => p.fatal);
    expect(fatal).toMatchObject({ file: 't.csv', line: 12, severity: 'error' });
    expect(fatal?.message).toContain('never closed: the 20 lines after it would be read as one cell');
  });

  it('a file that ends cleanly is read whole, with no problem', () => {
    for (const [name, record] of Object.entries(RECORDS)) {
      const text = (HEADERS[name] ?? '') + Array.from({ length: 40 }, (_, i) => record(i)).join('');
      const result = parseFiles([{ name, bytes: bytes(text) }]);
      expect(result.problems, name).toEqual([]);
      expect(result.papers.length + result.merged, name).toBe(40);
    }
  });
});
