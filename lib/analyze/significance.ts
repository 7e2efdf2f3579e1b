import binomcoefln from '@stdlib/math-base-special-binomcoefln';
import binomialLogPmf from '@stdlib/stats-base-dists-binomial-logpmf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/**
 * The tests a takeaway runs before it calls a change up or down. Two-sided p-values; a change counts when
 * p < `ALPHA`, and no side is compared when it has fewer than `MIN_SIDE` papers.
 */

export const ALPHA = 0.05;
/** Fewest papers a side of a comparison needs: below it a rate or a mean swings too much to compare. */
export const MIN_SIDE = 30;
/** Fewest papers a side of a count comparison needs. */
export const MIN_COUNT = 10;

export interface TestResult {
  /** Two-sided p-value. */
  p: number;
  /** Whether p < ALPHA. */
  significant: boolean;
}

const result = (p: number): TestResult => {
  const clamped = Math.min(1, Math.max(0, p));
  return { p: clamped, significant: clamped < ALPHA };
};

/** Two-sided p-value of a standard normal statistic. */
function normalP(z: number): number {
  return 2 * normalCdf(-Math.abs(z), 0, 1);
}

/** Pooled two-proportion z-test of x1/n1 against x2/n2. */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): TestResult {
  if (n1 === 0 || n2 === 0) return result(1);
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return result(1);
  return result(normalP((x2 / n2 - x1 / n1) / se));
}

/**
 * Fisher's exact test of x1/n1 against x2/n2, two-sided as R's `fisher.test`: the probability, with the
 * margins fixed, of every table no more likely than the one seen.
 */
export function fisherExactTest(x1: number, n1: number, x2: number, n2: number): TestResult {
  const total = n1 + n2;
  const successes = x1 + x2;
  if (n1 === 0 || n2 === 0 || successes === 0 || successes === total) return result(1);
  const logP = (k: number) =>
    binomcoefln(successes, k) + binomcoefln(total - successes, n1 - k) - binomcoefln(total, n1);
  const limit = logP(x1) + Math.log1p(1e-7);
  let p = 0;
  for (let k = Math.max(0, n1 - (total - successes)); k <= Math.min(successes, n1); k++) {
    const value = logP(k);
    if (value <= limit) p += Math.exp(value);
  }
  return result(p);
}

export interface ProportionTest extends TestResult {
  /** The test that decided: the z-test where every expected count is 5 or more, Fisher's exact test otherwise. */
  method: 'two-proportion z-test' | "Fisher's exact test";
}

/**
 * Two shares compared by the two-proportion z-test when its normal approximation holds (every expected count of
 * the 2×2 table at least 5), by Fisher's exact test when it does not.
 */
export function proportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest {
  const pooled = n1 + n2 ? (x1 + x2) / (n1 + n2) : 0;
  const expected = [n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)];
  return expected.every((e) => e >= 5)
    ? { ...twoProportionTest(x1, n1, x2, n2), method: 'two-proportion z-test' }
    : { ...fisherExactTest(x1, n1, x2, n2), method: "Fisher's exact test" };
}

/**
 * Exact two-sided binomial test of k successes in n at rate p, as R's `binom.test`: the probability of every
 * outcome no more likely than the one seen.
 */
export function binomialTest(k: number, n: number, p: number): TestResult {
  if (n === 0) return result(1);
  const observed = binomialLogPmf(k, n, p);
  // A relative tolerance, as R uses, so outcomes as likely as the observed one count despite rounding.
  const limit = observed + Math.log1p(1e-7);
  let total = 0;
  for (let i = 0; i <= n; i++) {
    const logP = binomialLogPmf(i, n, p);
    if (logP <= limit) total += Math.exp(logP);
  }
  return result(total);
}

/**
 * Exact test of two Poisson counts over exposures (months, years): given their sum, the second count is
 * binomial with rate t2 / (t1 + t2) when the two rates are equal.
 */
export function poissonRateTest(c1: number, t1: number, c2: number, t2: number): TestResult {
  return binomialTest(c2, c1 + c2, t2 / (t1 + t2));
}

export interface SampleMoments {
  n: number;
  mean: number;
  /** Sample variance (n − 1 denominator). */
  variance: number;
}

/**
 * Welch's test of two means by its normal approximation: sound for the sides of `MIN_SIDE` papers or more
 * the takeaways compare.
 */
export function welchTest(a: SampleMoments, b: SampleMoments): TestResult {
  if (a.n < 2 || b.n < 2) return result(1);
  const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
  if (se === 0) return result(a.mean === b.mean ? 1 : 0);
  return result(normalP((b.mean - a.mean) / se));
}

/**
 * Cochran–Armitage test for a trend in proportions over ordered periods (`score`: the period's index), as R's
 * `prop.trend.test`. Periods without papers carry no information and are left out by the caller.
 */
export function cochranArmitage(
  groups: readonly { score: number; events: number; total: number }[],
): TestResult & { z: number } {
  const n = groups.reduce((s, g) => s + g.total, 0);
  const events = groups.reduce((s, g) => s + g.events, 0);
  if (n === 0 || events === 0 || events === n) return { ...result(1), z: 0 };
  const p = events / n;
  const meanScore = groups.reduce((s, g) => s + g.total * g.score, 0) / n;
  let numerator = 0;
  let sxx = 0;
  for (const g of groups) {
    numerator += (g.events - g.total * p) * (g.score - meanScore);
    sxx += g.total * (g.score - meanScore) ** 2;
  }
  if (sxx === 0) return { ...result(1), z: 0 };
  const z = numerator / Math.sqrt(p * (1 - p) * sxx);
  return { ...result(normalP(z)), z };
}

/** `p = 0.03`, `p = 0.41`, `p < 0.001`: two significant digits, as a reader expects. */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  if (p >= 0.995) return 'p = 1';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}
