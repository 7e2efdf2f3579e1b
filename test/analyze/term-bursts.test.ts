import { describe, expect, it } from 'vitest';
import { kleinbergBursts, termBursts, termSlopes } from '@/lib/analyze/term-bursts';
import type { TermTrends } from '@/lib/analyze/term-trends';

const batches = (relevant: number[], total = 100) => relevant.map((r) => ({ relevant: r, total }));

/** Trends over consecutive years from 2010, one series of papers per term, `totals` papers a year. */
function trends(series: Record<string, number[]>, totals: number[], partial: string[] = []): TermTrends {
  const periods = totals.map((_, i) => String(2010 + i));
  return {
    unit: 'year',
    periods,
    totals,
    partial,
    undated: 0,
    yearOnly: 0,
    terms: Object.entries(series).map(([key, papers]) => ({
      key,
      label: key.toUpperCase(),
      papers: papers.reduce((sum, n) => sum + n, 0),
      series: papers.map((n, i) => {
        const total = totals[i] ?? 0;
        return { period: periods[i] ?? '', papers: n, total, share: total ? n / total : null };
      }),
    })),
  };
}

describe('kleinbergBursts', () => {
  it('finds exactly one burst where the share jumps from 5% to 40% for three periods', () => {
    const bursts = kleinbergBursts(batches([5, 5, 5, 5, 5, 5, 40, 40, 40, 5, 5, 5]));
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 6, end: 8 });
    // p0 = 165/1200, p1 = 2 p0: the burst state saves 3 × (40 ln 2 + 60 ln(0.725 / 0.8625)).
    expect(bursts[0]?.weight).toBeCloseTo(51.918, 3);
  });

  it('finds no burst in a flat series', () => {
    expect(kleinbergBursts(batches([10, 10, 10, 10, 10, 10, 10, 10]))).toEqual([]);
  });

  it('finds no burst in a term that never or always appears, or in a single period', () => {
    expect(kleinbergBursts(batches([0, 0, 0]))).toEqual([]);
    expect(kleinbergBursts(batches([100, 100, 100]))).toEqual([]);
    expect(kleinbergBursts(batches([40]))).toEqual([]);
    expect(kleinbergBursts([])).toEqual([]);
  });

  it('finds a short spike only when entering the burst state is cheap enough', () => {
    // The spike saves about 1.8 against an entry cost of gamma · ln 20 ≈ 3.0 gamma.
    const spike = batches([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 10, 5, 5, 5, 5, 5, 5]);
    expect(kleinbergBursts(spike)).toEqual([]);
    expect(kleinbergBursts(spike, { gamma: 0.1 })).toMatchObject([{ start: 13, end: 13 }]);
  });

  it('finds two separate bursts and weighs the longer one more', () => {
    const bursts = kleinbergBursts(batches([2, 2, 30, 30, 2, 2, 2, 2, 30, 30, 30, 2, 2]));
    expect(bursts.map((b) => [b.start, b.end])).toEqual([
      [2, 3],
      [8, 10],
    ]);
    expect(bursts[1]?.weight).toBeGreaterThan(bursts[0]?.weight ?? 0);
  });

  it('does not let a burst begin or end on periods without papers', () => {
    const bursts = kleinbergBursts([
      ...batches([5, 5, 5, 5, 5]),
      { relevant: 0, total: 0 },
      ...batches([40, 40, 40]),
      { relevant: 0, total: 0 },
      ...batches([5, 5, 5, 5]),
    ]);
    expect(bursts).toMatchObject([{ start: 6, end: 8 }]);
  });
});

describe('termBursts', () => {
  it('names each burst by its term and periods, strongest first', () => {
    const data = trends(
      {
        'flat term': [10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        'weak burst': [5, 5, 5, 5, 5, 5, 5, 30, 30, 5],
        'strong burst': [5, 5, 40, 40, 40, 5, 5, 5, 5, 5],
      },
      new Array(10).fill(100),
    );
    const bursts = termBursts(data);
    expect(bursts.map(({ key, label, start, end }) => ({ key, label, start, end }))).toEqual([
      { key: 'strong burst', label: 'STRONG BURST', start: '2012', end: '2014' },
      { key: 'weak burst', label: 'WEAK BURST', start: '2017', end: '2018' },
    ]);
    expect(bursts[0]?.strength).toBeGreaterThan(bursts[1]?.strength ?? 0);
  });

  it('is empty without terms or periods', () => {
    expect(termBursts(trends({}, []))).toEqual([]);
    expect(termBursts(trends({ a: [] }, []))).toEqual([]);
  });
});

describe('termSlopes', () => {
  it('fits the share per period and sorts terms into rising and fading, steepest first', () => {
    const data = trends(
      {
        rising: [10, 20, 30, 40],
        'rising slowly': [10, 12, 14, 16],
        fading: [40, 30, 20, 10],
        flat: [25, 25, 25, 25],
      },
      [100, 100, 100, 100],
    );
    const slopes = termSlopes(data);
    expect(slopes).toMatchObject({ unit: 'year', first: '2010', last: '2013', periods: 4 });
    expect(slopes.rising.map((s) => s.key)).toEqual(['rising', 'rising slowly']);
    expect(slopes.rising[0]?.slope).toBeCloseTo(0.1, 12);
    expect(slopes.rising[1]?.slope).toBeCloseTo(0.02, 12);
    expect(slopes.fading).toHaveLength(1);
    expect(slopes.fading[0]).toMatchObject({ key: 'fading', label: 'FADING', papers: 100 });
    expect(slopes.fading[0]?.slope).toBeCloseTo(-0.1, 12);
  });

  it('skips periods without papers and partly covered edges, keeping their place on the axis', () => {
    // Shares 10%, (none), 30%, 40%, then a partial last year that would pull the line down.
    const data = trends({ term: [10, 0, 30, 40, 0] }, [100, 0, 100, 100, 20], ['2014']);
    const slopes = termSlopes(data);
    expect(slopes).toMatchObject({ first: '2010', last: '2013', periods: 3 });
    expect(slopes.rising[0]?.slope).toBeCloseTo(0.1, 12);
  });

  it('orders equal slopes by key', () => {
    const data = trends({ b: [1, 2, 3], a: [1, 2, 3] }, [10, 10, 10]);
    expect(termSlopes(data).rising.map((s) => s.key)).toEqual(['a', 'b']);
  });

  it('gives no slope with fewer periods than asked for', () => {
    const data = trends({ term: [10, 20] }, [100, 100]);
    expect(termSlopes(data)).toMatchObject({ first: null, last: null, periods: 2, rising: [], fading: [] });
    expect(termSlopes(data, { minPeriods: 2 }).rising).toHaveLength(1);
    expect(termSlopes(trends({}, []))).toMatchObject({ periods: 0, rising: [], fading: [] });
  });
});
