import 'server-only';
import {
  type CodeImpact,
  type CodeValueCount,
  codeImpact,
  type ImpactMetric,
} from '@/lib/analyze/code-impact';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { METRIC_COLUMNS } from '@/lib/query/most-cited';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { raw, sql } from '@/lib/store/sql';

/**
 * Papers that link a repository against those that do not, on upvotes or citations: the papers of each value are
 * counted per group in SQL (a few hundred distinct values at most), medians, intervals and the rank test in JS.
 */
export async function codeImpactValues(
  corpusId: string,
  filter: PaperFilter,
  metric: ImpactMetric,
): Promise<CodeImpact> {
  const column = raw(METRIC_COLUMNS[metric]);
  const [values, [coverage]] = await Promise.all([
    queryRows<CodeValueCount>(sql`
      select ${column}::DOUBLE as value,
        count(*) filter (where p.code_status = 'linked')::INTEGER as linked,
        count(*) filter (where p.code_status = 'none')::INTEGER as none
      from papers p
      where ${filterWhere(corpusId, filter)} and ${column} is not null and p.code_status <> 'unknown'
      group by all`),
    queryRows<{ unknownCode: number; unknownMetric: number }>(sql`
      select count(*) filter (where ${column} is not null and p.code_status = 'unknown')::INTEGER as "unknownCode",
        count(*) filter (where ${column} is null)::INTEGER as "unknownMetric"
      from papers p
      where ${filterWhere(corpusId, filter)}`),
  ]);
  return codeImpact(values, {
    metric,
    unknownCode: coverage?.unknownCode ?? 0,
    unknownMetric: coverage?.unknownMetric ?? 0,
  });
}
