import 'server-only';
import { gzipSync } from 'node:zlib';
import { blobValue, type DuckDBConnection } from '@duckdb/node-api';
import type { Paper } from '@/lib/model';
import { appendPapers, appendTextTerms, nullableRanks } from '@/lib/store/paper-tables';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';

/**
 * Moves a database of the first layout (each paper one JSON document, terms cached as JSON) into the paper
 * tables, in one transaction: every corpus keeps its papers in order, cached terms become term rows, and the
 * tagging queue finishes the rest. Nothing the user imported is dropped.
 */
export async function migrateLegacy(connection: DuckDBConnection): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const corpora = await connection.runAndReadAll('SELECT DISTINCT corpus_id FROM papers_v1');
    for (const [corpusId] of corpora.getRows()) {
      const rows = await connection.runAndReadAll(
        'SELECT data FROM papers_v1 WHERE corpus_id = $1 ORDER BY ord',
        [String(corpusId)],
      );
      const papers = rows.getRows().map(([data]) => JSON.parse(String(data)) as Paper);
      await appendPapers(connection, String(corpusId), papers);
      await connection.run("INSERT OR REPLACE INTO corpus_state VALUES ($1, 'tagging')", [String(corpusId)]);
    }
    await connection.run('DROP TABLE papers_v1');
    // Uploads are kept compressed now.
    const uploads = await connection.runAndReadAll('SELECT corpus_id, ord, bytes FROM uploads');
    for (const [corpusId, ord, bytes] of uploads.getRowsJS()) {
      await connection.run('UPDATE uploads SET bytes = $1 WHERE corpus_id = $2 AND ord = $3', [
        blobValue(gzipSync(bytes as Uint8Array)),
        String(corpusId),
        Number(ord),
      ]);
    }
    const cache = await connection.runAndReadAll(
      "SELECT table_name FROM information_schema.tables WHERE table_name = 'term_cache'",
    );
    if (cache.getRows().length > 0) {
      const cached = await connection.runAndReadAll('SELECT text_hash, terms FROM term_cache');
      const byVersion = new Map<string, Map<string, ExtractedTerm[]>>();
      for (const [key, terms] of cached.getRows()) {
        const [version = '', hash = ''] = String(key).split(':');
        const texts = byVersion.get(version) ?? new Map<string, ExtractedTerm[]>();
        texts.set(hash, JSON.parse(String(terms)) as ExtractedTerm[]);
        byVersion.set(version, texts);
      }
      for (const [version, texts] of byVersion) await appendTextTerms(connection, version, texts);
      await connection.run('DROP TABLE term_cache');
    }
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}

/**
 * Gives the papers of corpora stored before venues were ranked their place in the table's venue order, once: a
 * corpus is ranked whole when any of its venues lacks a place.
 */
export async function rankVenues(connection: DuckDBConnection): Promise<void> {
  const pending = await connection.runAndReadAll(
    'SELECT DISTINCT corpus_id FROM papers WHERE venue IS NOT NULL AND venue_rank IS NULL',
  );
  for (const [corpusId] of pending.getRows()) {
    const rows = await connection.runAndReadAll(
      'SELECT ord, venue FROM papers WHERE corpus_id = $1 ORDER BY ord',
      [String(corpusId)],
    );
    const papers = rows
      .getRows()
      .map(([ord, venue]) => ({ ord: Number(ord), venue: venue as string | null }));
    const ranks = nullableRanks(papers.map((p) => p.venue));
    await connection.run('CREATE OR REPLACE TEMP TABLE venue_ranks (ord INTEGER, venue_rank INTEGER)');
    const appender = await connection.createAppender('venue_ranks', 'main', 'temp');
    papers.forEach(({ ord }, i) => {
      appender.appendInteger(ord);
      const rank = ranks[i];
      if (rank === null || rank === undefined) appender.appendNull();
      else appender.appendInteger(rank);
      appender.endRow();
    });
    appender.closeSync();
    await connection.run(
      `UPDATE papers SET venue_rank = r.venue_rank FROM temp.venue_ranks r
        WHERE papers.corpus_id = $1 AND papers.ord = r.ord`,
      [String(corpusId)],
    );
    await connection.run('DROP TABLE temp.venue_ranks');
  }
}
