import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { HIndexRow } from '@/lib/analyze/impact-takeaways';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { type Sql, sql } from '@/lib/store/sql';

export interface HIndexOf extends HIndexRow {
  key: string;
}

/** Each kept paper with a citation count, once for each author (matched across spellings) or for its source. */
function members(corpusId: string, filter: PaperFilter, by: 'author' | 'source'): Sql {
  return by === 'author'
    ? sql`select n.author_key as key, n.name, p.citations
        from papers p
        join paper_authors a on a.corpus_id = p.corpus_id and a.ord = p.ord
        join author_names n on n.corpus_id = a.corpus_id and n.author = a.author
        where ${filterWhere(corpusId, filter)} and p.citations is not null`
    : sql`select p.venue as key, p.venue as name, p.citations
        from papers p
        where ${filterWhere(corpusId, filter)} and p.citations is not null and trim(p.venue) <> ''`;
}

/**
 * The authors or sources with the highest h-index over the kept papers with a citation count, as bibliometrix's
 * `Hindex`: per author (or source), the largest rank r whose paper has at least r citations. Ties by citations.
 */
export function hIndexBy(
  corpusId: string,
  filter: PaperFilter,
  by: 'author' | 'source',
  { limit = 10 } = {},
): Promise<HIndexOf[]> {
  return queryRows<HIndexOf>(sql`
    with cited as (${members(corpusId, filter, by)}),
    ranked as (
      select key, name, citations, row_number() over (partition by key order by citations desc) as r
      from cited
    )
    select key, any_value(name) as name,
      coalesce(max(r) filter (where citations >= r), 0)::INTEGER as h,
      count(*)::INTEGER as papers,
      sum(citations)::DOUBLE as citations
    from ranked
    group by key
    order by h desc, citations desc, name, key
    limit ${limit}`);
}
