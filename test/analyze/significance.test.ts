import { describe, expect, it } from 'vitest';
import {
  binomialTest,
  cochranArmitage,
  fisherExactTest,
  formatP,
  poissonRateTest,
  proportionTest,
  twoProportionTest,
  welchTest,
} from '@/lib/analyze/significance';

// Reference values from R 4.x: prop.test(correct = FALSE), binom.test, poisson.test, prop.trend.test.
describe('significance', () => {
  it('twoProportionTest matches prop.test without continuity correction', () => {
    // prop.test(c(15, 25), c(50, 50), correct = FALSE): X-squared = 4.1667, p = 0.04123.
    const result = twoProportionTest(15, 50, 25, 50);
    expect(result.p).toBeCloseTo(0.04123, 4);
    expect(result.significant).toBe(true);
    expect(twoProportionTest(30, 100, 36, 100).p).toBeCloseTo(0.3669, 4);
    expect(twoProportionTest(30, 100, 36, 100).significant).toBe(false);
    expect(twoProportionTest(0, 0, 5, 10).p).toBe(1);
  });

  it("fisherExactTest matches fisher.test on Fisher's tea-tasting table", () => {
    // fisher.test(matrix(c(3, 1, 1, 3), 2)): p = 0.4857.
    expect(fisherExactTest(3, 4, 1, 4).p).toBeCloseTo(0.4857, 4);
    // fisher.test(matrix(c(10, 0, 0, 10), 2)): p = 1.08e-5.
    expect(fisherExactTest(10, 10, 0, 10).p).toBeCloseTo(1.0825e-5, 8);
  });

  it('proportionTest uses the z-test only where every expected count is 5 or more', () => {
    expect(proportionTest(30, 100, 36, 100).method).toBe('two-proportion z-test');
    // 4 of 45 against 1 of 75: the z-test would call it (p = 0.03); the exact test does not.
    expect(twoProportionTest(4, 45, 1, 75).significant).toBe(true);
    const small = proportionTest(4, 45, 1, 75);
    expect(small.method).toBe("Fisher's exact test");
    expect(small.significant).toBe(false);
  });

  it('binomialTest matches binom.test, two-sided', () => {
    expect(binomialTest(7, 10, 0.5).p).toBeCloseTo(0.34375, 5);
    expect(binomialTest(9, 10, 0.5).p).toBeCloseTo(0.02148, 4);
    expect(binomialTest(27, 40, 0.5).p).toBeCloseTo(0.03848, 4);
    // An asymmetric null: binom.test(2, 20, 0.3) sums P(0..2) and P(11..20), the outcomes no likelier than 2: 0.05263.
    expect(binomialTest(2, 20, 0.3).p).toBeCloseTo(0.05263, 4);
  });

  it('poissonRateTest compares counts over their exposures, as poisson.test(c(a, b), c(s, t))', () => {
    expect(poissonRateTest(13, 1, 27, 1).p).toBeCloseTo(0.03848, 4);
    // Four months of 40 a month against twelve of 40: the same rate.
    expect(poissonRateTest(160, 4, 480, 12).p).toBeGreaterThan(0.9);
    expect(poissonRateTest(10, 1, 40, 1).significant).toBe(true);
  });

  it('welchTest compares means by their standard errors and is not fooled by a large spread', () => {
    const a = { n: 100, mean: 4, variance: 4 };
    expect(welchTest(a, { n: 100, mean: 4.2, variance: 4 }).significant).toBe(false);
    // z = 1 / sqrt(0.04 + 0.04) = 3.54: p = 0.0004.
    expect(welchTest(a, { n: 100, mean: 5, variance: 4 }).p).toBeCloseTo(0.000407, 5);
    expect(welchTest(a, { n: 100, mean: 5, variance: 400 }).significant).toBe(false);
  });

  it('cochranArmitage matches prop.trend.test', () => {
    // R's example: prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)): X-squared = 8.2249, p = 0.004132.
    const groups = [
      [83, 86],
      [90, 93],
      [129, 136],
      [70, 82],
    ].map(([events = 0, total = 0], score) => ({ score, events, total }));
    const result = cochranArmitage(groups);
    expect(result.z ** 2).toBeCloseTo(8.2249, 3);
    expect(result.p).toBeCloseTo(0.004132, 5);
    expect(result.z).toBeLessThan(0);
    const flat = [0, 1, 2, 3].map((score) => ({ score, events: 10, total: 100 }));
    expect(cochranArmitage(flat).p).toBeCloseTo(1, 6);
  });

  it('formatP rounds as a reader expects', () => {
    expect(formatP(0.0004)).toBe('p < 0.001');
    expect(formatP(0.0042)).toBe('p = 0.004');
    expect(formatP(0.0385)).toBe('p = 0.04');
    expect(formatP(0.412)).toBe('p = 0.41');
    expect(formatP(0.999)).toBe('p = 1');
  });
});
