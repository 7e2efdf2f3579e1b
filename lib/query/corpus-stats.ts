import 'server-only';
import { type CorpusStats, corpusStatsFromTally } from '@/lib/analyze/corpus-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { TermRanking } from '@/lib/analyze/top-terms';
import { corpusColumns } from '@/lib/query/corpus-columns';
import { dateSpan, organisationCounts, paperTally } from '@/lib/query/paper-tally';
import { topTerms } from '@/lib/query/top-terms';

/** Headline numbers, top terms, timeline, authors per paper and GitHub-link rate of the papers a filter keeps. */
export async function corpusStats(
  corpusId: string,
  filter: PaperFilter,
  { termLimit = 25, termRanking = 'relevance' as TermRanking } = {},
): Promise<CorpusStats> {
  const [tally, span, organisations, terms] = await Promise.all([
    paperTally(corpusId, filter),
    dateSpan(corpusId, filter),
    corpusColumns(corpusId).then((columns) =>
      columns.organisation === 0 ? [] : organisationCounts(corpusId, filter),
    ),
    topTerms(corpusId, filter, { limit: termLimit, ranking: termRanking }),
  ]);
  return corpusStatsFromTally(
    tally,
    span.first && span.last ? { first: span.first, last: span.last } : null,
    organisations,
    terms,
    termRanking,
  );
}
