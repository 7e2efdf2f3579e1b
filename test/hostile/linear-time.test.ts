import { describe, expect, it } from 'vitest';
import { authorNames } from '@/lib/ingest/author-names';
import { cleanText } from '@/lib/ingest/clean-text';
import { detectFormat, type Format, PARSERS } from '@/lib/ingest/detect';
import { normalizeDoi, ownArxivId } from '@/lib/ingest/identifiers';
import { jsonRecords } from '@/lib/ingest/json-records';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';
import { extractLinks } from '@/lib/ingest/links';
import { mergeDuplicates } from '@/lib/ingest/merge-duplicates';
import { newPaper } from '@/lib/ingest/paper';
import { parseDate } from '@/lib/ingest/parse-date';
import { parseFiles } from '@/lib/ingest/parse-files';
import { parsePythonLiteral } from '@/lib/ingest/python-literal';
import { hostile } from './generate';
import { growth } from './growth';

// Linear time doubles when the input doubles, quadratic time grows 4 times: 3 leaves room for a shared
// machine's noise and still fails a quadratic reader.
const LIMIT = 3;

/** Prefix, repeated fragment, suffix: what makes a reader scan ahead. */
type Case = [prefix: string, fragment: string, suffix?: string];

const CASES: Record<Format, Case[]> = {
  'hf-listing': [
    ['', '\n'],
    ['', '·\n'],
    ['Daily Papers\nJan 1, 2025\nT\n', 'x\n', '\n• 2 authors\n·\nJan 3\n'],
    ['', 'T\nA\n• 3 authors\n·\nJan 2\n'],
  ],
  'hf-daily': [
    ['[{"paper": {"id": "1", "title": "T", "summary": "', '\\"', '"}}]'],
    ['[', '{"paper": {"id": "1", "title": "T"}},', ']'],
    ['[', '{'],
    ['[', '"'],
    ["[\"{'paper': {'title': '", "\\'", '\'}}"]'],
  ],
  bibtex: [
    ['', '@'],
    ['', '@a{k, title = {T}}'],
    ['@article{k, title = {', '{', '}}'],
    ['@article{k, title = {', "\\'", '}}'],
    ['@article{k, author = {', 'A and ', '}}'],
    ['', '%@a{\n'],
  ],
  ris: [
    ['', 'AU  - A\n'],
    ['TY  - JOUR\nTI  - T\n', 'AU  - A\n', 'ER  -\n'],
    ['', 'TY  - JOUR\n'],
    ['', 'TY  - JOUR\nTI  - T\nER  -\n'],
  ],
  wos: [
    ['FN x\nPT J\nTI ', '   x\n', '\nER\nEF\n'],
    ['FN x\n', 'PT J\n'],
    ['FN x\nPT J\nTI T\n', 'AU A\n', 'ER\n'],
    ['FN x\n', 'PT J\nTI T\nER\n'],
  ],
  csv: [
    ['Title,Abstract\n"', 'x'],
    ['Title,Abstract\n', '"'],
    ['Title,Abstract\n', 'a,b\n'],
    ['Title\tAbstract\n', '"\t'],
  ],
  arxiv: [
    ['', '{"id": "1", "title": "T"}\n'],
    ['[', '{"id": "1", "title": "T"},', ']'],
    ['[', '{'],
    ['{"id": "1", "title": "', '\\"', '"}\n'],
  ],
  'arxiv-atom': [
    ['<feed>', '<entry'],
    ['<feed>', '<entry>'],
    ['<feed><entry><title>', '<title>', '</title></entry></feed>'],
    ['<feed><entry>', '<link href="', '</entry></feed>'],
    ['<feed><entry><title>', '<![CDATA[', '</title></entry></feed>'],
    ['<feed>', '<entry><title>T</title></entry>', '</feed>'],
    ['<feed>', '<'],
  ],
};

const TEXT_FRAGMENTS = ['\n', '@', '<', '{', 'TY  - '];

