import 'server-only';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip as gzipCallback } from 'node:zlib';
import { blobValue, type DuckDBConnection } from '@duckdb/node-api';
import type { Merge, Paper, Problem } from '@/lib/model';
import { pacer } from '@/lib/pacer';
import { CORPUS_TABLES, inTransaction, queryRows, withReader } from '@/lib/store/database';
import {
  appendAuthors,
  appendPaperRows,
  PAPER_COLUMNS,
  paperOfRecord,
  preparePapers,
} from '@/lib/store/paper-tables';
import { appendSearchIndex } from '@/lib/store/search-index';
import { raw, sql } from '@/lib/store/sql';

export interface CorpusInfo {
  id: string;
  name: string;
  /** ISO timestamp. */
  createdAt: string;
  papers: number;
  /** Duplicate records merged at import. */
  merged: number;
  /** Parser options the import used (format override, page year), to re-run it. */
  options: Record<string, unknown>;
}

export interface Upload {
  name: string;
  format: string | null;
  bytes: Uint8Array;
}

/** An upload whose bytes are read only when stored (a large file imported from disk). */
export interface LazyUpload {
  name: string;
  format: string | null;
  read: () => Promise<Uint8Array>;
}

export interface NewCorpus {
  /** Chosen by the caller only for the shipped corpus; otherwise made here. */
  id?: string;
  name: string;
  uploads: (Upload | LazyUpload)[];
  papers: Paper[];
  problems: Problem[];
  merged: number;
  /** The merges behind `merged`, listed on the corpus page. */
  merges?: Merge[];
  options?: Record<string, unknown>;
}

interface CorpusRow {
  id: string;
  name: string;
  created_at: string;
  paper_count: number;
  merged: number;
  options: string;
}

function toInfo(row: CorpusRow): CorpusInfo {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    papers: row.paper_count,
    merged: row.merged,
    options: JSON.parse(row.options) as Record<string, unknown>,
  };
}

// Compressed on libuv's threads: compressing a 100 MB upload takes up to seconds, and the server answers others meanwhile.
const gzip = promisify(gzipCallback);

const CORPUS_COLUMNS = 'id, name, created_at, paper_count, merged, options';

export async function getCorpora(): Promise<CorpusInfo[]> {
  const rows = await queryRows<CorpusRow>(
    sql`select ${raw(CORPUS_COLUMNS)} from corpora order by created_at, id`,
  );
  return rows.map(toInfo);
}

export async function getCorpus(id: string): Promise<CorpusInfo | null> {
  const [row] = await queryRows<CorpusRow>(sql`select ${raw(CORPUS_COLUMNS)} from corpora where id = ${id}`);
  return row ? toInfo(row) : null;
}

/** The corpus's papers in import order (or those of `ords`): for tests and re-reading, never for statistics. */
export async function getPapers(id: string): Promise<Paper[]> {
  const rows = await queryRows<Parameters<typeof paperOfRecord>[0]>(
    sql`select ${raw(PAPER_COLUMNS)} from papers p where corpus_id = ${id} order by ord`,
  );
  return rows.map(paperOfRecord);
}

export async function getProblems(id: string): Promise<Problem[]> {
  const rows = await queryRows<{ data: string }>(
    sql`select data from problems where corpus_id = ${id} order by ord`,
  );
  return rows.map(({ data }) => JSON.parse(data) as Problem);
}

/** The records merged at import, the two records and why (none listed for corpora imported before they were kept). */
export async function getMerges(id: string): Promise<Merge[]> {
  const rows = await queryRows<{ data: string }>(
    sql`select data from merges where corpus_id = ${id} order by ord`,
  );
  return rows.map(({ data }) => JSON.parse(data) as Merge);
}

/** The original bytes of every file of the corpus, as uploaded (stored compressed). */
export async function getUploads(id: string): Promise<Upload[]> {
  return withReader(async (connection) => {
    const reader = await connection.runAndReadAll(
      'SELECT name, format, bytes FROM uploads WHERE corpus_id = $1 ORDER BY ord',
      [id],
    );
    return (
      reader.getRowObjectsJS() as unknown as { name: string; format: string | null; bytes: Uint8Array }[]
    ).map(({ name, format, bytes }) => ({ name, format, bytes: new Uint8Array(gunzipSync(bytes)) }));
  });
}

