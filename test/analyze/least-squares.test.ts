import { describe, expect, it } from 'vitest';
import { leastSquares } from '@/lib/analyze/least-squares';

describe('leastSquares', () => {
  it('recovers the line through points that lie on it, with r² = 1', () => {
    const fit = leastSquares([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
    expect(fit?.r2).toBeCloseTo(1, 12);
  });

  it('fits scattered points by least squares', () => {
    // Mean x 1.5, mean y 1.5; Sxy = 4, Sxx = 5.
    const fit = leastSquares([
      [0, 0],
      [1, 2],
      [2, 1],
      [3, 3],
    ]);
    expect(fit?.slope).toBeCloseTo(0.8, 12);
    expect(fit?.intercept).toBeCloseTo(0.3, 12);
    expect(fit?.r2).toBeCloseTo(0.64, 12);
  });

  it('has a flat line and no r² when y does not vary', () => {
    expect(
      leastSquares([
        [0, 0.3],
        [1, 0.3],
        [2, 0.3],
      ]),
    ).toEqual({ slope: 0, intercept: 0.3, r2: null });
  });

  it('is null for fewer than two distinct x', () => {
    expect(leastSquares([])).toBeNull();
    expect(leastSquares([[1, 2]])).toBeNull();
    expect(
      leastSquares([
        [1, 2],
        [1, 3],
      ]),
    ).toBeNull();
  });
});
