import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferPageYear, parseHfListing } from '@/lib/ingest/hf-listing';

const SHIPPED = 'data/distribution-matching-search.txt';

const card = (title: string, abstract: string, byline: string, date: string) =>
  `${title}\n\n${abstract}\n\n  ${byline}\n·\n${date}\n`;

const PAGE = [
  'New\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nNov 12\n',
  card(
    'First Paper',
    'We match distributions. Code: https://github.com/Acme/first-paper.git.',
    '• 3 authors',
    'Feb 27',
  ),
  card(
    'Second Paper',
    'Line one of the abstract.\nLine two of the abstract.',
    'adobe Adobe',
    'Aug 26, 2023 4',
  ),
  card('Third Paper', 'See https://example.org/project).', '• 1 author', 'Jan 5, 2021'),
].join('\n');

describe('parseHfListing', () => {
  it('skips the page chrome and reads every card', () => {
    const { papers, problems } = parseHfListing(PAGE, { file: 'page.txt' });
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['First Paper', 'Second Paper', 'Third Paper']);
  });

  it('reads author counts, and the organisation instead of a count when the card names one', () => {
    const { papers } = parseHfListing(PAGE, { file: 'page.txt' });
    expect(papers.map((p) => p.authorCount)).toEqual([3, null, 1]);
    expect(papers.map((p) => p.organisation)).toEqual([null, 'Adobe', null]);
  });

  it('joins an abstract that spans lines', () => {
    const { papers } = parseHfListing(PAGE, { file: 'page.txt' });
    expect(papers[1]?.abstract).toBe('Line one of the abstract. Line two of the abstract.');
  });

  it('puts a date without a year in the year after the latest explicit year, unless told otherwise', () => {
    expect(parseHfListing(PAGE, { file: 'page.txt' }).papers.map((p) => p.date)).toEqual([
      '2024-02-27',
      '2023-08-26',
      '2021-01-05',
    ]);
    expect(parseHfListing(PAGE, { file: 'page.txt', pageYear: 2030 }).papers[0]?.date).toBe('2030-02-27');
  });

  it('reads the count after the date, and null where there is none', () => {
    const { papers } = parseHfListing(PAGE, { file: 'page.txt' });
    expect(papers.map((p) => p.comments)).toEqual([null, 4, null]);
  });

  it('normalises GitHub links to owner/repo and keeps other links apart', () => {
    const { papers } = parseHfListing(PAGE, { file: 'page.txt' });
    expect(papers[0]?.githubRepos).toEqual(['Acme/first-paper']);
    expect(papers[0]?.codeStatus).toBe('linked');
    expect(papers[2]?.githubRepos).toEqual([]);
    expect(papers[2]?.otherLinks).toEqual(['https://example.org/project']);
    expect(papers[2]?.codeStatus).toBe('none');
  });

  it('reports a date with no such day with its line and field, keeping the paper and its month', () => {
    const text = card('Only Paper', 'An abstract.', '• 2 authors', 'Feb 31, 2024');
    const { papers, problems } = parseHfListing(text, { file: 'bad.txt' });
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ date: '2024-02-01', datePrecision: 'month' });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'bad.txt', line: 7, field: 'date', severity: 'warning' }),
    ]);
  });

  it('reports a card without a byline as unknown author count', () => {
    const text = 'Only Paper\n\nAn abstract that ends the card.\n·\nMar 3, 2024\n';
    const { papers, problems } = parseHfListing(text, { file: 'x.txt' });
    expect(papers[0]?.authorCount).toBeNull();
    expect(papers[0]?.abstract).toBe('An abstract that ends the card.');
    expect(problems.map((p) => p.field)).toEqual(['authors']);
  });

  it('gives an error, not papers, for text with no cards', () => {
    const { papers, problems } = parseHfListing('just some words\n', { file: 'empty.txt' });
    expect(papers).toEqual([]);
    expect(problems[0]?.severity).toBe('error');
  });

  it('infers the page year from explicit years', () => {
    expect(inferPageYear(['Feb 1, 2022', 'Mar 3', 'Apr 4, 2023 2'])).toBe(2024);
    expect(inferPageYear(['Mar 3'], 1999)).toBe(1999);
  });
});

describe('the shipped corpus', () => {
  const { papers, problems } = parseHfListing(readFileSync(SHIPPED, 'utf8'), { file: SHIPPED });

  it('has 75 papers and no problems', () => {
    expect(papers).toHaveLength(75);
    expect(problems).toEqual([]);
  });

  it('has 3 cards that name an organisation instead of an author count', () => {
    const organisations = papers.filter((p) => p.organisation !== null);
    expect(organisations.map((p) => p.organisation)).toEqual(['Adobe', 'Apple', 'SenseNova']);
    expect(organisations.every((p) => p.authorCount === null)).toBe(true);
  });

  it('reads the first card after the chrome, in the page year 2025', () => {
    expect(papers[0]?.title).toBe(
      'Dataset Distillation with Neural Characteristic Function: A Minmax Perspective',
    );
    expect(papers[0]?.date).toBe('2025-02-27');
    expect(papers[0]?.authorCount).toBe(7);
  });

  it('finds the 50-author paper and the repositories without trailing punctuation', () => {
    expect(papers.find((p) => p.authorCount === 50)?.title).toMatch(
      /^Alignment and Safety in Large Language Models/,
    );
    const repos = papers.flatMap((p) => p.githubRepos);
    expect(repos).toContain('VinAIResearch/LFM');
    expect(repos).toContain('stypoumic/BECLR');
    expect(repos.every((r) => /^[\w.-]+\/[\w.-]+$/.test(r) && !/[.)]$/.test(r))).toBe(true);
    expect(papers.filter((p) => p.codeStatus === 'linked')).toHaveLength(repos.length);
  });
});
