import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { NamedYearCount } from '@/lib/analyze/yearly-series';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

/** Dated papers per year of the sources with most papers (biblioshiny's "Sources' Production over Time"). */
export async function sourceProduction(
  corpusId: string,
  filter: PaperFilter,
  { limit = 5 } = {},
): Promise<NamedYearCount[]> {
  if ((await keptWithout(corpusId, filter, ['venue'])) !== null) return [];
  return queryRows<NamedYearCount>(sql`
    with kept as (
      select trim(p.venue) as name, left(p.date, 4) as "year"
      from papers p
      where ${filterWhere(corpusId, filter)} and trim(p.venue) <> '' and p.date is not null
    ),
    top as (
      select name, count(*) as n
      from kept
      group by name
      order by n desc, name
      limit ${limit}
    )
    select k.name, k."year", count(*)::INTEGER as papers
    from kept k
    join top t on t.name = k.name
    group by all
    order by all`);
}
