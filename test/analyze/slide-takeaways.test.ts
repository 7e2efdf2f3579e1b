import { describe, expect, it } from 'vitest';
import { lotkaFromDistribution, teamsFromTally } from '@/lib/analyze/author-stats';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import type { PeriodComparison, WindowCounts } from '@/lib/analyze/period-change';
import { EMPTY_WINDOW, termChange } from '@/lib/analyze/period-change';
import {
  burstsTakeaway,
  changeTakeaway,
  lotkaTakeaway,
  risingFadingTakeaway,
  takeaways,
  teamSizeTakeaway,
  termMapTakeaway,
  topAuthorsTakeaway,
} from '@/lib/analyze/takeaways';
import { termBursts, termSlopes } from '@/lib/analyze/term-bursts';
import { termTrends } from '@/lib/analyze/term-trends';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { paper } from './fixtures';

const TODAY = '2026-11-26';

/** `count` papers on `date`, the first `withTerm` of them mentioning `term`. */
function papersOn(date: string, count: number, term = '', withTerm = 0, fields: Partial<Paper> = {}) {
  return Array.from(
    { length: count },
    (_, i): AnalyzedPaper => ({
      ...paper({ date, datePrecision: 'day', ...fields }),
      terms: i < withTerm ? [{ key: term, label: term }] : [],
    }),
  );
}

describe('timeline takeaway by month', () => {
  it('compares the last three complete months with the three before and leaves partial edge months out', () => {
    const papers = [
      ...papersOn('2025-12-20', 30),
      ...['01', '02', '03'].flatMap((m) => papersOn(`2026-${m}-10`, 100)),
      ...['04', '05', '06'].flatMap((m) => papersOn(`2026-${m}-28`, 150)),
      ...papersOn('2026-07-12', 40),
    ];
    // poisson.test(c(300, 450)): p = 5e-8.
    expect(takeaways(corpusStats(papers), { today: TODAY, unit: 'month' }).timeline).toBe(
      'Papers per month grew 1.5× from Jan–Mar 2026 (100 a month) to Apr–Jun 2026 (150 a month; exact Poisson test, p < 0.001); Dec 2025 (from the 20th, 30 papers) and Jul 2026 (to the 12th, 40 papers) left out as partial',
    );
  });

  it('holds level when months differ within noise, and says when there are too few months', () => {
    const level = [...papersOn('2026-01-05', 20), ...papersOn('2026-02-28', 26)];
    expect(takeaways(corpusStats(level), { today: TODAY, unit: 'month' }).timeline).toBe(
      'Papers per month held level from Jan 2026 (20 papers) to Feb 2026 (26 papers; exact Poisson test, p = 0.46)',
    );
    expect(takeaways(corpusStats(papersOn('2026-01-28', 5)), { today: TODAY, unit: 'month' }).timeline).toBe(
      '5 papers over 1 month, most in Jan 2026 (5): too few to call a trend',
    );
    // A sparse bibliography: its first paper on the 17th is not a month cut short.
    const sparse = [
      ...papersOn('2024-01-17', 12),
      ...papersOn('2024-03-10', 2),
      ...papersOn('2024-07-30', 20),
    ];
    expect(takeaways(corpusStats(sparse), { today: TODAY, unit: 'month' }).timeline).toBe(
      'Papers per month went from Feb–Apr 2024 (0.7 a month) to May–Jul 2024 (6.7 a month): too few to call a trend',
    );
  });
});

