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
      await connection.run("INSERT OR REPLACE INTO corpus_state (corpus_id, terms) VALUES ($1, 'tagging')", [
        String(corpusId),
      ]);
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
 * Numbers the authors of corpora stored before authors were ranked most papers first, and stores their names and
 * authorships in that order (as `appendAuthors` does at import), once per corpus, each in one transaction. Every
 * count stays the same: only the numbers change.
 */
export async function rankAuthors(connection: DuckDBConnection): Promise<void> {
  const pending = await connection.runAndReadAll(
    'SELECT id FROM corpora WHERE id NOT IN (SELECT corpus_id FROM ranked_authors) ORDER BY id',
  );
  for (const [corpusId] of pending.getRows()) {
    const id = String(corpusId);
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run(
        `CREATE OR REPLACE TEMP TABLE author_ranks AS
        SELECT n.author AS old, (row_number() OVER (ORDER BY count(a.ord) DESC, n.author) - 1)::INTEGER AS new
        FROM author_names n LEFT JOIN paper_authors a ON a.corpus_id = n.corpus_id AND a.author = n.author
        WHERE n.corpus_id = $1
        GROUP BY n.author`,
        [id],
      );
      for (const [table, columns, order] of [
        ['author_names', 'corpus_id, r.new, author_key, name', 'r.new'],
        ['paper_authors', 'corpus_id, ord, r.new', 'r.new, ord'],
      ] as const) {
        await connection.run(
          `CREATE OR REPLACE TEMP TABLE renumbered AS
          SELECT ${columns} FROM ${table} JOIN author_ranks r ON r.old = author WHERE corpus_id = $1 ORDER BY ${order}`,
          [id],
        );
        await connection.run(`DELETE FROM ${table} WHERE corpus_id = $1`, [id]);
        await connection.run(`INSERT INTO ${table} SELECT * FROM renumbered`);
      }
      await connection.run(
        `UPDATE paper_affiliations SET author = r.new FROM author_ranks r
        WHERE paper_affiliations.corpus_id = $1 AND paper_affiliations.author = r.old`,
        [id],
      );
      await connection.run('INSERT INTO ranked_authors VALUES ($1)', [id]);
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }
  await connection.run('DROP TABLE IF EXISTS author_ranks; DROP TABLE IF EXISTS renumbered');
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
