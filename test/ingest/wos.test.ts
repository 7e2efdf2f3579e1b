import { describe, expect, it } from 'vitest';
import { parseWos } from '@/lib/ingest/wos';

const parse = (text: string) => parseWos(text, { file: 'savedrecs.txt' });

const EXPORT = [
  '\uFEFFFN Clarivate Analytics Web of Science',
  'VR 1.0',
  'PT J',
  'AU Toh, ML',
  '   Lee, K',
  'AF Toh, Ming Liang',
  '   Lee, Kim',
  'TI Mapping the application of GIS in real',
  '   estate: a bibliometric analysis',
  'SO SURVEY REVIEW',
  'DE GIS; Real Estate;',
  '   bibliometrix',
  'ID URBAN EXPANSION; MODELS',
  'AB We map GIS. Code: https://github.com/toh/gis-map.',
  'PD JUN 15',
  'PY 2016',
  'DI 10.1080/00396265.2026.2635057',
  'UT WOS:001',
  'ER',
  '',
  'PT J',
  'AU Nobody, N',
  'PY 2020',
  'ER',
  '',
  'PT J',
  'AU Clausing, KA',
  'TI Early access only',
  'EA JAN 2025',
  'ER',
  '',
  'EF',
].join('\n');

describe('parseWos', () => {
  it('returns nothing for empty input', () => {
    expect(parse('')).toEqual({ papers: [], problems: [] });
  });

  it('reads a record: continuation lines, full author names, PD with PY, both keyword fields', () => {
    const { papers } = parse(EXPORT);
    expect(papers[0]).toMatchObject({
      id: 'savedrecs.txt:3',
      title: 'Mapping the application of GIS in real estate: a bibliometric analysis',
      authors: ['Ming Liang Toh', 'Kim Lee'],
      authorCount: 2,
      venue: 'SURVEY REVIEW',
      keywords: ['GIS', 'Real Estate', 'bibliometrix', 'URBAN EXPANSION', 'MODELS'],
      date: '2016-06-15',
      datePrecision: 'day',
      doi: '10.1080/00396265.2026.2635057',
      githubRepos: ['toh/gis-map'],
      codeStatus: 'linked',
    });
  });

  it('reports a record without a title at its PT line and reads the next one, dated by early access', () => {
    const { papers, problems } = parse(EXPORT);
    expect(problems).toEqual([
      {
        file: 'savedrecs.txt',
        line: 21,
        field: 'TI',
        message: 'Record has no title (TI): skipped.',
        severity: 'error',
      },
    ]);
    expect(papers[1]).toMatchObject({
      title: 'Early access only',
      authors: ['KA Clausing'],
      date: '2025-01-01',
      datePrecision: 'month',
      codeStatus: 'unknown',
      source: { file: 'savedrecs.txt', line: 26 },
    });
  });

  it('warns about a record cut off without ER and about lines that are not fields', () => {
    const { papers, problems } = parse(
      ['PT J', 'TI First', 'not a field', 'PT J', 'TI Second', 'EF'].join('\n'),
    );
    expect(papers.map((p) => p.title)).toEqual(['First', 'Second']);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'warning'],
      [1, 'warning'],
      [4, 'warning'],
    ]);
  });

  it('refuses a file cut short in the middle of a record, naming it', () => {
    const { papers, problems } = parse(['PT J', 'TI First', 'ER', 'PT J', 'TI Sec'].join('\n'));
    expect(papers.map((p) => p.title)).toEqual(['First']);
    expect(problems).toEqual([expect.objectContaining({ line: 4, severity: 'error', fatal: true })]);
  });
});