describe('term movement takeaways', () => {
  // A term in 5% of papers for four years, then 30% for two.
  const bursting = [2019, 2020, 2021, 2022, 2023, 2024].flatMap((year) =>
    papersOn(`${year}-06-15`, 100, 'state space model', year >= 2023 ? 30 : 5).map((p, i) => ({
      ...p,
      terms: [...p.terms, ...(i < 20 ? [{ key: 'neural network', label: 'neural network' }] : [])],
    })),
  );

  it('names the strongest burst with the share inside it against outside it', () => {
    const trends = termTrends(bursting, { terms: ['state space model', 'neural network'], unit: 'year' });
    expect(burstsTakeaway(trends, termBursts(trends))).toBe(
      '“state space model” burst in 2023–2024 (30% of papers, 5% in other years); 1 of 2 top terms burst (Kleinberg)',
    );
    const flat = termTrends(bursting, { terms: ['neural network'], unit: 'year' });
    expect(burstsTakeaway(flat, termBursts(flat))).toBe(
      "No top term's share bursts above its usual level (Kleinberg's burst detection, 1 term over 6 years)",
    );
  });

  it('calls a term rising only when the corrected trend test says so', () => {
    const trends = termTrends(bursting, { terms: ['state space model', 'neural network'], unit: 'year' });
    // The edge years are mid-year only (June), so the fit runs over 2020–2023.
    expect(risingFadingTakeaway(trends, termSlopes(trends))).toBe(
      '“state space model” rose most, 0% → 22% of papers (fitted line, 2020–2023); 1 rising and 0 fading beyond noise (Cochran–Armitage, Bonferroni-corrected, p < 0.001)',
    );
    // 5, 6, 7, 8 papers of 100: a slope, but within noise.
    const drifting = [2019, 2020, 2021, 2022, 2023, 2024].flatMap((year, i) =>
      papersOn(`${year}-06-15`, 100, 'graph model', 5 + i),
    );
    const noisy = termTrends(drifting, { terms: ['graph model'], unit: 'year' });
    expect(risingFadingTakeaway(noisy, termSlopes(noisy))).toBe(
      "No top term's share moves beyond noise over 2020–2023, 4 complete years (Cochran–Armitage, Bonferroni-corrected for 1 term)",
    );
    const short = termTrends(papersOn('2024-06-15', 10, 'graph model', 3), { terms: ['graph model'] });
    expect(risingFadingTakeaway(short, termSlopes(short))).toBe(
      'Too few complete years with papers (0) to tell rising terms from fading ones',
    );
  });

  it('names the best-connected term of the map and the pair sharing most papers', () => {
    const map = {
      nodes: [
        { key: 'a b', label: 'a b', papers: 10 },
        { key: 'c d', label: 'c d', papers: 8 },
        { key: 'e f', label: 'e f', papers: 5 },
      ],
      links: [
        { source: 'c d', target: 'e f', papers: 2, strength: 3 },
        { source: 'a b', target: 'c d', papers: 6, strength: 1.2 },
        { source: 'a b', target: 'e f', papers: 3, strength: 1 },
      ],
    };
    expect(termMapTakeaway(map)).toBe(
      '“a b” links to the most terms (2 of 2); it appears most with “c d” (6 papers)',
    );
    expect(termMapTakeaway({ nodes: map.nodes, links: [] })).toBe(
      'No two of the top 3 terms share two papers or more',
    );
  });
});

