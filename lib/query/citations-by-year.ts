import 'server-only';
import type { YearCitations } from '@/lib/analyze/citations-per-year';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

/** Dated papers by publication year: how many, how many with a citation count, and their citations. */
export function citationsByYear(corpusId: string, filter: PaperFilter): Promise<YearCitations[]> {
  return queryRows<YearCitations>(sql`
    select left(p.date, 4)::INTEGER as "year",
      count(*)::INTEGER as papers,
      count(p.citations)::INTEGER as known,
      coalesce(sum(p.citations), 0)::DOUBLE as citations
    from papers p
    where ${filterWhere(corpusId, filter)} and p.date is not null
    group by all
    order by "year"`);
}
