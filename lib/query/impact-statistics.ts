import 'server-only';
import type { YearCitations } from '@/lib/analyze/citations-per-year';
import type { CodeImpact, ImpactMetric } from '@/lib/analyze/code-impact';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { citationsByYear } from '@/lib/query/citations-by-year';
import { codeImpactValues } from '@/lib/query/code-impact-values';
import { type HIndexOf, hIndexBy } from '@/lib/query/h-index-by';
import { type ImpactSummary, impactSummary } from '@/lib/query/impact-summary';
import { type CitedPaper, mostCited } from '@/lib/query/most-cited';
import { type StarDistribution, starDistribution } from '@/lib/query/star-distribution';

export interface ImpactStatistics {
  summary: ImpactSummary;
  /** What ranks the papers: citations where any paper has a count, else upvotes; `null` when neither is known. */
  metric: ImpactMetric | null;
  top: CitedPaper[];
  byYear: YearCitations[];
  hAuthors: HIndexOf[];
  hSources: HIndexOf[];
  /** Papers with code against papers without, on upvotes where known (they follow the listing), else citations. */
  code: CodeImpact | null;
  stars: StarDistribution;
}

/** Which papers matter, and whether linking code goes with more of it, for the papers a filter keeps. */
export async function impactStatistics(corpusId: string, filter: PaperFilter): Promise<ImpactStatistics> {
  const summary = await impactSummary(corpusId, filter);
  const cited = summary.citations.known > 0;
  const upvoted = summary.upvotes.known > 0;
  const metric: ImpactMetric | null = cited ? 'citations' : upvoted ? 'upvotes' : null;
  const codeMetric: ImpactMetric | null = upvoted ? 'upvotes' : cited ? 'citations' : null;
  const [top, byYear, hAuthors, hSources, code, stars] = await Promise.all([
    metric ? mostCited(corpusId, filter, metric) : [],
    cited ? citationsByYear(corpusId, filter) : [],
    cited ? hIndexBy(corpusId, filter, 'author') : [],
    cited ? hIndexBy(corpusId, filter, 'source') : [],
    codeMetric ? codeImpactValues(corpusId, filter, codeMetric, summary) : null,
    starDistribution(corpusId, filter),
  ]);
  return { summary, metric, top, byYear, hAuthors, hSources, code, stars };
}
