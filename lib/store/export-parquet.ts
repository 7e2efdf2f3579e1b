import 'server-only';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { TERMS_VERSION } from '@/lib/query/paper-filter';
import { execute, withReader } from '@/lib/store/database';
import { raw, type Sql, sql } from '@/lib/store/sql';

/** A corpus's rows of each table the queries read: what another SQL engine needs to run them. */
export const EXPORTED_TABLES: Record<string, (corpusId: string) => Sql> = {
  corpora: (id) => sql`select * from corpora where id = ${id}`,
  papers: (id) => sql`select * from papers where corpus_id = ${id} order by ord`,
  paper_authors: (id) => sql`select * from paper_authors where corpus_id = ${id} order by ord`,
  author_names: (id) => sql`select * from author_names where corpus_id = ${id}`,
  paper_affiliations: (id) => sql`select * from paper_affiliations where corpus_id = ${id} order by ord, pos`,
  text_terms: (id) => sql`select * from text_terms
    where version = ${TERMS_VERSION}
      and text_hash in (select text_hash from papers where corpus_id = ${id})
    order by text_hash, pos`,
  term_rules: (id) => sql`select * from term_rules where corpus_id = ${id}`,
  corpus_terms: (id) => sql`select * from corpus_terms where corpus_id = ${id} order by text_id, pos`,
  term_keys: (id) => sql`select * from term_keys
    where key_id in (select key_id from corpus_terms where corpus_id = ${id})
    order by key_id`,
  term_relevance: (id) => sql`select * from term_relevance where corpus_id = ${id} order by key_id`,
  paper_top_terms: (id) => sql`select * from paper_top_terms where corpus_id = ${id}`,
  search_words: (id) => sql`select * from search_words where corpus_id = ${id} order by word_id`,
  text_words: (id) => sql`select * from text_words where corpus_id = ${id} order by word_id, text_id`,
};

/** Writes each table of a corpus as `<table>.parquet` (zstd) into `dir`; returns the files written. */
export async function exportCorpusTables(corpusId: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return withReader(async (connection) => {
    const files: string[] = [];
    for (const [table, query] of Object.entries(EXPORTED_TABLES)) {
      const file = path.join(dir, `${table}.parquet`);
      // COPY takes no bound file name: the path is ours (a fixed table name in a folder we chose), quoted.
      const target = raw(`'${file.replaceAll("'", "''")}'`);
      await execute(
        connection,
        sql`copy (${query(corpusId)}) to ${target} (format parquet, compression zstd)`,
      );
      files.push(file);
    }
    return files;
  });
}

/** The corpus's tables as Parquet files in one zip (stored, not compressed again: Parquet is compressed). */
export async function corpusTablesZip(corpusId: string): Promise<Uint8Array> {
  const dir = await mkdtemp(path.join(tmpdir(), 'paperscope-export-'));
  try {
    const files = await exportCorpusTables(corpusId, dir);
    const entries: Record<string, Uint8Array> = {};
    for (const file of files) entries[path.basename(file)] = await readFile(file);
    return zipSync(entries, { level: 0 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
