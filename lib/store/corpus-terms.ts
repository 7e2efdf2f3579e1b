import 'server-only';
import type { DuckDBConnection } from '@duckdb/node-api';
import { termsUnderRules } from '@/lib/query/paper-filter';
import { execute, inTransaction } from '@/lib/store/database';
import { type Sql, sql } from '@/lib/store/sql';

/**
 * Adds the terms of the given texts (a query with a `text_hash` column) as the corpus sees them, under the
 * text's number in the corpus and the key's number, for texts that have none there yet: statistics then read
 * them without applying the rules again. A batch just tagged passes its own terms (`temp.batch_terms`), which
 * no other row of the corpus can hold yet: nothing else is read.
 */
export async function appendCorpusTerms(
  connection: DuckDBConnection,
  corpusId: string,
  texts: Sql,
  { batch = false } = {},
): Promise<void> {
  const mapped = sql`
    with ids as (
      select distinct text_hash, text_id from papers
      where corpus_id = ${corpusId}
        and text_hash in (select text_hash from (${texts}))
        ${batch ? sql`` : sql`and text_id not in (select text_id from corpus_terms where corpus_id = ${corpusId})`}
    )
    select i.text_id, m.*
    from (${termsUnderRules(corpusId, sql`select text_hash from ids`, batch ? 'batch_terms' : 'text_terms')}) m
    join ids i using (text_hash)`;
  // Mapped once for the two inserts below: each would otherwise apply the rules and find the texts again.
  await execute(connection, sql`create or replace temp table mapped_terms as ${mapped}`);
  // Writes run one at a time (the store's write queue), so numbering new keys after the highest is safe.
  await execute(
    connection,
    sql`insert into term_keys
      select (select coalesce(max(key_id), 0) from term_keys) + row_number() over (order by key), key
      from (select distinct m.key from temp.mapped_terms m anti join term_keys k on k.key = m.key)`,
  );
  await execute(
    connection,
    sql`insert into corpus_terms
      select ${corpusId}, m.text_id, k.key_id, m.label, m.pos, m.count, m.first, m.words, m.key_words
      from temp.mapped_terms m join term_keys k using (key)`,
  );
  await connection.run('DROP TABLE temp.mapped_terms');
}

/** Builds a corpus's terms again from the stored extractions: after its stop-terms or merges changed. */
export async function rebuildCorpusTerms(corpusId: string): Promise<void> {
  await inTransaction(async (connection) => {
    await execute(connection, sql`delete from corpus_terms where corpus_id = ${corpusId}`);
    await appendCorpusTerms(
      connection,
      corpusId,
      sql`select distinct text_hash from papers where corpus_id = ${corpusId}`,
    );
  });
}
