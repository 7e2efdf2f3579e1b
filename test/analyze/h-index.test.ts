import { describe, expect, it } from 'vitest';
import { hIndex } from '@/lib/analyze/h-index';

describe('hIndex', () => {
  it('is the largest h with h papers cited at least h times each', () => {
    expect(hIndex([10, 8, 5, 4, 3])).toBe(4);
    expect(hIndex([25, 8, 5, 3, 3])).toBe(3);
    expect(hIndex([1, 1, 1])).toBe(1);
  });

  it('does not depend on order and does not mutate its input', () => {
    const counts = [3, 0, 6, 1, 5];
    expect(hIndex(counts)).toBe(3);
    expect(counts).toEqual([3, 0, 6, 1, 5]);
  });

  it('is 0 for no papers or no citations', () => {
    expect(hIndex([])).toBe(0);
    expect(hIndex([0, 0])).toBe(0);
  });

  it('is capped by the number of papers', () => {
    expect(hIndex([100, 100])).toBe(2);
  });
});
