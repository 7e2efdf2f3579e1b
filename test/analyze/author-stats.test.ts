import { describe, expect, it } from 'vitest';
import {
  authorIdentities,
  authorKey,
  authorStatistics,
  coauthorsPerYear,
  lotka,
  singleAuthorShare,
  topAuthors,
} from '@/lib/analyze/author-stats';
import { paper } from './fixtures';

const signed = (...authors: string[]) => paper({ authors, authorCount: authors.length });

describe('authorKey', () => {
  it('folds case, accents, dots, dashes and the Last, First order', () => {
    expect(authorKey('José García')).toBe('jose garcia');
    expect(authorKey('GARCIA, JOSE')).toBe('jose garcia');
    expect(authorKey('Müller, J.-P.')).toBe('j-p muller');
    expect(authorKey('J. – P. Muller')).toBe('j-p muller');
    expect(authorKey('  Ada   Lovelace ')).toBe('ada lovelace');
  });

  it('joins particles to the last name and splits run-together initials where capitals show them', () => {
    expect(authorKey('AFJ van Raan')).toBe('a f j vanraan');
    expect(authorKey('VANRAAN, AFJ')).toBe('a f j vanraan');
    expect(authorKey('HF Moed')).toBe('h f moed');
    expect(authorKey('Ludwig van Beethoven')).toBe('ludwig vanbeethoven');
    expect(authorKey('Van Morrison')).toBe('van morrison');
    expect(authorKey('Amy Lee')).toBe('amy lee');
  });
});

describe('authorIdentities', () => {
  it('joins initials to the one full name that fits them', () => {
    const { keys, names } = authorIdentities([
      signed('Massimo Aria', 'Corrado Cuccurullo'),
      signed('M. Aria'),
      signed('J. W. Fedderke'),
      signed('J. Fedderke'),
      signed('Johannes W. Fedderke'),
    ]);
    expect(keys).toEqual([
      ['massimo aria', 'corrado cuccurullo'],
      ['massimo aria'],
      ['johannes w fedderke'],
      ['johannes w fedderke'],
      ['johannes w fedderke'],
    ]);
    expect(names.get('massimo aria')).toBe('Massimo Aria');
  });

  it('shows the most frequent spelling, mixed case before all capitals', () => {
    const { keys, names } = authorIdentities([
      signed('VANRAAN, AFJ'),
      signed('VANRAAN, AFJ'),
      signed('AFJ van Raan'),
    ]);
    expect(keys.flat()).toEqual(['a f j vanraan', 'a f j vanraan', 'a f j vanraan']);
    expect(names.get('a f j vanraan')).toBe('AFJ van Raan');
  });

  it('leaves initials apart when two full names fit, when none does, or when both sign one paper', () => {
    const { keys } = authorIdentities([
      signed('John Smith'),
      signed('Jane Smith'),
      signed('J. Smith'),
      signed('K. Tanaka'),
      signed('A. Lee', 'Alice Lee'),
      signed('Alice Lee'),
    ]);
    expect(keys.flat()).toEqual([
      'john smith',
      'jane smith',
      'j smith',
      'k tanaka',
      'a lee',
      'alice lee',
      'alice lee',
    ]);
  });

  it('never joins two different full names', () => {
    const { keys } = authorIdentities([signed('Massimo Aria'), signed('Massimo L. Aria')]);
    expect(keys.flat()).toEqual(['massimo aria', 'massimo l aria']);
  });
});

describe('topAuthors', () => {
  const papers = [
    signed('Massimo Aria', 'Corrado Cuccurullo'),
    signed('ARIA, MASSIMO'),
    signed('Corrado Cuccurullo', 'Corrado Cuccurullo'),
    signed('Ada Lovelace'),
    paper({ authorCount: 5 }),
    paper(),
  ];

  it('counts papers per author once each, names matched, most papers first, ties by name', () => {
    expect(topAuthors(papers)).toEqual({
      known: 4,
      unknown: 2,
      distinct: 3,
      authors: [
        { key: 'corrado cuccurullo', name: 'Corrado Cuccurullo', papers: 2 },
        { key: 'massimo aria', name: 'Massimo Aria', papers: 2 },
        { key: 'ada lovelace', name: 'Ada Lovelace', papers: 1 },
      ],
    });
  });

  it('gives the same answer from identities worked out beforehand', () => {
    const identities = authorIdentities(papers);
    expect(topAuthors(papers, { identities })).toEqual(topAuthors(papers));
    expect(lotka(papers, { identities })).toEqual(lotka(papers));
  });

  it('stops at the limit but counts every author', () => {
    expect(topAuthors(papers, { limit: 1 })).toMatchObject({ distinct: 3, authors: [{ papers: 2 }] });
  });

  it('says no paper lists names rather than giving zeros', () => {
    expect(topAuthors([paper({ authorCount: 3 }), paper()])).toEqual({
      known: 0,
      unknown: 2,
      distinct: 0,
      authors: [],
    });
    expect(topAuthors([])).toEqual({ known: 0, unknown: 0, distinct: 0, authors: [] });
  });
});

