import { type PeriodUnit, paperPeriod, periodRange } from '@/lib/analyze/periods';
import { termCounts } from '@/lib/analyze/term-counts';
import { topTerms } from '@/lib/analyze/top-terms';
import type { AnalyzedPaper } from '@/lib/model';

export interface TermTrendPoint {
  period: string;
  /** Dated papers of the period that mention the term. */
  papers: number;
  /** Dated papers of the period. */
  total: number;
  /** `papers / total`; `null` when the period has no paper, so the share is unknown rather than zero. */
  share: number | null;
}

export interface TermTrend {
  key: string;
  label: string;
  /** Papers that mention the term, dated or not. */
  papers: number;
  /** One point per period, in order. */
  series: TermTrendPoint[];
}

export interface TermTrends {
  unit: PeriodUnit;
  /** Every period from the first dated paper to the last, empty ones included. */
  periods: string[];
  /** Dated papers per period, aligned with `periods`. */
  totals: number[];
  /**
   * Edge periods the corpus seems to cover only in part: its first paper comes after January (by year)
   * or the 7th (by month), or its last paper before December or the 24th.
   */
  partial: string[];
  terms: TermTrend[];
  /** Papers without a date, left out of every period. */
  undated: number;
  /** By month only: papers dated to the year alone, left out too. */
  yearOnly: number;
}

export interface TermTrendsOptions {
  /** Keys to follow, in this order, instead of the top `limit` terms (e.g. top terms counted already). */
  terms: readonly string[];
  limit: number;
  unit: PeriodUnit;
  /** As in `topTerms`: fewest words a term needs to be a top term. */
  minWords: number;
}

type TrendPaper = Pick<AnalyzedPaper, 'date' | 'datePrecision' | 'terms'>;

/** Share of papers per period that mention each of the top terms (or of the terms asked for). */
export function termTrends(
  papers: readonly TrendPaper[],
  { terms, limit = 12, unit = 'year', minWords = 2 }: Partial<TermTrendsOptions> = {},
): TermTrends {
  const chosen = terms
    ? termCounts(papers, terms)
    : topTerms(papers, { limit, minWords }).map(({ key, label, papers: n }) => ({ key, label, papers: n }));
  const dated: { paper: TrendPaper; period: string }[] = [];
  let undated = 0;
  let yearOnly = 0;
  for (const paper of papers) {
    const period = paperPeriod(paper, unit);
    if (period) dated.push({ paper, period });
    else if (paper.date) yearOnly++;
    else undated++;
  }
  if (dated.length === 0) return noPeriods(unit, chosen, { undated, yearOnly });

  const sorted = dated.map((d) => d.period).sort();
  const periods = periodRange(sorted[0] ?? '', sorted.at(-1) ?? '', unit);
  const index = new Map(periods.map((period, i) => [period, i]));
  const termIndex = new Map(chosen.map((term, i) => [term.key, i]));
  const totals = periods.map(() => 0);
  const counts = chosen.map(() => periods.map(() => 0));
  // Index of the last paper that counted for each term, so a paper counts once.
  const lastPaper = chosen.map(() => -1);
  dated.forEach(({ paper, period }, d) => {
    const p = index.get(period) ?? 0;
    totals[p] = (totals[p] ?? 0) + 1;
    for (const { key } of paper.terms) {
      const t = termIndex.get(key);
      if (t === undefined || lastPaper[t] === d) continue;
      lastPaper[t] = d;
      const row = counts[t];
      if (row) row[p] = (row[p] ?? 0) + 1;
    }
  });

  return {
    unit,
    periods,
    totals,
    partial: partialPeriods(dated, periods, unit),
    terms: chosen.map((term, t) => ({
      ...term,
      series: periods.map((period, p) => {
        const n = counts[t]?.[p] ?? 0;
        const total = totals[p] ?? 0;
        return { period, papers: n, total, share: total ? n / total : null };
      }),
    })),
    undated,
    yearOnly,
  };
}

