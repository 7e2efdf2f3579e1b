export interface KsTest {
  /** Largest gap between the two empirical distribution functions. */
  d: number;
  /** Asymptotic p-value (Kolmogorov's limiting distribution), as R's `ks.test(x, y, exact = FALSE)`. */
  p: number;
}

/** Two-sample Kolmogorov–Smirnov test; `null` when either sample is empty. */
export function ksTwoSample(x: readonly number[], y: readonly number[]): KsTest | null {
  if (x.length === 0 || y.length === 0) return null;
  const a = [...x].sort((u, v) => u - v);
  const b = [...y].sort((u, v) => u - v);
  let i = 0;
  let j = 0;
  let d = 0;
  // Step both functions past every copy of the next value before comparing, so ties are handled.
  while (i < a.length || j < b.length) {
    const next = Math.min(a[i] ?? Number.POSITIVE_INFINITY, b[j] ?? Number.POSITIVE_INFINITY);
    while (i < a.length && a[i] === next) i++;
    while (j < b.length && b[j] === next) j++;
    d = Math.max(d, Math.abs(i / a.length - j / b.length));
  }
  const n = (a.length * b.length) / (a.length + b.length);
  return { d, p: kolmogorovSurvival(Math.sqrt(n) * d) };
}

/** P(K > x) for Kolmogorov's distribution, with the two series R uses for small and large x. */
export function kolmogorovSurvival(x: number): number {
  if (x <= 0) return 1;
  if (x < 1) {
    let sum = 0;
    for (let k = 1; k < 20; k += 2) sum += Math.exp((-k * k * Math.PI * Math.PI) / (8 * x * x));
    return 1 - (Math.sqrt(2 * Math.PI) / x) * sum;
  }
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * x * x);
    sum += term;
    if (Math.abs(term) < 1e-16) break;
  }
  return Math.min(1, Math.max(0, sum));
}
