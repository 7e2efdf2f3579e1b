import { describe, expect, it } from 'vitest';
import { type GroupValueCount, mannWhitney } from '@/lib/analyze/mann-whitney';

/** Counted values of two samples, as a query returns them. */
function tally(x: number[], y: number[]): GroupValueCount[] {
  const values = new Map<number, GroupValueCount>();
  for (const [list, side] of [
    [x, 'x'],
    [y, 'y'],
  ] as const) {
    for (const value of list) {
      const row = values.get(value) ?? { value, x: 0, y: 0 };
      row[side]++;
      values.set(value, row);
    }
  }
  return [...values.values()];
}

describe('mannWhitney', () => {
  it('matches scipy mannwhitneyu(method="asymptotic", use_continuity=True) with ties', () => {
    // scipy 1.17: statistic 48.5, p-value 0.01918623791703808.
    const result = mannWhitney(tally([3, 5, 5, 8, 12, 20, 20, 31], [0, 1, 1, 3, 5, 5, 6]));
    expect(result?.u).toBe(48.5);
    expect(result?.p).toBeCloseTo(0.019186237917, 9);
    expect(result?.superiority).toBeCloseTo(48.5 / 56, 12);
  });

  it('matches scipy without ties, with the first group lower', () => {
    // scipy 1.17: statistic 0.0, p-value 0.002694262019295913.
    const result = mannWhitney(tally([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15]));
    expect(result?.u).toBe(0);
    expect(result?.z).toBeLessThan(0);
    expect(result?.p).toBeCloseTo(0.002694262019, 9);
  });

  it('is symmetric: swapping the groups gives n₁n₂ − U and the same p', () => {
    const a = mannWhitney(tally([3, 5, 8], [1, 2, 5, 9]));
    const b = mannWhitney(tally([1, 2, 5, 9], [3, 5, 8]));
    expect((a?.u ?? 0) + (b?.u ?? 0)).toBe(12);
    expect(a?.p).toBeCloseTo(b?.p ?? -1, 12);
  });

  it('cannot test an empty group or values that are all equal', () => {
    expect(mannWhitney(tally([1, 2], []))).toBeNull();
    expect(mannWhitney(tally([4, 4], [4, 4, 4]))).toBeNull();
  });
});
