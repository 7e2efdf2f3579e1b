import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { TermCount } from '@/lib/analyze/top-terms';
import { keptTerms, keptTexts } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import type { Sql } from '@/lib/store/sql';
import { sql } from '@/lib/store/sql';

/**
 * The most frequent terms of the papers a filter keeps, by the number of papers that mention them (after
 * stop-terms and merges); ties by key, so the order never flickers. Only terms of `minWords` words or more. Each
 * is shown with the label the most of those papers give it, on a tie the one seen first in import order.
 */
export function topTermsQuery(
  corpusId: string,
  filter: PaperFilter,
  { limit = 25, minWords = 2 }: { limit?: number; minWords?: number } = {},
): Sql {
  return sql`
    with kept as (${keptTexts(corpusId, filter)}),
    counts as (
      select t.key_id, sum(k.n)::INTEGER as papers
      from ${keptTerms(corpusId)}
      where t.key_words >= ${minWords}
      group by t.key_id
    ),
    counted as (
      select k.key, c.key_id, c.papers
      from counts c join term_keys k using (key_id)
      order by c.papers desc, k.key
      limit ${limit}
    ),
    labels as (
      select key_id, first(label order by papers desc, first_ord) as label
      from (
        select t.key_id, t.label, sum(k.n) as papers, min(k.first_ord) as first_ord
        from ${keptTerms(corpusId)}
        where t.key_id in (select key_id from counted)
        group by all
      )
      group by key_id
    ),
    total as (select sum(n) as papers from kept)
    select c.key, l.label, c.papers, c.papers / t.papers as share
    from counted c join labels l using (key_id), total t
    order by c.papers desc, c.key`;
}

export function topTerms(
  corpusId: string,
  filter: PaperFilter,
  options: { limit?: number; minWords?: number } = {},
): Promise<TermCount[]> {
  return queryRows<TermCount>(topTermsQuery(corpusId, filter, options));
}
