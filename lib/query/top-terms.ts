import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { TermCount } from '@/lib/analyze/top-terms';
import { keptTexts, mappedTerms } from '@/lib/query/paper-filter';
import { queryRows, sql } from '@/lib/store/database';
import { type Sql, textList } from '@/lib/store/sql';

/**
 * The label each key is shown with among the kept papers: the one the most papers give it, on a tie the one
 * seen first in import order.
 */
const labelled = (terms: Sql) => sql`
  select t.key, first(t.label order by t.papers desc, t.first_ord) as label
  from (
    select t.key, t.label, sum(k.n) as papers, min(k.first_ord) as first_ord
    from ${terms} t join kept k using (text_hash)
    group by all
  ) t
  group by t.key`;

/**
 * The most frequent terms of the papers a filter keeps, by the number of papers that mention them (after
 * stop-terms and merges); ties by key, so the order never flickers. Only terms of `minWords` words or more.
 */
export function topTermsQuery(
  corpusId: string,
  filter: PaperFilter,
  { limit = 25, minWords = 2 }: { limit?: number; minWords?: number } = {},
): Sql {
  return sql`
    with kept as (${keptTexts(corpusId, filter)}),
    terms as (${mappedTerms(corpusId, sql`select text_hash from kept`)}),
    counted as (
      select t.key, sum(k.n)::INTEGER as papers
      from terms t join kept k using (text_hash)
      where t.key_words >= ${minWords}
      group by t.key
      order by papers desc, t.key
      limit ${limit}
    ),
    labels as (${labelled(sql`(select * from terms where key in (select key from counted))`)}),
    total as (select sum(n) as papers from kept)
    select c.key, l.label, c.papers, c.papers / t.papers as share
    from counted c join labels l using (key), total t
    order by c.papers desc, c.key`;
}

export function topTerms(
  corpusId: string,
  filter: PaperFilter,
  options: { limit?: number; minWords?: number } = {},
): Promise<TermCount[]> {
  return queryRows<TermCount>(topTermsQuery(corpusId, filter, options));
}

/** Papers the filter keeps that mention each of `keys`, in the order given, with their labels. */
export async function termCounts(
  corpusId: string,
  filter: PaperFilter,
  keys: readonly string[],
): Promise<{ key: string; label: string; papers: number }[]> {
  if (keys.length === 0) return [];
  const rows = await queryRows<{ key: string; label: string; papers: number }>(sql`
    with kept as (${keptTexts(corpusId, filter)}),
    terms as (
      select * from (${mappedTerms(corpusId, sql`select text_hash from kept`)})
      where key in (select unnest(${textList(keys)}::VARCHAR[]))
    ),
    counted as (select t.key, sum(k.n)::INTEGER as papers from terms t join kept k using (text_hash) group by t.key),
    labels as (${labelled(sql`terms`)})
    select c.key, l.label, c.papers from counted c join labels l using (key)`);
  const found = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => found.get(key) ?? { key, label: key, papers: 0 });
}
