import 'server-only';
import type { DuckDBConnection } from '@duckdb/node-api';
import { termsUnderRules } from '@/lib/query/paper-filter';
import { execute, inTransaction, type Sql, sql } from '@/lib/store/database';

/**
 * Adds the terms of the given texts (a query with a `text_hash` column) as the corpus sees them, for texts that
 * have none there yet: the statistics then read them without applying the rules again.
 */
export function appendCorpusTerms(
  connection: DuckDBConnection,
  corpusId: string,
  texts: Sql,
): Promise<number> {
  return execute(
    connection,
    sql`insert into corpus_terms
      select ${corpusId}, m.*
      from (${termsUnderRules(
        corpusId,
        sql`select text_hash from (${texts})
          where text_hash not in (select text_hash from corpus_terms where corpus_id = ${corpusId})`,
      )}) m`,
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
