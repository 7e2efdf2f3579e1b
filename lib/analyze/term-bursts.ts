import { leastSquares } from '@/lib/analyze/least-squares';
import type { PeriodUnit } from '@/lib/analyze/periods';
import type { TermTrends } from '@/lib/analyze/term-trends';

export interface TermSlope {
  key: string;
  label: string;
  papers: number;
  /** Change in share per period (0.01 = one percentage point a year, or a month). */
  slope: number;
  /** Fitted share at the first period of the trends (x = period index). */
  intercept: number;
}

export interface TermSlopes {
  unit: PeriodUnit;
  /** First and last period of the fit: periods with papers, without partly covered edges. */
  first: string | null;
  last: string | null;
  /** Periods the fit uses. */
  periods: number;
  /** Positive slopes, steepest first. */
  rising: TermSlope[];
  /** Negative slopes, steepest first. */
  fading: TermSlope[];
}

/**
 * Least-squares slope of each term's share over the periods that have papers, leaving out an edge
 * period the corpus covers only in part. No slope with fewer than `minPeriods` periods.
 */
export function termSlopes(trends: TermTrends, { minPeriods = 3 } = {}): TermSlopes {
  const partial = new Set(trends.partial);
  const used = trends.periods
    .map((period, x) => ({ period, x }))
    .filter(({ period, x }) => (trends.totals[x] ?? 0) > 0 && !partial.has(period));
  const empty = { unit: trends.unit, first: null, last: null, periods: 0, rising: [], fading: [] };
  if (used.length < Math.max(2, minPeriods)) return { ...empty, periods: used.length };

  const slopes: TermSlope[] = [];
  for (const term of trends.terms) {
    const fit = leastSquares(used.map(({ x }) => [x, term.series[x]?.share ?? 0]));
    if (fit) {
      slopes.push({
        key: term.key,
        label: term.label,
        papers: term.papers,
        slope: fit.slope,
        intercept: fit.intercept,
      });
    }
  }
  const byKey = (a: TermSlope, b: TermSlope) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  // Slopes within rounding of zero are flat, neither rising nor fading.
  const epsilon = 1e-12;
  return {
    unit: trends.unit,
    first: used[0]?.period ?? null,
    last: used.at(-1)?.period ?? null,
    periods: used.length,
    rising: slopes.filter((s) => s.slope > epsilon).sort((a, b) => b.slope - a.slope || byKey(a, b)),
    fading: slopes.filter((s) => s.slope < -epsilon).sort((a, b) => a.slope - b.slope || byKey(a, b)),
  };
}

export interface BurstOptions {
  /** Rate ratio of the burst state to the base state. */
  s: number;
  /** Cost of entering the burst state, in units of ln(number of periods). */
  gamma: number;
}

export interface Burst {
  /** Indices of the first and last period of the burst, both included. */
  start: number;
  end: number;
  /** Cost saved by the burst state over the base state across the burst (Kleinberg's weight). */
  weight: number;
}

/**
 * Kleinberg's two-state automaton over batched documents (batch t: `relevant` of `total`), as CiteSpace
 * uses it: base rate p0 = all relevant / all documents, burst rate s · p0, entering the burst costs
 * gamma · ln(batches); Viterbi finds the cheapest state sequence. Empty batches never start or end a burst.
 */
export function kleinbergBursts(
  batches: readonly { relevant: number; total: number }[],
  { s = 2, gamma = 1 }: Partial<BurstOptions> = {},
): Burst[] {
  const relevant = batches.reduce((sum, b) => sum + b.relevant, 0);
  const total = batches.reduce((sum, b) => sum + b.total, 0);
  if (relevant === 0 || relevant === total || batches.length < 2) return [];
  const p0 = relevant / total;
  // Kept below 1 so the burst state can still explain a batch with non-relevant documents.
  const p1 = Math.min(s * p0, 0.9999);
  const enter = gamma * Math.log(batches.length);
  // Negative log-likelihood without the binomial coefficient, which is the same in both states.
  const cost = (p: number, { relevant: r, total: d }: { relevant: number; total: number }) =>
    -(r * Math.log(p) + (d - r) * Math.log(1 - p));

  // Viterbi from the base state: `back[t][j]` is the state before t on the cheapest path into j at t.
  let base = 0;
  let burst = Number.POSITIVE_INFINITY;
  const back: [number, number][] = [];
  for (const batch of batches) {
    const intoBase: number = base <= burst ? 0 : 1;
    const intoBurst: number = base + enter < burst ? 0 : 1;
    back.push([intoBase, intoBurst]);
    const nextBase = Math.min(base, burst) + cost(p0, batch);
    const nextBurst = Math.min(base + enter, burst) + cost(p1, batch);
    base = nextBase;
    burst = nextBurst;
  }
  const states: boolean[] = new Array(batches.length).fill(false);
  let state = burst < base ? 1 : 0;
  for (let t = batches.length - 1; t >= 0; t--) {
    states[t] = state === 1;
    state = back[t]?.[state] ?? 0;
  }
  return spans(states, batches, (t) => {
    const batch = batches[t];
    return batch ? cost(p0, batch) - cost(p1, batch) : 0;
  });
}

function spans(
  states: readonly boolean[],
  batches: readonly { total: number }[],
  saved: (t: number) => number,
): Burst[] {
  const bursts: Burst[] = [];
  let t = 0;
  while (t < states.length) {
    if (!states[t]) {
      t++;
      continue;
    }
    let end = t;
    while (states[end + 1]) end++;
    let start = t;
    let last = end;
    while (start <= last && (batches[start]?.total ?? 0) === 0) start++;
    while (last >= start && (batches[last]?.total ?? 0) === 0) last--;
    if (start <= last) {
      let weight = 0;
      for (let i = start; i <= last; i++) weight += saved(i);
      bursts.push({ start, end: last, weight });
    }
    t = end + 1;
  }
  return bursts;
}

export interface TermBurst {
  key: string;
  label: string;
  /** First and last period of the burst, both included. */
  start: string;
  end: string;
  /** Kleinberg's weight: the cost the burst state saves over the base state across the burst. */
  strength: number;
}

/** Bursts of each term's share over the periods of `trends`, strongest first. */
export function termBursts(trends: TermTrends, options: Partial<BurstOptions> = {}): TermBurst[] {
  const bursts: TermBurst[] = [];
  for (const term of trends.terms) {
    const batches = term.series.map((point) => ({ relevant: point.papers, total: point.total }));
    for (const { start, end, weight } of kleinbergBursts(batches, options)) {
      bursts.push({
        key: term.key,
        label: term.label,
        start: trends.periods[start] ?? '',
        end: trends.periods[end] ?? '',
        strength: weight,
      });
    }
  }
  return bursts.sort(
    (a, b) =>
      b.strength - a.strength ||
      a.start.localeCompare(b.start) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
