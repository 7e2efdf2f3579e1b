import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
const BIB =
  '@article{k, title = {A paper about many things}, author = {Lovelace, Ada}, year = {2020}, doi = {10.1/X}}\n';

describe('parseFiles', () => {
  it('detects, parses and summarises each file in input order', () => {
    const result = parseFiles([
      file('a.bib', BIB),
      file('b.ris', 'TY  - JOUR\nTI  - Another paper\nER  -\n'),
    ]);
    expect(result.papers.map((p) => [p.id, p.title])).toEqual([
      ['a.bib:1', 'A paper about many things'],
      ['b.ris:1', 'Another paper'],
    ]);
    expect(result.files).toEqual([
      { name: 'a.bib', format: 'bibtex', papers: 1, problems: 0 },
      { name: 'b.ris', format: 'ris', papers: 1, problems: 0 },
    ]);
    expect(result).toMatchObject({ merged: 0, problems: [] });
  });

  it('merges duplicates across files and keeps ids unique when two files share a name', () => {
    const result = parseFiles([file('a.bib', BIB), file('a.bib', BIB.replace('{k,', '{other,'))]);
    expect(result.merged).toBe(1);
    expect(result.papers.map((p) => p.id)).toEqual(['a.bib:1']);
    const distinct = parseFiles([
      file('a.bib', BIB),
      file('a.bib', BIB.replace('10.1/X', '10.1/Y').replace('many', 'few')),
    ]);
    expect(distinct.papers.map((p) => p.id)).toEqual(['a.bib:1', 'a.bib:1#2']);
  });

  it('numbers papers that share a line #2, #3 … in input order, also across files of one name', () => {
    // Compact JSON: every record on line 1, titles distinct so nothing merges.
    const day = (ids: string[]) =>
      JSON.stringify(
        ids.map((id) => ({
          paper: { id, title: `Paper number ${id} on a shared line` },
          publishedAt: '2025-05-30',
        })),
      );
    const result = parseFiles([
      file('day.json', day(['2505.00001', '2505.00002', '2505.00003'])),
      file('day.json', `${day(['2505.00004', '2505.00005'])}\n`),
    ]);
    expect(result.papers.map((p) => [p.id, p.source.line])).toEqual([
      ['day.json:1', 1],
      ['day.json:1#2', 1],
      ['day.json:1#3', 1],
      ['day.json:1#4', 1],
      ['day.json:1#5', 1],
    ]);
  });

  it('strips a UTF-8 BOM and reads UTF-16 files with a BOM', () => {
    expect(parseFiles([file('bom.bib', `\uFEFF${BIB}`)]).papers).toHaveLength(1);
    const text = `TY  - JOUR\r\nTI  - Über UTF-16\r\nER  -\r\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    expect(parseFiles([{ name: 'w.ris', bytes }]).papers[0]?.title).toBe('Über UTF-16');
  });

  it('reads bytes that are not UTF-8 as Latin-1, with a warning at their line', () => {
    const bytes = Uint8Array.from([
      ...utf8('@article{k,\n title = {Caf'),
      0xe9,
      ...utf8(' ü and more words}}'),
    ]);
    const result = parseFiles([{ name: 'old.bib', bytes }]);
    expect(result.papers[0]?.title).toBe('Café ü and more words');
    expect(result.problems).toEqual([
      {
        file: 'old.bib',
        line: 2,
        message:
          'old.bib is not valid UTF-8: 1 byte was read as Latin-1 (first at line 2). If accented letters look wrong, export the file again as UTF-8.',
        severity: 'warning',
      },
    ]);
  });

  it('turns unreadable files into error problems naming the file, and never throws', () => {
    const result = parseFiles([
      { name: 'empty.bib', bytes: new Uint8Array() },
      file('blank.txt', '  \n\n'),
      { name: 'paper.pdf', bytes: utf8('%PDF-1.7 ...') },
      { name: 'data.bin', bytes: Uint8Array.from([1, 2, 0, 3, 4]) },
      file('notes.txt', 'Just some notes.\nNothing bibliographic.'),
      file('comments.bib', '@comment{nothing here}'),
      file('cut.json', '[\n  {"paper": {"id": "2405.15738", "title": "A'),
    ]);
    expect(result.papers).toEqual([]);
    const messages = result.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages[0]).toBe('empty.bib: empty.bib is empty.');
    expect(messages[1]).toBe('blank.txt: blank.txt is empty (it holds only blank space).');
    expect(messages[2]).toMatch(/^paper\.pdf: paper\.pdf is a PDF document, not a text export/);
    expect(messages[3]).toMatch(/^data\.bin: data\.bin looks like a binary file \(it contains NUL bytes\)/);
    expect(messages[4]).toMatch(
      /^notes\.txt: notes\.txt is not a format Paperscope reads: expected BibTeX, RIS/,
    );
    expect(messages[5]).toBe('comments.bib: No records found in comments.bib (read as BibTeX / BibLaTeX).');
    expect(messages[6]).toBe(
      'cut.json: The file ends in the middle of a record at line 2: it was cut short. Export or download it again.',
    );
    expect(result.problems.every((p) => p.severity === 'error' && p.fatal)).toBe(true);
    expect(result.files.map((f) => f.format)).toEqual([null, null, null, null, null, 'bibtex', 'hf-daily']);
  });

  it('uses a format override instead of detection, and passes the page year on', () => {
    const listing = 'A title\n\nAn abstract of the paper.\n\n  • 3 authors\n·\nFeb 27\n';
    const result = parseFiles([file('page.txt', listing)], { format: 'hf-listing', pageYear: 2024 });
    expect(result.files[0]?.format).toBe('hf-listing');
    expect(result.papers[0]).toMatchObject({ date: '2024-02-27', authorCount: 3 });
    const forced = parseFiles([file('x.txt', BIB)], { format: 'ris' });
    expect(forced.papers).toEqual([]);
    expect(forced.problems.at(-1)?.message).toBe(
      'x.txt read as RIS gives almost nothing (0 of 0 records with a proper title and an author, date or abstract), but it looks like BibTeX / BibLaTeX: choose that format, or let Paperscope detect it.',
    );
    const undetected = parseFiles([file('x.txt', 'no format at all\n')], { format: 'ris' });
    expect(undetected.problems.at(-1)?.message).toBe('No records found in x.txt (read as RIS).');
  });
});
