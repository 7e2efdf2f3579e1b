import { describe, expect, it } from 'vitest';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { takeaways } from '@/lib/analyze/takeaways';
import type { AnalyzedPaper, CodeStatus, Paper } from '@/lib/model';
import { paper } from './fixtures';

const TODAY = { today: '2026-11-26' };

function analyzed(fields: Partial<Paper>, terms: string[] = []): AnalyzedPaper {
  return { ...paper(fields), terms: terms.map((key) => ({ key, label: key })) };
}

/** `count` papers dated in `month` (`YYYY-MM`), with the given code status and author count. */
function many(
  count: number,
  month: string,
  { code = 'none', authors = 3 }: { code?: CodeStatus; authors?: number | null } = {},
): AnalyzedPaper[] {
  return Array.from({ length: count }, () =>
    analyzed({ date: `${month}-15`, datePrecision: 'day', codeStatus: code, authorCount: authors }),
  );
}

/** `YYYY-MM` of each month from `from` to `to` in `year`. */
function months(year: number, from: number, to = 12): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
}

function say(papers: AnalyzedPaper[], today = TODAY) {
  return takeaways(corpusStats(papers), today);
}

describe('takeaways', () => {
  it('reads growth, the leading term, team sizes and the code-link trend from typical data', () => {
    const papers = [
      ...many(24, '2023-03', { code: 'linked', authors: 4 }),
      ...many(36, '2023-05', { authors: 6 }),
      ...many(20, '2024-02', { code: 'linked', authors: 4 }),
      ...many(100, '2024-12', { authors: 5 }),
    ];
    for (const p of papers.slice(0, 72)) p.terms.push({ key: 'reward model', label: 'reward model' });
    for (const p of papers.slice(0, 3)) p.terms.push({ key: 'policy gradient', label: 'policy gradient' });
    const result = say(papers);
    expect(result.overview).toBe('180 papers published from Mar 2023 to Dec 2024');
    // binom.test(120, 180) in R: p = 8.7e-6.
    expect(result.timeline).toBe(
      'Papers per year grew 2× from 2023 to 2024 (60 → 120; exact Poisson test, p < 0.001)',
    );
    expect(result.topTerms).toBe('“reward model” is the most common term, in 40% of papers (72 of 180)');
    const weights = new Map([
      ['reward model', 1],
      ['policy gradient', 30],
    ]);
    const relevant = takeaways(corpusStats(papers, { termRanking: 'relevance', weights }), TODAY);
    expect(relevant.topTerms).toBe(
      '“policy gradient” is the most relevant term, in 2% of papers (3 of 180), then “reward model”',
    );
    expect(result.authors).toBe('The median paper has 5 authors and 5 is the most common count (100 papers)');
    // prop.test(c(24, 20), c(60, 120), correct = FALSE) in R: p = 0.0006.
    expect(result.codeLinks).toBe(
      '17% of 2024 papers link a GitHub repository (20 of 120), down from 40% in 2023 (two-proportion z-test, p < 0.001)',
    );
  });

  it('reports a year whose data stops before December as "so far", never as a fall', () => {
    const papers = [
      ...many(13, '2023-06'),
      ...many(27, '2024-06'),
      ...many(5, '2025-02', { code: 'linked' }),
    ];
    const result = say(papers);
    // binom.test(27, 40) in R: p = 0.0385.
    expect(result.timeline).toBe(
      'Papers per year grew 2.1× from 2023 to 2024 (13 → 27; exact Poisson test, p = 0.04); 2025 has 5 papers so far, to February',
    );
    expect(result.timeline).not.toContain('fell');
    expect(result.codeLinks).toBe(
      '100% of 2025 papers (to February) link a GitHub repository (5 of 5): too few papers of known status to compare with 2024',
    );
  });

  it('treats the current year as open even when its data reaches December', () => {
    const papers = [...many(10, '2025-12'), ...many(2, '2026-12')];
    expect(say(papers).timeline).toBe('10 papers in 2025; 2026 has 2 papers so far, to December');
  });

  it('treats a year-only last year as open only when it is the current year', () => {
    const yearOnly = (n: number, year: string) =>
      Array.from({ length: n }, () => analyzed({ date: `${year}-01-01`, datePrecision: 'year' }));
    expect(say([...many(40, '2022-05'), ...yearOnly(20, '2023')]).timeline).toBe(
      'Papers per year fell 50% from 2022 to 2023 (40 → 20; exact Poisson test, p = 0.01)',
    );
    expect(say([...many(4, '2025-05'), ...yearOnly(2, '2026')]).timeline).toBe(
      '4 papers in 2025; 2026 has 2 papers so far',
    );
  });

  it('calls a change in papers per year only beyond noise, and never on fewer than 10 papers a side', () => {
    expect(say([...many(8, '2021-12'), ...many(8, '2022-12')]).timeline).toBe(
      '8 papers in 2021 and 8 in 2022: too few to call a trend',
    );
    expect(say([...many(40, '2021-12'), ...many(41, '2022-12')]).timeline).toBe(
      'Papers per year held level from 2021 to 2022 (40 → 41; no change beyond noise, exact Poisson test, p = 1)',
    );
    // 30 → 45 is 1.5×, but binom.test(45, 75) gives p = 0.105: noise.
    expect(say([...many(30, '2021-12'), ...many(45, '2022-12')]).timeline).toBe(
      'Papers per year held level from 2021 to 2022 (30 → 45; no change beyond noise, exact Poisson test, p = 0.11)',
    );
    expect(say([...many(1, '2020-12'), ...many(3, '2022-12')]).timeline).toBe(
      '0 papers in 2021 and 3 in 2022: too few to call a trend',
    );
    expect(say([...many(30, '2021-12'), ...many(3, '2022-12')]).timeline).toBe(
      '30 papers in 2021 and 3 in 2022: too few to call a trend',
    );
    expect(say([...many(60, '2021-12'), ...many(12, '2022-12')]).timeline).toBe(
      'Papers per year fell 80% from 2021 to 2022 (60 → 12; exact Poisson test, p < 0.001)',
    );
    expect(say(many(3, '2022-12')).timeline).toBe('All 3 dated papers are from 2022');
    expect(say(many(3, '2026-03')).timeline).toBe('2026 has 3 papers so far, to March');
  });

  it('names tied leaders together, and says when no term recurs', () => {
    const papers = many(4, '2024-12');
    for (const [i, p] of papers.entries()) {
      p.terms.push({ key: 'beta term', label: 'beta term' }, { key: 'alpha term', label: 'alpha term' });
      if (i === 0) p.terms.push({ key: 'gamma term', label: 'gamma term' });
    }
    expect(say(papers).topTerms).toBe('“alpha term” and “beta term” lead, each in 100% of papers (4 of 4)');
    for (const p of papers) p.terms.push({ key: 'delta term', label: 'delta term' });
    for (const p of papers) p.terms.push({ key: 'omega term', label: 'omega term' });
    expect(say(papers).topTerms).toBe(
      '“alpha term”, “beta term” and 2 more tie for first, each in 100% of papers (4 of 4)',
    );
    const once = many(2, '2024-12');
    once[0]?.terms.push({ key: 'only once', label: 'only once' });
    expect(say(once).topTerms).toBe('No multi-word term appears in more than one paper');
  });

  it('names tied author counts together and counts the papers that do not say', () => {
    const papers = [...many(2, '2024-12', { authors: 2 }), ...many(2, '2024-12', { authors: 7 })];
    papers.push(...many(1, '2024-12', { authors: null }));
    expect(say(papers).authors).toBe(
      'The median paper has 4.5 authors and 2 and 7 are the most common counts (2 papers each); 1 of 5 do not say',
    );
  });

  it('says how many author counts tie rather than listing them', () => {
    const papers = [2, 3, 4, 5, 9].flatMap((authors) => many(1, '2024-12', { authors }));
    expect(say(papers).authors).toBe(
      'The median paper has 4 authors and 5 counts tie as the most common (1 paper each)',
    );
  });

  it('keeps unknown apart from zero', () => {
    const papers = many(3, '2024-12', { code: 'unknown', authors: null });
    const result = say(papers);
    expect(result.authors).toBe('No source states how many authors its papers have (3 papers)');
    expect(result.codeLinks).toBe('No source says whether its papers link code (3 papers)');
    const undated = [analyzed({ codeStatus: 'linked' }), analyzed({ codeStatus: 'none' })];
    expect(say(undated).overview).toBe('2 papers, none of them dated');
    expect(say(undated).timeline).toBe('No paper in this selection has a date');
    expect(say(undated).codeLinks).toBe(
      '50% of papers link a GitHub repository (1 of 2 whose status is known)',
    );
  });

  it('calls a code-link rate up or down only when the two-proportion test says so', () => {
    const papers = [
      ...many(30, '2022-12', { code: 'linked' }),
      ...many(70, '2022-12'),
      ...many(36, '2023-12', { code: 'linked' }),
      ...many(64, '2023-12'),
    ];
    // prop.test(c(30, 36), c(100, 100), correct = FALSE) in R: p = 0.37.
    expect(say(papers).codeLinks).toBe(
      '36% of 2023 papers link a GitHub repository (36 of 100), against 30% in 2022: no change beyond noise (two-proportion z-test, p = 0.37)',
    );
  });

  it('does not compare a code-link rate with a year of fewer than 30 papers, and says why in words', () => {
    // A feed that starts in the last days of one year and runs into the current one.
    const feed = (december: number) => [
      ...many(december, '2025-12', { code: 'linked' }),
      ...months(2026, 1, 8).flatMap((m) => [...many(150, m, { code: 'linked' }), ...many(100, m)]),
    ];
    expect(say(feed(20)).codeLinks).toBe(
      '60% of 2026 papers (to August) link a GitHub repository (1,200 of 2,000); 2025 has too few papers of known status to compare (20 papers, December only)',
    );
    // Large enough to compare, and then its part of the year is said with its size.
    expect(say(feed(40)).codeLinks).toBe(
      '60% of 2026 papers (to August) link a GitHub repository (1,200 of 2,000), down from 100% in 2025 (December only, 40 papers; two-proportion z-test, p < 0.001)',
    );
  });

  it('says so for an empty selection', () => {
    expect(say([])).toEqual({
      overview: 'No papers in this selection',
      topTerms: 'No multi-word terms found in these papers',
      timeline: 'No paper in this selection has a date',
      authors: 'No papers in this selection',
      codeLinks: 'No source says whether its papers link code (0 papers)',
    });
  });
});

describe('takeaways of a corpus that starts mid-year', () => {
  it('compares a first year cut at the start by papers per month, not by whole years', () => {
    const papers = [
      ...months(2024, 5).flatMap((m) => many(4, m)),
      ...months(2025, 1).flatMap((m) => many(10, m)),
    ];
    expect(say(papers).timeline).toBe(
      'Papers per month grew 2.5× from 2024 (May–Dec, 4 a month) to 2025 (10 a month; exact Poisson test, p < 0.001)',
    );
    // Whole years would have said 3.8× (32 → 120).
  });

  it('keeps comparing whole years when the data has gaps, as a bibliography does in its first year', () => {
    const papers = [
      ...many(8, '2023-06'),
      ...many(4, '2023-11'),
      ...many(24, '2024-04'),
      ...many(24, '2024-12'),
    ];
    expect(say(papers).timeline).toBe(
      'Papers per year grew 4× from 2023 to 2024 (12 → 48; exact Poisson test, p < 0.001)',
    );
  });
});
