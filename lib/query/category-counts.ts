import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface CategoryYearCount {
  /** The primary arXiv category (the first listed). */
  category: string;
  /** `null` for undated papers. */
  year: string | null;
  papers: number;
}

export interface CategoryCounts {
  rows: CategoryYearCount[];
  /** Kept papers without a category. */
  unknown: number;
}

/** Kept papers by primary arXiv category and year: top categories and their trend are read from these. */
export async function categoryCounts(corpusId: string, filter: PaperFilter): Promise<CategoryCounts> {
  const uncategorised = await keptWithout(corpusId, filter, ['category']);
  if (uncategorised !== null) return { rows: [], unknown: uncategorised };
  const rows = await queryRows<{ category: string | null; year: string | null; papers: number }>(sql`
    select case when len(p.categories) > 0 then p.categories[1] end as category,
      left(p.date, 4) as "year",
      count(*)::INTEGER as papers
    from papers p
    where ${filterWhere(corpusId, filter)}
    group by all
    order by all`);
  return {
    rows: rows.filter((r): r is CategoryYearCount => r.category !== null),
    unknown: rows.filter((r) => r.category === null).reduce((sum, r) => sum + r.papers, 0),
  };
}
