import 'server-only';
import type { AuthorStatistics } from '@/lib/analyze/author-stats';
import type { CorpusStats } from '@/lib/analyze/corpus-stats';
import { isFiltered, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import type { PeriodComparison } from '@/lib/analyze/period-change';
import type { PeriodUnit } from '@/lib/analyze/periods';
import type { TermMovement } from '@/lib/analyze/term-movement';
import type { TermCount, TermRanking } from '@/lib/analyze/top-terms';
import { authorStatistics } from '@/lib/query/author-statistics';
import { type CategoryCounts, categoryCounts } from '@/lib/query/category-counts';
import { type CoauthorPairs, coauthorPairs } from '@/lib/query/coauthor-pairs';
import { corpusStats } from '@/lib/query/corpus-stats';
import { type ImpactStatistics, impactStatistics } from '@/lib/query/impact-statistics';
import { trendUnit } from '@/lib/query/paper-tally';
import { periodComparison } from '@/lib/query/period-comparison';
import { type PlaceStatistics, placeStatistics } from '@/lib/query/place-statistics';
import { type SourceStatistics, sourceStatistics } from '@/lib/query/source-statistics';
import { termMovement } from '@/lib/query/term-movement';
import { getTagProgress } from '@/lib/store/tagging';
import { cachedView } from '@/lib/store/view-cache';

/**
 * The statistics a page shows, kept in a bounded cache once the corpus's terms are all stored (until then they
 * change as tagging goes on, and are computed afresh).
 */
async function view<T>(
  corpusId: string,
  filter: PaperFilter,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const tagging = await getTagProgress(corpusId);
  if (tagging) return compute();
  // Views of the whole corpus are what a restart's first visit asks for: they are kept on disk too.
  return cachedView(corpusId, `${key}:${JSON.stringify(filter)}`, compute, { store: !isFiltered(filter) });
}

export function getCorpusStats(
  corpusId: string,
  filter: PaperFilter,
  termLimit = 25,
  termRanking: TermRanking = 'relevance',
): Promise<CorpusStats> {
  return view(corpusId, filter, `stats:${termLimit}:${termRanking}`, () =>
    corpusStats(corpusId, filter, { termLimit, termRanking }),
  );
}

export function getTrendUnit(corpusId: string, filter: PaperFilter): Promise<PeriodUnit> {
  return view(corpusId, filter, 'unit', () => trendUnit(corpusId, filter));
}

export function getTermMovement(
  corpusId: string,
  filter: PaperFilter,
  topTerms: readonly TermCount[],
  unit: PeriodUnit,
): Promise<TermMovement> {
  const topKeys = topTerms.map((t) => t.key);
  return view(corpusId, filter, `movement:${unit}:${topKeys.join('|')}`, () =>
    termMovement(corpusId, filter, topTerms, unit),
  );
}

export function getAuthorStatistics(corpusId: string, filter: PaperFilter): Promise<AuthorStatistics> {
  return view(corpusId, filter, 'authors', () => authorStatistics(corpusId, filter));
}

/**
 * Terms in the dashboard's bar chart: as many as fill its column beside the timeline, authors and GitHub-link
 * charts, so neither column stands half empty. The term trends follow the first 25, as the stats API does.
 */
export const DASHBOARD_TERMS = 40;

export function getImpactStatistics(corpusId: string, filter: PaperFilter): Promise<ImpactStatistics> {
  return view(corpusId, filter, 'impact', () => impactStatistics(corpusId, filter));
}

export function getSourceStatistics(corpusId: string, filter: PaperFilter): Promise<SourceStatistics> {
  return view(corpusId, filter, 'sources', () => sourceStatistics(corpusId, filter));
}

export function getPlaceStatistics(corpusId: string, filter: PaperFilter): Promise<PlaceStatistics> {
  return view(corpusId, filter, 'places', () => placeStatistics(corpusId, filter));
}

export function getCoauthorPairs(corpusId: string, filter: PaperFilter): Promise<CoauthorPairs> {
  return view(corpusId, filter, 'coauthors', () => coauthorPairs(corpusId, filter));
}

export function getCategoryCounts(corpusId: string, filter: PaperFilter): Promise<CategoryCounts> {
  return view(corpusId, filter, 'categories', () => categoryCounts(corpusId, filter));
}

export function getPeriodComparison(corpusId: string, filter: PaperFilter): Promise<PeriodComparison | null> {
  return view(corpusId, filter, 'change', () => periodComparison(corpusId, filter));
}

/** Computes and keeps the views of the whole corpus, so its first visit (after a restart too) reads them. */
export async function warmViews(corpusId: string): Promise<void> {
  const [stats, , unit] = await Promise.all([
    getCorpusStats(corpusId, NO_FILTER),
    getCorpusStats(corpusId, NO_FILTER, DASHBOARD_TERMS),
    getTrendUnit(corpusId, NO_FILTER),
    getAuthorStatistics(corpusId, NO_FILTER),
    getImpactStatistics(corpusId, NO_FILTER),
    getSourceStatistics(corpusId, NO_FILTER),
    getPlaceStatistics(corpusId, NO_FILTER),
    getCoauthorPairs(corpusId, NO_FILTER),
    getCategoryCounts(corpusId, NO_FILTER),
  ]);
  await getTermMovement(corpusId, NO_FILTER, stats.topTerms, unit);
}
