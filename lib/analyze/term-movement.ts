import { type TermBurst, type TermSlopes, termBursts, termSlopes } from '@/lib/analyze/term-bursts';
import { type TermCooccurrence, termCooccurrence } from '@/lib/analyze/term-cooccurrence';
import { type TermTrends, termTrends } from '@/lib/analyze/term-trends';
import type { AnalyzedPaper } from '@/lib/model';

export interface TermMovement {
  trends: TermTrends;
  bursts: TermBurst[];
  slopes: TermSlopes;
  map: TermCooccurrence;
}

export const TREND_TERMS = 15;
export const MAP_TERMS = 30;

/** The unit a corpus's terms move in by default: a few years show movement by month, more by year. */
export function trendUnit(papers: readonly Pick<AnalyzedPaper, 'date'>[]): 'month' | 'year' {
  const years = new Set(papers.map((p) => p.date?.slice(0, 4)).filter(Boolean)).size;
  return years > 3 ? 'year' : 'month';
}

/** How the top terms move: their shares over time, bursts, slopes, and the co-occurrence map. */
export function termMovement(
  papers: readonly AnalyzedPaper[],
  topKeys: readonly string[],
  unit: 'month' | 'year',
): TermMovement {
  const trends = termTrends(papers, { terms: topKeys.slice(0, TREND_TERMS), unit });
  return {
    trends,
    bursts: termBursts(trends),
    slopes: termSlopes(trends),
    map: termCooccurrence(papers, { terms: topKeys.slice(0, MAP_TERMS) }),
  };
}
