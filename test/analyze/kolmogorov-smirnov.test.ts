import { describe, expect, it } from 'vitest';
import { kolmogorovSurvival, ksTwoSample } from '@/lib/analyze/kolmogorov-smirnov';

describe('kolmogorovSurvival', () => {
  it('matches the limiting Kolmogorov distribution on both series', () => {
    // Reference values: scipy.stats.kstwobign.sf.
    expect(kolmogorovSurvival(0.5)).toBeCloseTo(0.963945, 6);
    expect(kolmogorovSurvival(0.9)).toBeCloseTo(0.392731, 6);
    expect(kolmogorovSurvival(1)).toBeCloseTo(0.27, 6);
    expect(kolmogorovSurvival(1.36)).toBeCloseTo(0.049486, 6);
    expect(kolmogorovSurvival(2)).toBeCloseTo(0.000671, 6);
  });

  it('is 1 at zero', () => {
    expect(kolmogorovSurvival(0)).toBe(1);
  });
});

describe('ksTwoSample', () => {
  it('takes the largest gap between the empirical distributions, ties stepped together', () => {
    const test = ksTwoSample([1, 2, 3, 4], [3, 4, 5, 6, 7, 8]);
    expect(test?.d).toBeCloseTo(2 / 3, 12);
    expect(test?.p).toBeCloseTo(0.23649, 5);
  });

  it('finds no gap between equal samples', () => {
    expect(ksTwoSample([1, 2, 2], [2, 1, 2])).toEqual({ d: 0, p: 1 });
  });

  it('is null when a sample is empty', () => {
    expect(ksTwoSample([], [1])).toBeNull();
  });
});
