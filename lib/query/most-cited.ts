import 'server-only';
import type { ImpactMetric } from '@/lib/analyze/code-impact';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { raw, sql } from '@/lib/store/sql';

export interface CitedPaper {
  id: string;
  title: string;
  year: string | null;
  venue: string | null;
  /** Citations or upvotes. */
  value: number;
}

/** Columns of each metric, chosen from this fixed list, never from input. */
export const METRIC_COLUMNS: Record<ImpactMetric, string> = {
  citations: 'p.citations',
  upvotes: 'p.upvotes',
};

/** The papers a filter keeps with the most citations (or upvotes); ties in the table's title order. */
export function mostCited(
  corpusId: string,
  filter: PaperFilter,
  metric: ImpactMetric,
  { limit = 10 } = {},
): Promise<CitedPaper[]> {
  const column = raw(METRIC_COLUMNS[metric]);
  return queryRows<CitedPaper>(sql`
    select p.id, p.title, left(p.date, 4) as "year", p.venue, ${column} as value
    from papers p
    where ${filterWhere(corpusId, filter)} and ${column} is not null
    order by value desc, p.title_rank, p.ord
    limit ${limit}`);
}
