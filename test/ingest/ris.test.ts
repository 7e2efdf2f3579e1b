import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRis } from '@/lib/ingest/ris';

const fixture = readFileSync(new URL('../fixtures/ris-quirks.ris', import.meta.url), 'utf8');
const parse = (text: string) => parseRis(text, { file: 'refs.ris' });

describe('parseRis', () => {
  it('returns nothing for empty input', () => {
    expect(parse('')).toEqual({ papers: [], problems: [] });
  });

  it('reads a record with a BOM, CRLF, a multi-line title, unknown and empty tags', () => {
    const { papers } = parse(fixture);
    expect(papers[0]).toMatchObject({
      id: 'refs.ris:1',
      title: 'A Mathematical Theory of Communication',
      authors: ['Claude E. Shannon', 'Warren Weaver'],
      authorCount: 2,
      date: '1948-07-01',
      datePrecision: 'month',
      venue: 'Bell System Technical Journal',
      doi: '10.1002/j.1538-7305.1948.tb01338.x',
      keywords: ['information', 'entropy', 'channels'],
      githubRepos: ['someone/shannon-code'],
      otherLinks: ['https://example.org/shannon'],
      codeStatus: 'linked',
    });
  });

  it('reports a record without a title at its TY line and reads the next record', () => {
    const { papers, problems } = parse(fixture);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ['A Mathematical Theory of Communication', 1],
      ['Kept after the bad record', 21],
    ]);
    expect(problems).toEqual([
      {
        file: 'refs.ris',
        line: 16,
        field: 'TI',
        message: 'Record has no title (TI, T1 or ST): skipped.',
        severity: 'error',
      },
      {
        file: 'refs.ris',
        line: 21,
        field: 'PY',
        message: '"sometime" is not a year or date.',
        severity: 'warning',
      },
    ]);
    expect(papers[1]).toMatchObject({ date: null, authorCount: null, codeStatus: 'unknown' });
  });

  it('ignores text between records, warns about a record without ER, and refuses a file cut short', () => {
    const { papers, problems } = parse(
      ['Record #1 of 2', 'Provider: X', '1.', 'TY  - JOUR', 'T1  - First', 'TY  - JOUR', 'TI  - Second'].join(
        '\n',
      ),
    );
    // The complete record is read; the one still open at the end is named, and the file refused.
    expect(papers.map((p) => p.title)).toEqual(['First']);
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, severity: 'warning' }),
      {
        file: 'refs.ris',
        line: 6,
        message:
          'The file ends in the middle of a record at line 6: it was cut short. Export or download it again.',
        severity: 'error',
        fatal: true,
      },
    ]);
  });

  it('keeps a line that starts like a tag but is text as part of the value above', () => {
    const { papers } = parse(
      ['TY  - JOUR', 'TI  - T', 'AB  - first line,', 'ER then second line', 'ER  -'].join('\n'),
    );
    expect(papers[0]?.abstract).toBe('first line, ER then second line');
  });
});