// Rows a transaction writes at most: a large corpus is stored in parts, so memory stays bounded.
const PART = 50_000;
// Compressed upload bytes a transaction writes at most: many small files share a commit (one a file cost two
// seconds for the 415 daily files of the Hugging Face dumps), and a large one still has its own.
const UPLOAD_GROUP_BYTES = 32 * 1024 * 1024;

/**
 * Stores a corpus whole: its uploads, papers, authors and problems. Large corpora are written in parts, each its
 * own transaction, and the corpus row comes last, in the same transaction as the last part: until then no query
 * sees the corpus, and rows left by an import cut short are removed when the database next opens. Its terms come
 * after, from the tagging queue: the corpus is usable at once, and the term charts say how far tagging has got.
 */
export async function createCorpus(corpus: NewCorpus): Promise<CorpusInfo> {
  const id = corpus.id ?? `c${randomBytes(5).toString('hex')}`;
  const info: CorpusInfo = {
    id,
    name: corpus.name,
    createdAt: new Date().toISOString(),
    papers: corpus.papers.length,
    merged: corpus.merged,
    options: corpus.options ?? {},
  };
  try {
    const prepared = preparePapers(corpus.papers);
    let group: { ord: number; upload: NewCorpus['uploads'][number]; compressed: Uint8Array }[] = [];
    let groupBytes = 0;
    const storeGroup = async () => {
      const rows = group;
      group = [];
      groupBytes = 0;
      if (rows.length === 0) return;
      await inTransaction(async (connection) => {
        for (const { ord, upload, compressed } of rows) {
          await connection.run('INSERT INTO uploads VALUES ($1, $2, $3, $4, $5)', [
            id,
            ord,
            upload.name,
            upload.format,
            blobValue(compressed),
          ]);
        }
      });
    };
    for (const [ord, upload] of corpus.uploads.entries()) {
      const compressed = await gzip('bytes' in upload ? upload.bytes : await upload.read());
      group.push({ ord, upload, compressed });
      groupBytes += compressed.byteLength;
      if (groupBytes >= UPLOAD_GROUP_BYTES) await storeGroup();
    }
    await storeGroup();
    const total = corpus.papers.length;
    const lastPart = total === 0 ? 0 : Math.floor((total - 1) / PART) * PART;
    for (let from = 0; from < lastPart; from += PART) {
      await inTransaction((connection) => appendPaperRows(connection, id, prepared, from, from + PART));
    }
    await inTransaction((connection) => appendSearchIndex(connection, id, prepared));
    await inTransaction(async (connection) => {
      await appendPaperRows(connection, id, prepared, lastPart, total);
      await appendAuthors(connection, id, prepared);
      await appendJson(connection, 'problems', id, corpus.problems);
      await appendJson(connection, 'merges', id, corpus.merges ?? []);
      await connection.run("INSERT INTO corpus_state (corpus_id, terms) VALUES ($1, 'tagging')", [id]);
      await connection.run(
        'INSERT INTO corpora (id, name, created_at, paper_count, merged, options) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, info.name, info.createdAt, info.papers, info.merged, JSON.stringify(info.options)],
      );
    });
  } catch (error) {
    // The parts already written go now; after a crash, the next open removes them.
    await deleteCorpus(id);
    throw error;
  }
  return info;
}

/** One row a value, as JSON, numbered in order. */
async function appendJson(
  connection: DuckDBConnection,
  table: 'problems' | 'merges',
  id: string,
  values: readonly unknown[],
): Promise<void> {
  const pace = pacer();
  const appender = await connection.createAppender(table);
  for (const [ord, value] of values.entries()) {
    appender.appendVarchar(id);
    appender.appendInteger(ord);
    appender.appendVarchar(JSON.stringify(value));
    appender.endRow();
    if (pace.due()) await pace.pause();
  }
  appender.closeSync();
}

export async function renameCorpus(id: string, name: string): Promise<boolean> {
  return inTransaction(async (connection) => {
    const result = await connection.run('UPDATE corpora SET name = $1 WHERE id = $2', [name, id]);
    return result.rowsChanged > 0;
  });
}

/** Removes every row of a corpus, and the corpus; false when there was none. */
export async function deleteCorpus(id: string): Promise<boolean> {
  return inTransaction(async (connection) => {
    for (const table of CORPUS_TABLES) {
      await connection.run(`DELETE FROM ${table} WHERE corpus_id = $1`, [id]);
    }
    const result = await connection.run('DELETE FROM corpora WHERE id = $1', [id]);
    return result.rowsChanged > 0;
  });
}
