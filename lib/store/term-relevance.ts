import 'server-only';
import {
  COUNTED_REPEATS,
  DEFINING_PAPERS,
  RELEVANCE_CANDIDATES,
  relevanceWeights,
  type TermConcentration,
} from '@/lib/analyze/term-relevance';
import { execute, inTransaction, queryRows } from '@/lib/store/database';
import { raw, sql } from '@/lib/store/sql';
import { WRITTEN_AS_NAME } from '@/lib/terms/rank-terms';

/**
 * Each term of a corpus with its papers, occurrences and co-occurrence concentration (see `TermConcentration`),
 * counted over `corpus_terms`: papers sharing a text count each. Co-occurrences are counted between the
 * candidates only, the terms in the most papers, so the pairs stay corpus-sized and never term-squared.
 */
function concentrationQuery(corpusId: string) {
  return sql`
    with texts as (
      select text_id, count(*) as n from papers where corpus_id = ${corpusId} group by text_id
    ),
    terms as (
      select t.text_id, t.key_id, t.count, t.label, x.n
      from corpus_terms t join texts x using (text_id)
      where t.corpus_id = ${corpusId}
    ),
    totals as (
      select key_id, sum(n)::INTEGER as papers, sum(least(count, ${raw(String(COUNTED_REPEATS))}) * n)::INTEGER as occurrences,
        coalesce(sum(n) filter (where regexp_matches(label, ${WRITTEN_AS_NAME.source})), 0) * 2 >= sum(n)
          as written,
        -- A label that shows an acronym (showsAcronym), as the acronym merges read it.
        coalesce(sum(n) filter (where label like '%)'), 0) >= ${raw(String(DEFINING_PAPERS))} as defined
      from terms
      group by key_id
    ),
    candidates as (
      select t.key_id
      from totals t join term_keys k using (key_id)
      where t.papers >= 2
      order by t.papers desc, k.key
      limit ${raw(String(RELEVANCE_CANDIDATES))}
    ),
    chosen as (select * from terms where key_id in (select key_id from candidates)),
    pairs as (
      select a.key_id as a, b.key_id as b, sum(a.n) as together
      from chosen a join chosen b on a.text_id = b.text_id and a.key_id <> b.key_id
      group by all
    ),
    mass as (select a, sum(together) as mass from pairs group by a),
    overall as (select sum(mass) as mass from mass),
    divergence as (
      select p.a as key_id,
        round(sum(p.together / x.mass * ln((p.together / x.mass) / (y.mass / o.mass))), 9) as concentration
      from pairs p join mass x on x.a = p.a join mass y on y.a = p.b, overall o
      group by p.a
    )
    select t.key_id as "keyId", k.key, t.papers, t.occurrences, t.written, t.defined,
      case when t.key_id in (select key_id from candidates) then coalesce(d.concentration, 0) end as concentration
    from totals t
    join term_keys k using (key_id)
    left join divergence d using (key_id)`;
}

/**
 * Stores each term's weight in the corpus's relevance ranking (`relevanceWeights`): built when tagging finishes
 * and when the term settings change, read by the top-terms query under any filter.
 */
export async function refreshTermRelevance(corpusId: string): Promise<void> {
  const rows = await queryRows<TermConcentration & { keyId: number }>(concentrationQuery(corpusId));
  const weights = relevanceWeights(rows);
  await inTransaction(async (connection) => {
    await execute(connection, sql`delete from term_relevance where corpus_id = ${corpusId}`);
    const appender = await connection.createAppender('term_relevance');
    for (const { key, keyId } of rows) {
      appender.appendVarchar(corpusId);
      appender.appendInteger(keyId);
      appender.appendDouble(weights.get(key) ?? 0);
      appender.endRow();
    }
    appender.closeSync();
  });
}
