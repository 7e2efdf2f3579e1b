import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { HIndexRow } from '@/lib/analyze/impact-takeaways';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { type Sql, sql } from '@/lib/store/sql';

export interface HIndexOf extends HIndexRow {
  key: string;
}

/** Each kept paper with a citation count, once for each of its authors (by number) or for its source. */
function members(corpusId: string, filter: PaperFilter, by: 'author' | 'source'): Sql {
  return by === 'author'
    ? sql`select a.author as k, p.citations
        from papers p
        join paper_authors a on a.corpus_id = p.corpus_id and a.ord = p.ord
        where ${filterWhere(corpusId, filter)} and p.citations is not null`
    : sql`select p.venue as k, p.citations
        from papers p
        where ${filterWhere(corpusId, filter)} and p.citations is not null and trim(p.venue) <> ''`;
}

/** The name and key an author (matched across spellings) or a source is shown with: authors' names are read last. */
function named(corpusId: string, by: 'author' | 'source'): Sql {
  return by === 'author'
    ? sql`select n.author_key as key, n.name, h.h, h.papers, h.citations
        from h join author_names n on n.corpus_id = ${corpusId} and n.author = h.k`
    : sql`select h.k as key, h.k as name, h.h, h.papers, h.citations from h`;
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
      select k, citations, row_number() over (partition by k order by citations desc) as r
      from cited
    ),
    h as (
      select k,
        coalesce(max(r) filter (where citations >= r), 0)::INTEGER as h,
        count(*)::INTEGER as papers,
        sum(citations)::DOUBLE as citations
      from ranked
      group by k
    )
    select key, name, h, papers, citations
    from (${named(corpusId, by)})
    order by h desc, citations desc, name, key
    limit ${limit}`);
}
