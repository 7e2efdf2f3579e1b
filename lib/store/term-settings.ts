import 'server-only';
import { getConnection, inTransaction } from '@/lib/store/database';

/** A corpus's own edits to its terms, applied at aggregation: changing them never re-tags. */
export interface TermSettings {
  /** Keys to leave out, on top of the default stop-terms. */
  stopTerms: string[];
  /** Merges: a key and the key it becomes. */
  merges: { from: string; to: string }[];
}

export const NO_TERM_SETTINGS: TermSettings = { stopTerms: [], merges: [] };

export async function getTermSettings(corpusId: string): Promise<TermSettings> {
  const connection = await getConnection();
  const reader = await connection.runAndReadAll('SELECT data FROM term_settings WHERE corpus_id = $1', [
    corpusId,
  ]);
  const data = reader.getColumnsJS()[0]?.[0];
  return data ? (JSON.parse(String(data)) as TermSettings) : NO_TERM_SETTINGS;
}

export async function setTermSettings(corpusId: string, settings: TermSettings): Promise<void> {
  await inTransaction(async (connection) => {
    await connection.run('DELETE FROM term_settings WHERE corpus_id = $1', [corpusId]);
    await connection.run('INSERT INTO term_settings VALUES ($1, $2)', [corpusId, JSON.stringify(settings)]);
  });
}
