import 'server-only';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

/** The name an author (by matched key) is shown with in a corpus; null when the corpus has no such author. */
export async function authorName(corpusId: string, key: string): Promise<string | null> {
  const [row] = await queryRows<{ name: string }>(
    sql`select name from author_names where corpus_id = ${corpusId} and author_key = ${key} limit 1`,
  );
  return row?.name ?? null;
}
