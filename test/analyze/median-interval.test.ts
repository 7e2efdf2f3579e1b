import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { describe, expect, it } from 'vitest';
import { binomialQuantile, medianInterval } from '@/lib/analyze/median-interval';

const each = (values: number[]) => values.map((value) => ({ value, count: 1 }));

describe('medianInterval', () => {
  it('gives the order statistics x(2) and x(9) for 10 values, coverage 97.9% (Binomial(10, ½))', () => {
    const result = medianInterval(each([9, 1, 2, 3, 4, 5, 6, 7, 8, 10]));
    expect(result).toMatchObject({ n: 10, median: 5.5, low: 2, high: 9 });
    expect(result.coverage).toBeCloseTo(0.978515625, 9);
  });

  it('gives x(6) and x(15) for 20 values (qbinom(0.025, 20, 0.5) = 6)', () => {
    const result = medianInterval(each(Array.from({ length: 20 }, (_, i) => (i + 1) * 10)));
    expect(result).toMatchObject({ median: 105, low: 60, high: 150 });
    expect(result.coverage).toBeCloseTo(0.9586105, 6);
  });

  it('reads counted values as that many copies', () => {
    const result = medianInterval([
      { value: 0, count: 50 },
      { value: 3, count: 1 },
      { value: 7, count: 49 },
    ]);
    // 100 values: x(50) = 0, x(51) = 3; the interval is x(40) … x(61).
    expect(result).toMatchObject({ n: 100, median: 1.5, low: 0, high: 7 });
  });

  it('has no interval when too few values reach the level', () => {
    expect(medianInterval(each([1, 2, 3, 4, 5]))).toMatchObject({ median: 3, low: null, high: null });
    expect(medianInterval(each([1, 2, 3, 4, 5, 6]))).toMatchObject({ low: 1, high: 6 });
  });

  it('is unknown for no values', () => {
    expect(medianInterval([])).toEqual({ n: 0, median: null, low: null, high: null, coverage: null });
  });

  it('finds the binomial quantile as counting up from zero does, for small and large groups', () => {
    const counted = (p: number, n: number) => {
      let l = 0;
      while (binomialCdf(l, n, 0.5) < p) l++;
      return l;
    };
    for (const n of [1, 2, 5, 6, 7, 10, 20, 99, 100, 101, 1000, 4321, 100_000, 250_001])
      for (const p of [0.005, 0.025, 0.05, 0.5])
        expect([n, p, binomialQuantile(p, n)]).toEqual([n, p, counted(p, n)]);
    // qbinom(0.025, 20, 0.5) = 6, as the interval above uses.
    expect(binomialQuantile(0.025, 20)).toBe(6);
  });
});
