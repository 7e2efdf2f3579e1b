import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { NamedYearCount } from '@/lib/analyze/yearly-series';
import { type SourceCounts, sourceCounts } from '@/lib/query/source-counts';
import { sourceProduction } from '@/lib/query/source-production';

export interface SourceStatistics {
  counts: SourceCounts;
  production: NamedYearCount[];
}

/** Where the papers a filter keeps are published: every source's papers, and the top sources' papers per year. */
export async function sourceStatistics(corpusId: string, filter: PaperFilter): Promise<SourceStatistics> {
  const [counts, production] = await Promise.all([
    sourceCounts(corpusId, filter),
    sourceProduction(corpusId, filter),
  ]);
  return { counts, production };
}