describe('author takeaways', () => {
  const law = lotkaFromDistribution(
    [
      [1, 80],
      [2, 12],
      [3, 5],
      [5, 3],
    ],
    { known: 150, unknown: 10 },
  );

  it('names the leading author and the share of one-paper authors', () => {
    const top = {
      known: 150,
      unknown: 10,
      distinct: 100,
      authors: [
        { key: 'a', name: 'Ada Lovelace', papers: 5 },
        { key: 'b', name: 'Alan Turing', papers: 5 },
        { key: 'c', name: 'Grace Hopper', papers: 3 },
      ],
    };
    expect(topAuthorsTakeaway(top, law)).toBe(
      'Ada Lovelace and Alan Turing wrote the most papers (5 each, of the 150 papers that name their authors); 80% of the 100 authors appear on one paper only',
    );
    expect(topAuthorsTakeaway({ known: 0, unknown: 40, distinct: 0, authors: [] }, law)).toBe(
      'The sources give author counts only, not names (40 papers)',
    );
  });

  it("reads Lotka's fit and what the K–S test says of β = 2", () => {
    expect(lotkaTakeaway(law)).toMatch(
      /^80% of 100 authors wrote one paper; fitted β = \d\.\d\d \(R² = 0\.\d\d\), (no detectable departure from|departing from) Lotka's β = 2 \(Kolmogorov–Smirnov, p [=<] [\d.]+/,
    );
    expect(lotkaTakeaway(lotkaFromDistribution([[1, 4]], { known: 4, unknown: 0 }))).toBe(
      'All 4 authors wrote the same number of papers: no distribution to fit',
    );
  });

  it("compares team size between the first and last years of 30 papers or more by Welch's test", () => {
    const tally = (year: string, counts: [number, number][]) =>
      counts.map(([authorCount, papers]) => ({ year, authorCount, papers }));
    const { teams } = teamsFromTally([
      ...tally('2018', [[2, 5]]),
      ...tally('2019', [
        [2, 20],
        [4, 20],
      ]),
      ...tally('2020', [
        [4, 20],
        [6, 20],
      ]),
    ]);
    const stats = corpusStats([...papersOn('2019-12-20', 1), ...papersOn('2020-12-20', 1)]);
    expect(teamSizeTakeaway(teams, stats, TODAY)).toBe(
      "Teams grew, from 3.0 authors a paper in 2019 to 5.0 in 2020 (Welch's test, p < 0.001)",
    );
    const { teams: close } = teamsFromTally([
      ...tally('2019', [
        [3, 20],
        [5, 20],
      ]),
      ...tally('2020', [
        [3, 19],
        [5, 21],
      ]),
    ]);
    expect(teamSizeTakeaway(close, stats, TODAY)).toBe(
      "Team size held level, from 4.0 authors a paper in 2019 to 4.0 in 2020 (no change beyond noise, Welch's test, p = 0.83)",
    );
  });
});

describe('what changed', () => {
  const counts = (papers: number, fields: Partial<WindowCounts> = {}): WindowCounts => ({
    ...EMPTY_WINDOW,
    papers,
    ...fields,
  });
  const windows = {
    unit: 'month' as const,
    length: 6,
    previous: { from: '2025-09', to: '2026-02' },
    current: { from: '2026-03', to: '2026-08' },
    chosenBy: 'latest' as const,
  };

  it('says what moved beyond noise: terms, GitHub links, team size', () => {
    const comparison: PeriodComparison = {
      windows,
      previous: counts(400, {
        first: '2025-09-01',
        last: '2026-02-27',
        linked: 200,
        codeKnown: 400,
        authorsKnown: 400,
        authorsMean: 4,
        authorsVariance: 4,
      }),
      current: counts(600, {
        first: '2026-03-02',
        last: '2026-08-30',
        linked: 330,
        codeKnown: 600,
        authorsKnown: 600,
        authorsMean: 4.1,
        authorsVariance: 4,
      }),
      rose: [termChange({ key: 'x y', label: 'x y', before: 20, after: 90 }, 400, 600)],
      fell: [termChange({ key: 'u v', label: 'u v', before: 12, after: 15 }, 400, 600)],
      newAuthors: [],
      topAuthors: 10,
    };
    expect(changeTakeaway(comparison)).toBe(
      'Mar–Aug 2026 against the 6 months before: “x y” rose most (5% → 15%); GitHub links level (50% → 55%); teams level (4.0 → 4.1 authors)',
    );
  });

  it('refuses to compare a window of fewer than 30 papers and says where its data starts', () => {
    const comparison: PeriodComparison = {
      windows,
      previous: counts(25, { first: '2025-12-20', last: '2026-02-27' }),
      current: counts(600, { first: '2026-03-02', last: '2026-08-12' }),
      rose: [],
      fell: [],
      newAuthors: [],
      topAuthors: 10,
    };
    expect(changeTakeaway(comparison)).toBe(
      'Sep 2025–Feb 2026 (data from 20 Dec 2025) has 25 papers and Mar–Aug 2026 (data to 12 Aug 2026) 600: too few to compare (30 a side at least)',
    );
    expect(changeTakeaway(null)).toBe('The data is too short to split into two periods of the same length');
  });
});
