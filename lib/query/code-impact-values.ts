import 'server-only';
import {
  type CodeImpact,
  type CodeValueCount,
  codeImpact,
  type ImpactMetric,
} from '@/lib/analyze/code-impact';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { ImpactSummary } from '@/lib/query/impact-summary';
import { METRIC_COLUMNS } from '@/lib/query/most-cited';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { raw, sql } from '@/lib/store/sql';

/**
 * Papers that link a repository against those that do not, on upvotes or citations: the papers of each value are
 * counted per group in SQL (a few hundred distinct values at most), medians, intervals and the rank test in JS.
 * The papers left out (no count, or no known code status) come from the impact summary of the same filter.
 */
export async function codeImpactValues(
  corpusId: string,
  filter: PaperFilter,
  metric: ImpactMetric,
  summary: ImpactSummary,
): Promise<CodeImpact> {
  const column = raw(METRIC_COLUMNS[metric]);
  const values = await queryRows<CodeValueCount>(sql`
    select ${column}::DOUBLE as value,
      count(*) filter (where p.code_status = 'linked')::INTEGER as linked,
      count(*) filter (where p.code_status = 'none')::INTEGER as none
    from papers p
    where ${filterWhere(corpusId, filter)} and ${column} is not null and p.code_status <> 'unknown'
    group by all`);
  return codeImpact(values, {
    metric,
    unknownCode: summary.codeUnknown[metric],
    unknownMetric: summary[metric].unknown,
  });
}