const HELPERS: [string, (text: string) => unknown, string[]][] = [
  [
    'extractLinks',
    (text) => extractLinks(text),
    ['http://a', 'github.com/a/b/', '.', 'https://a.org/(', 'www.'],
  ],
  ['latexToUnicode', latexToUnicode, ['\\', "{\\'", '{', '\\url{']],
  ['authorNames', (text) => authorNames(text, { bibtex: true }), [' and ', ',', '{', 'A, B., ']],
  ['authorNames (lists)', (text) => authorNames(text), [';', '|', ', ']],
  ['parseDate', parseDate, ['Jan ', '2020/']],
  ['normalizeDoi', normalizeDoi, ['10.1234/.', '%2f']],
  ['ownArxivId', (text) => ownArxivId(text), ['.', 'arXiv:']],
  ['cleanText', cleanText, ['\u00a0 ']],
  ['jsonRecords', jsonRecords, ['[', '{"a":', '"\\\\']],
  [
    'parsePythonLiteral',
    (text) => {
      try {
        return parsePythonLiteral(text);
      } catch {
        return null;
      }
    },
    ["{'a': '", '[', "\\'"],
  ],
];

const show = (text: string) => JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);

describe('every parser and detector runs in linear time on hostile input (time growth as the input doubles)', {
  timeout: 120_000,
}, () => {
  for (const [format, cases] of Object.entries(CASES) as [Format, Case[]][]) {
    it(`${format}`, () => {
      const parse = PARSERS[format];
      for (const [prefix, fragment, suffix = ''] of cases) {
        const measured = growth(
          (text: string) => parse(text, { file: 'hostile' }),
          (n) => hostile(prefix, fragment, n, suffix),
        );
        expect(
          measured.ratio,
          `${show(prefix)} + ${show(fragment)}… (${JSON.stringify(measured)})`,
        ).toBeLessThan(LIMIT);
      }
    });
  }

  it('detectFormat', () => {
    for (const fragment of TEXT_FRAGMENTS) {
      const measured = growth(
        (text: string) => detectFormat(text, 'hostile.txt'),
        (n) => hostile('', fragment, n),
      );
      expect(measured.ratio, `${show(fragment)} (${JSON.stringify(measured)})`).toBeLessThan(LIMIT);
    }
  });

  it('parseFiles: decoding (invalid UTF-8 read as Latin-1), detecting, checking years and merging', () => {
    const latin1 = (n: number) => {
      const bytes = new TextEncoder().encode(hostile('TY  - JOUR\nTI  - ', 'x', n, '\nER  -\n'));
      for (let i = 20; i < bytes.length - 8; i += 2) bytes[i] = 0xe9;
      return bytes;
    };
    for (const make of [
      latin1,
      (n: number) =>
        new TextEncoder().encode(
          hostile('', 'TY  - JOUR\nTI  - Same title\nAU  - A\nPY  - 1202\nER  -\n', n),
        ),
      (n: number) => new TextEncoder().encode(hostile('', '@a{k, title={T}, doi={10.1234/x}}\n', n)),
    ]) {
      const measured = growth((bytes: Uint8Array) => parseFiles([{ name: 'hostile', bytes }]), make);
      expect(measured.ratio, JSON.stringify(measured)).toBeLessThan(LIMIT);
    }
  });

  it('mergeDuplicates: a title shared by every record, distinct authors', () => {
    const measured = growth(mergeDuplicates, (n) =>
      Array.from({ length: n / 40 }, (_, i) =>
        newPaper({
          id: `${i}`,
          title: 'Editorial',
          authors: [`Editor N${i}`],
          source: { file: 'f', line: i },
        }),
      ),
    );
    expect(measured.ratio, JSON.stringify(measured)).toBeLessThan(LIMIT);
  });

  for (const [name, run, fragments] of HELPERS) {
    it(name, () => {
      for (const fragment of fragments) {
        const measured = growth(run, (n) => hostile('', fragment, n));
        expect(measured.ratio, `${show(fragment)} (${JSON.stringify(measured)})`).toBeLessThan(LIMIT);
      }
    });
  }
});
