import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { minWordsOf, type TermCount, type TermRanking } from '@/lib/analyze/top-terms';
import { keptTerms, keptTexts } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import type { Sql } from '@/lib/store/sql';
import { sql } from '@/lib/store/sql';

export interface TopTermsQueryOptions {
  limit?: number;
  /** By relevance (papers × the term's weight in the corpus), or by papers alone. */
  ranking?: TermRanking;
  /** Fewest words a term needs; by default 1 under relevance, 2 by frequency. */
  minWords?: number;
}

/**
 * The top terms of the papers a filter keeps (after stop-terms and merges), as `topTerms` ranks them: by relevance,
 * the papers that mention a term times its weight in the whole corpus (`term_relevance`), or by those papers alone;
 * ties by papers then key, so the order never flickers. Each is shown with the label the most of those papers give
 * it, on a tie the one seen first in import order.
 */
export function topTermsQuery(
  corpusId: string,
  filter: PaperFilter,
  { limit = 25, ranking = 'relevance', minWords = minWordsOf(ranking) }: TopTermsQueryOptions = {},
): Sql {
  const relevance = ranking === 'relevance';
  const weighted = relevance
    ? sql`left join term_relevance r on r.corpus_id = ${corpusId} and r.key_id = c.key_id`
    : sql``;
  return sql`
    with kept as (${keptTexts(corpusId, filter)}),
    counts as (
      select t.key_id, sum(k.n)::INTEGER as papers
      from ${keptTerms(corpusId)}
      where t.key_words >= ${minWords}
      group by t.key_id
    ),
    counted as (
      select k.key, c.key_id, c.papers, ${relevance ? sql`c.papers * coalesce(r.weight, 0)` : sql`c.papers`} as score
      from counts c join term_keys k using (key_id) ${weighted}
      order by score desc, c.papers desc, k.key
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
    order by c.score desc, c.papers desc, c.key`;
}

export function topTerms(
  corpusId: string,
  filter: PaperFilter,
  options: TopTermsQueryOptions = {},
): Promise<TermCount[]> {
  return queryRows<TermCount>(topTermsQuery(corpusId, filter, options));
}
