import 'server-only';
import type { AuthorStatistics } from '@/lib/analyze/author-stats';
import type { CorpusStats } from '@/lib/analyze/corpus-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { PeriodUnit } from '@/lib/analyze/periods';
import type { TermMovement } from '@/lib/analyze/term-movement';
import { authorStatistics } from '@/lib/query/author-statistics';
import { corpusStats } from '@/lib/query/corpus-stats';
import { termMovement, trendUnit } from '@/lib/query/term-movement';
import { getTagProgress } from '@/lib/store/tagging';
import { cachedView } from '@/lib/store/view-cache';

/**
 * The statistics a page shows, kept in a bounded cache once the corpus's terms are all stored (until then they
 * change as tagging goes on, and are computed afresh).
 */
async function view<T>(corpusId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const tagging = await getTagProgress(corpusId);
  return tagging ? compute() : cachedView(corpusId, key, compute);
}

const filterKey = (filter: PaperFilter) => JSON.stringify(filter);

export function getCorpusStats(corpusId: string, filter: PaperFilter, termLimit = 25): Promise<CorpusStats> {
  return view(corpusId, `stats:${termLimit}:${filterKey(filter)}`, () =>
    corpusStats(corpusId, filter, { termLimit }),
  );
}

export function getTrendUnit(corpusId: string, filter: PaperFilter): Promise<PeriodUnit> {
  return view(corpusId, `unit:${filterKey(filter)}`, () => trendUnit(corpusId, filter));
}

export function getTermMovement(
  corpusId: string,
  filter: PaperFilter,
  topKeys: readonly string[],
  unit: PeriodUnit,
): Promise<TermMovement> {
  return view(corpusId, `movement:${unit}:${topKeys.join('|')}:${filterKey(filter)}`, () =>
    termMovement(corpusId, filter, topKeys, unit),
  );
}

export function getAuthorStatistics(corpusId: string, filter: PaperFilter): Promise<AuthorStatistics> {
  return view(corpusId, `authors:${filterKey(filter)}`, () => authorStatistics(corpusId, filter));
}