describe('coauthorsPerYear', () => {
  it('gives mean and median authors per paper each year, unknown counts apart, empty years included', () => {
    const result = coauthorsPerYear([
      paper({ date: '2020-03-01', authorCount: 1 }),
      paper({ date: '2020-05-01', authorCount: 4 }),
      paper({ date: '2020-06-01', authorCount: null }),
      paper({ date: '2022-01-01', authorCount: 3 }),
      paper({ date: null, authorCount: 2 }),
    ]);
    expect(result).toEqual({
      known: 4,
      unknown: 1,
      undated: 1,
      years: [
        { year: '2020', known: 2, unknown: 1, mean: 2.5, median: 2.5, variance: 4.5 },
        { year: '2021', known: 0, unknown: 0, mean: null, median: null, variance: null },
        { year: '2022', known: 1, unknown: 0, mean: 3, median: 3, variance: null },
      ],
    });
  });

  it('has no years and no known papers when nothing is dated or counted', () => {
    expect(coauthorsPerYear([paper()])).toEqual({ known: 0, unknown: 1, undated: 1, years: [] });
  });
});

describe('singleAuthorShare', () => {
  it('takes single-author papers over papers whose count is known, unknown counted apart', () => {
    expect(singleAuthorShare([1, 1, 2, 7, null].map((n) => paper({ authorCount: n })))).toEqual({
      single: 2,
      multi: 2,
      known: 4,
      unknown: 1,
      share: 0.5,
    });
  });

  it('has no share when no count is known', () => {
    expect(singleAuthorShare([paper()])).toEqual({ single: 0, multi: 0, known: 0, unknown: 1, share: null });
  });
});

describe('lotka', () => {
  /** Single-author papers: `writers[n]` authors who each wrote n papers. */
  function corpus(writers: Record<number, number>) {
    const papers = [];
    let id = 0;
    for (const [n, count] of Object.entries(writers)) {
      for (let a = 0; a < count; a++) {
        id++;
        for (let p = 0; p < Number(n); p++) papers.push(signed(`Ann Writer${id}`));
      }
    }
    return papers;
  }

  it('recovers beta = 2 from authors that follow the inverse square law exactly', () => {
    const result = lotka(corpus({ 1: 100, 2: 25, 5: 4, 10: 1 }));
    expect(result.authors).toBe(130);
    expect(result.distribution.map(({ papers, authors }) => [papers, authors])).toEqual([
      [1, 100],
      [2, 25],
      [5, 4],
      [10, 1],
    ]);
    expect(result.beta).toBeCloseTo(2, 10);
    expect(result.c).toBeCloseTo(100 / 130, 10);
    expect(result.r2).toBeCloseTo(1, 10);
    expect(result.distribution[1]?.share).toBeCloseTo(25 / 130, 12);
    expect(result.distribution[1]?.theoretical).toBeCloseTo(25 / 130, 10);
    expect(result.pValue).toBeGreaterThan(0.99);
  });

  it('fits log10(share) on log10(papers) by least squares, as bibliometrix does', () => {
    // Reference: numpy.polyfit and scipy's kstwobign on the same rows.
    const result = lotka(corpus({ 1: 6, 2: 2, 3: 1 }));
    expect(result.beta).toBeCloseTo(1.62598, 5);
    expect(result.c).toBeCloseTo(0.671796, 6);
    expect(result.r2).toBeCloseTo(0.999595, 6);
    expect(result.distribution.map((row) => row.theoretical)).toEqual([
      expect.closeTo(0.671796, 6),
      expect.closeTo(0.167949, 6),
      expect.closeTo(0.074644, 6),
    ]);
    expect(result.pValue).toBeCloseTo(0.996255, 6);
  });

  it('gives no fit when every author wrote the same number of papers', () => {
    expect(lotka(corpus({ 1: 3 }))).toMatchObject({
      authors: 3,
      beta: null,
      c: null,
      r2: null,
      pValue: null,
    });
  });

  it('says no paper lists names rather than giving a distribution of zeros', () => {
    expect(lotka([paper({ authorCount: 3 })])).toEqual({
      known: 0,
      unknown: 1,
      authors: 0,
      distribution: [],
      beta: null,
      c: null,
      r2: null,
      pValue: null,
    });
  });
});

describe('authorStatistics', () => {
  it('gives the top authors, single-author share, team sizes and Lotka from one matching', () => {
    const papers = [
      { ...paper({ authors: ['Ada Lovelace'], authorCount: 1, date: '2020-01-01' }), terms: [] },
      {
        ...paper({ authors: ['Ada Lovelace', 'Alan Turing'], authorCount: 2, date: '2021-01-01' }),
        terms: [],
      },
    ];
    const stats = authorStatistics(papers, authorIdentities(papers));
    expect(stats.top.authors.map((a) => [a.name, a.papers])).toEqual([
      ['Ada Lovelace', 2],
      ['Alan Turing', 1],
    ]);
    expect(stats.single).toMatchObject({ single: 1, known: 2, share: 0.5 });
    expect(stats.teams.years.map((y) => y.mean)).toEqual([1, 2]);
    expect(stats.law.distribution.map((row) => [row.papers, row.authors])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});
