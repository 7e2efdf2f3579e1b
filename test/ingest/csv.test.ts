import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/ingest/csv';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('parseCsv', () => {
  it('returns an error for empty input', () => {
    expect(parseCsv('', { file: 'x.csv' })).toEqual({
      papers: [],
      problems: [{ file: 'x.csv', line: 1, message: 'The table is empty.', severity: 'error' }],
    });
  });

  it('reads a Zotero export by its column names, with a quoted multi-line abstract', () => {
    const { papers } = parseCsv(fixture('zotero.csv'), { file: 'zotero.csv' });
    expect(papers[0]).toMatchObject({
      id: 'zotero.csv:2',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      authors: ['Edward J. Hu', 'Yelong Shen'],
      authorCount: 2,
      date: '2021-10-16',
      datePrecision: 'day',
      venue: 'arXiv',
      doi: '10.48550/arxiv.2106.09685',
      arxivId: '2106.09685',
      keywords: ['fine-tuning', 'adapters', 'Computer Science - Machine Learning'],
      githubRepos: ['microsoft/LoRA'],
      otherLinks: [],
      codeStatus: 'linked',
    });
    expect(papers[0]?.abstract).toBe(
      'An important paradigm of natural language processing consists of large-scale pre-training. Code: https://github.com/microsoft/LoRA.',
    );
  });

  it('reports a row without a title at its own line (after a multi-line cell) and reads the next row', () => {
    const { papers, problems } = parseCsv(fixture('zotero.csv'), { file: 'zotero.csv' });
    expect(problems).toEqual([
      {
        file: 'zotero.csv',
        line: 4,
        field: 'title',
        message: 'Row has no title: skipped.',
        severity: 'error',
      },
    ]);
    expect(papers[1]).toMatchObject({
      title: 'Ünïcödé Title',
      authors: ['Jörg Müller'],
      date: '2019-01-01',
      datePrecision: 'year',
      codeStatus: 'unknown',
      source: { file: 'zotero.csv', line: 5 },
    });
  });

  it('reads a Web of Science tab-delimited export: tags as columns, quotes as plain characters', () => {
    const { papers, problems } = parseCsv(fixture('wos-tab.txt'), { file: 'savedrecs.txt' });
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: 'A "quoted" GIS title',
      authors: ['Ming Liang Toh', 'Kim Lee'],
      venue: 'SURVEY REVIEW',
      keywords: ['GIS', 'Real Estate', 'MODELS'],
      date: '2016-06-15',
      datePrecision: 'day',
    });
    expect(papers[1]).toMatchObject({
      title: 'Profit shifting',
      date: '2016-12-01',
      authors: ['Kimberly A. Clausing'],
    });
  });

  it('reads semicolon-separated tables, treats NA as missing, and says unknown authors when there is no column', () => {
    const { papers } = parseCsv('Title;Year;DOI\nA paper;2020;NA\n', { file: 'plain.csv' });
    expect(papers[0]).toMatchObject({ title: 'A paper', date: '2020-01-01', doi: null, authorCount: null });
  });

  it('refuses a table without a title column, naming the columns it found', () => {
    const { papers, problems } = parseCsv('name,value\na,1\n', { file: 'other.csv' });
    expect(papers).toEqual([]);
    expect(problems[0]?.message).toMatch(
      /^No title column: expected one named Title.*\(found name, value\)\.$/,
    );
  });

  it('warns about a row whose cell count differs from the header', () => {
    const { papers, problems } = parseCsv('Title,Year\nOne,2001,extra\nTwo,2002\n', { file: 't.csv' });
    expect(papers.map((p) => p.title)).toEqual(['One', 'Two']);
    expect(problems).toMatchObject([{ line: 2, severity: 'warning' }]);
  });
});