function partialPeriods(
  dated: readonly { paper: TrendPaper; period: string }[],
  periods: readonly string[],
  unit: PeriodUnit,
): string[] {
  // The part of a date below the unit: its month within a year, its day within a month.
  const part = (date: string) => Number(unit === 'year' ? date.slice(5, 7) : date.slice(8, 10));
  const [early, late] = unit === 'year' ? [1, 12] : [7, 24];
  const edge = (period: string | undefined) => {
    const inside = dated.filter((d) => d.period === period).map((d) => d.paper);
    // A date that gives only the period itself says nothing about where in it the corpus starts.
    const coarse = (p: TrendPaper) =>
      p.datePrecision === 'year' || (unit === 'month' && p.datePrecision === 'month');
    if (inside.length === 0 || inside.some(coarse)) return null;
    return inside.map((p) => part(p.date ?? ''));
  };
  const partial = new Set<string>();
  const first = periods[0];
  const last = periods.at(-1);
  const starts = edge(first);
  // A reduce, not a spread: an edge year can hold more papers than a call takes arguments.
  if (first && starts && starts.reduce((a, b) => Math.min(a, b)) > early) partial.add(first);
  const ends = edge(last);
  if (last && ends && ends.reduce((a, b) => Math.max(a, b)) < late) partial.add(last);
  return periods.filter((period) => partial.has(period));
}

/** Dated papers of one period, with where in the period the earliest and latest fall. */
export interface PeriodTally {
  period: string;
  papers: number;
  /** The part of a date below the unit (month in a year, day in a month), over the period's papers. */
  minPart: number;
  maxPart: number;
  /** Some paper of the period is dated only as finely as the period itself (or the year). */
  coarse: boolean;
}

/** The same trends from papers tallied by period, and term papers by period, for terms counted already. */
export function termTrendsFromCounts(
  unit: PeriodUnit,
  chosen: readonly { key: string; label: string; papers: number }[],
  periodTally: readonly PeriodTally[],
  termTally: readonly { key: string; period: string; papers: number }[],
  { undated, yearOnly }: Pick<TermTrends, 'undated' | 'yearOnly'>,
): TermTrends {
  if (periodTally.length === 0) return noPeriods(unit, chosen, { undated, yearOnly });
  const sorted = periodTally.map((p) => p.period).sort();
  const periods = periodRange(sorted[0] ?? '', sorted.at(-1) ?? '', unit);
  const byPeriod = new Map(periodTally.map((p) => [p.period, p]));
  const totals = periods.map((period) => byPeriod.get(period)?.papers ?? 0);
  const counts = new Map(termTally.map((t) => [`${t.key}\u0000${t.period}`, t.papers]));

  const [early, late] = unit === 'year' ? [1, 12] : [7, 24];
  const partial = new Set<string>();
  const first = byPeriod.get(periods[0] ?? '');
  const last = byPeriod.get(periods.at(-1) ?? '');
  if (first && !first.coarse && first.minPart > early) partial.add(first.period);
  if (last && !last.coarse && last.maxPart < late) partial.add(last.period);

  return {
    unit,
    periods,
    totals,
    partial: periods.filter((period) => partial.has(period)),
    terms: chosen.map((term) => ({
      ...term,
      series: periods.map((period, p) => {
        const n = counts.get(`${term.key}\u0000${period}`) ?? 0;
        const total = totals[p] ?? 0;
        return { period, papers: n, total, share: total ? n / total : null };
      }),
    })),
    undated,
    yearOnly,
  };
}

/** Trends of papers none of which has a period: every term, no series. */
function noPeriods(
  unit: PeriodUnit,
  chosen: readonly { key: string; label: string; papers: number }[],
  { undated, yearOnly }: Pick<TermTrends, 'undated' | 'yearOnly'>,
): TermTrends {
  return {
    unit,
    periods: [],
    totals: [],
    partial: [],
    terms: chosen.map((term) => ({ ...term, series: [] })),
    undated,
    yearOnly,
  };
}
