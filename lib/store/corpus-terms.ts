import 'server-only';
import type { DuckDBConnection } from '@duckdb/node-api';
import { termsUnderRules } from '@/lib/query/paper-filter';
import { execute, inTransaction, type Sql, sql } from '@/lib/store/database';

/**
 * Adds the terms of the given texts (a query with a `text_hash` column) as the corpus sees them, under the
 * text's number in the corpus, for texts that have none there yet: statistics then read them without applying
 * the rules again.
 */
export function appendCorpusTerms(
  connection: DuckDBConnection,
  corpusId: string,
  texts: Sql,
): Promise<number> {
  return execute(
    connection,
    sql`insert into corpus_terms
      with ids as (
        select distinct text_hash, text_id from papers
        where corpus_id = ${corpusId}
          and text_hash in (select text_hash from (${texts}))
          and text_id not in (select text_id from corpus_terms where corpus_id = ${corpusId})
      )
      select ${corpusId}, i.text_id, m.key, m.label, m.pos, m.count, m.first, m.words, m.key_words
      from (${termsUnderRules(corpusId, sql`select text_hash from ids`)}) m
      join ids i using (text_hash)`,
  );
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
