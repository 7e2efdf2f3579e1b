import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { migrateLegacy, rankAuthors, rankVenues } from '@/lib/store/migrate-legacy';
import type { Sql } from '@/lib/store/sql';

// Papers, their authors and their extracted terms in normalised tables, so every statistic is a query.
// Terms belong to a text (keyed by the extractor version and a hash of title and abstract), not to a corpus:
// the same text is tagged once, whichever corpus holds it.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS corpora (
  id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  created_at VARCHAR NOT NULL,
  paper_count INTEGER NOT NULL,
  merged INTEGER NOT NULL,
  options VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS uploads (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  format VARCHAR,
  bytes BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS papers (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  id VARCHAR NOT NULL,
  text_hash VARCHAR NOT NULL,
  -- The text's number within the corpus (papers with the same title and abstract share it): terms join on it.
  text_id INTEGER NOT NULL,
  title VARCHAR NOT NULL,
  abstract VARCHAR NOT NULL,
  authors VARCHAR[] NOT NULL,
  author_count INTEGER,
  organisation VARCHAR,
  date VARCHAR,
  date_precision VARCHAR,
  venue VARCHAR,
  doi VARCHAR,
  arxiv_id VARCHAR,
  keywords VARCHAR[] NOT NULL,
  github_repos VARCHAR[] NOT NULL,
  other_links VARCHAR[] NOT NULL,
  code_status VARCHAR NOT NULL,
  comments INTEGER,
  source_file VARCHAR NOT NULL,
  source_line INTEGER NOT NULL,
  -- Lower-case title, abstract, organisation and repositories: what the table's search matches.
  search VARCHAR NOT NULL,
  -- Places in the table's title and GitHub orders (locale-aware, numeric), ties share a place.
  title_rank INTEGER NOT NULL,
  github_rank INTEGER NOT NULL
);
-- Each author's address (author_pos is the author's place in the paper's list, author the matched author's
-- number; both null when the source does not tie the address to an author), in the source's order.
CREATE TABLE IF NOT EXISTS paper_affiliations (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  pos INTEGER NOT NULL,
  author_pos INTEGER,
  author INTEGER,
  institution VARCHAR,
  country VARCHAR,
  address VARCHAR NOT NULL
);
-- Authors matched across spellings at import, numbered within their corpus so counting groups integers.
CREATE TABLE IF NOT EXISTS paper_authors (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  author INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS author_names (
  corpus_id VARCHAR NOT NULL,
  author INTEGER NOT NULL,
  author_key VARCHAR NOT NULL,
  name VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  data VARCHAR NOT NULL
);
-- Records merged into another at import (the two records and why), for the corpus page to list.
CREATE TABLE IF NOT EXISTS merges (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS term_settings (
  corpus_id VARCHAR PRIMARY KEY,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS term_rules (
  corpus_id VARCHAR NOT NULL,
  key VARCHAR NOT NULL,
  to_key VARCHAR,
  stop BOOLEAN NOT NULL,
  -- The label a merged key takes, when not its new key: an acronym's expansion shows the acronym.
  to_label VARCHAR
);
CREATE TABLE IF NOT EXISTS tagged_texts (
  version VARCHAR NOT NULL,
  text_hash VARCHAR NOT NULL,
  PRIMARY KEY (version, text_hash)
);
CREATE TABLE IF NOT EXISTS text_terms (
  version VARCHAR NOT NULL,
  text_hash VARCHAR NOT NULL,
  pos INTEGER NOT NULL,
  key VARCHAR NOT NULL,
  label VARCHAR NOT NULL,
  count INTEGER NOT NULL,
  first INTEGER NOT NULL,
  words INTEGER NOT NULL,
  stop BOOLEAN NOT NULL
);
-- Each text's terms as a corpus sees them (its stop-terms and merges applied to text_terms): what every term
-- statistic reads. Filled as texts are tagged, rebuilt when the corpus's term settings change.
-- Every term key any corpus has, numbered: term statistics group and join integers, and read keys at the end.
CREATE TABLE IF NOT EXISTS term_keys (
  key_id INTEGER PRIMARY KEY,
  key VARCHAR NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS corpus_terms (
  corpus_id VARCHAR NOT NULL,
  text_id INTEGER NOT NULL,
  key_id INTEGER NOT NULL,
  label VARCHAR NOT NULL,
  pos INTEGER NOT NULL,
  count INTEGER NOT NULL,
  first INTEGER NOT NULL,
  words INTEGER NOT NULL,
  key_words INTEGER NOT NULL
);
-- Each term's weight in the corpus's relevance ranking (a term scores papers × weight): built with its terms.
CREATE TABLE IF NOT EXISTS term_relevance (
  corpus_id VARCHAR NOT NULL,
  key_id INTEGER NOT NULL,
  weight DOUBLE NOT NULL
);
CREATE TABLE IF NOT EXISTS paper_top_terms (
  corpus_id VARCHAR NOT NULL,
  text_id INTEGER NOT NULL,
  terms VARCHAR[] NOT NULL,
  search VARCHAR NOT NULL,
  terms_rank INTEGER NOT NULL
);
-- The table's search index: each corpus's lower-case title-and-abstract tokens, numbered, and the texts holding
-- each (see lib/store/search-index.ts). A search reads these rather than every abstract.
CREATE TABLE IF NOT EXISTS search_words (
  corpus_id VARCHAR NOT NULL,
  word_id INTEGER NOT NULL,
  word VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS text_words (
  corpus_id VARCHAR NOT NULL,
  word_id INTEGER NOT NULL,
  text_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS stored_views (
  corpus_id VARCHAR NOT NULL,
  key VARCHAR NOT NULL,
  data VARCHAR NOT NULL,
  PRIMARY KEY (corpus_id, key)
);
-- Corpora whose authors are numbered most papers first, with author_names and paper_authors stored in that order.
CREATE TABLE IF NOT EXISTS ranked_authors (
  corpus_id VARCHAR PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS corpus_state (
  corpus_id VARCHAR PRIMARY KEY,
  -- 'tagging' until every text has its terms and the table's ranked terms are built, then 'ready'.
  terms VARCHAR NOT NULL
);
`;

// Columns added to papers after its first layout, always at its end (rows are appended by position): a database of an
// earlier layout gains them, null for the papers it already holds, which are then of unknown impact and place.
const ADDED_PAPER_COLUMNS = `
ALTER TABLE papers ADD COLUMN IF NOT EXISTS citations INTEGER;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS upvotes INTEGER;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS github_stars INTEGER;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS corresponding_country VARCHAR;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS categories VARCHAR[];
ALTER TABLE papers ADD COLUMN IF NOT EXISTS venue_rank INTEGER;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS institution_rank INTEGER;
ALTER TABLE papers ADD COLUMN IF NOT EXISTS named_authors BOOLEAN;
UPDATE papers SET named_authors = len(authors) > 0 WHERE named_authors IS NULL;
-- The date as read when its year is implausible (date is then null): counted as outside range.
ALTER TABLE papers ADD COLUMN IF NOT EXISTS date_outside VARCHAR;
`;

/** Tables that hold a corpus's rows, keyed by `corpus_id`. */
export const CORPUS_TABLES = [
  'uploads',
  'papers',
  'paper_authors',
  'paper_affiliations',
  'author_names',
  'problems',
  'merges',
  'term_settings',
  'term_rules',
  'corpus_terms',
  'term_relevance',
  'paper_top_terms',
  'search_words',
  'text_words',
  'corpus_state',
  'ranked_authors',
  'stored_views',
] as const;

/** The data directory: `PAPERSCOPE_DATA_DIR`, default `./.paperscope`. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PAPERSCOPE_DATA_DIR || '.paperscope');
}

interface Database {
  instance: DuckDBInstance;
  writer: DuckDBConnection;
}

// One database per process, shared by every bundle (pages and route handlers are bundled apart) and kept
// across hot reloads in development.
const holder = globalThis as unknown as {
  paperscopeDb?: Promise<Database>;
  paperscopeWrites?: Promise<unknown>;
};

/** The database file is held by another process: a second server on the same data directory, or an import. */
export class DatabaseInUse extends Error {
  constructor(dir: string, holder: string | null) {
    super(
      `The data directory ${dir} is in use by another process${holder ? ` (PID ${holder})` : ''}, most likely another ` +
        'Paperscope server or an import from the command line. One server works on a data directory: stop the ' +
        'other one, or set PAPERSCOPE_DATA_DIR to another folder.',
    );
    this.name = 'DatabaseInUse';
  }
}

async function open(): Promise<Database> {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true });
  // DuckDB's buffer pool is most of the server's memory: bounded, it spills large sorts and joins to disk
  // instead of growing with the corpus.
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path.join(dir, 'paperscope.duckdb'), {
      memory_limit: process.env.PAPERSCOPE_DB_MEMORY || '1GB',
      temp_directory: path.join(dir, 'tmp'),
    });
  } catch (error) {
    // DuckDB: `IO Error: Could not set lock on file "…": Conflicting lock is held in /usr/bin/node (PID 123)`.
    const message = error instanceof Error ? error.message : String(error);
    if (/could not set lock|conflicting lock/i.test(message))
      throw new DatabaseInUse(dir, /\(PID (\d+)\)/.exec(message)?.[1] ?? null);
    throw error;
  }
  const writer = await instance.connect();
  const legacy = await writer.runAndReadAll(
    "SELECT count(*)::INTEGER FROM information_schema.columns WHERE table_name = 'papers' AND column_name = 'data'",
  );
  if (Number(legacy.getRows()[0]?.[0]) > 0) await writer.run('ALTER TABLE papers RENAME TO papers_v1');
  await writer.run(SCHEMA);
  await writer.run(ADDED_PAPER_COLUMNS);
  await rankVenues(writer);
  // Stores made before merged keys could carry a label of their own.
  await writer.run('ALTER TABLE term_rules ADD COLUMN IF NOT EXISTS to_label VARCHAR');
  // The version of the rules a corpus's terms were last built under (TERM_RULES_VERSION); null before it was kept.
  await writer.run('ALTER TABLE corpus_state ADD COLUMN IF NOT EXISTS rules INTEGER');
  const pending = await writer.runAndReadAll(
    "SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_name = 'papers_v1'",
  );
  if (Number(pending.getRows()[0]?.[0]) > 0) await migrateLegacy(writer);
  await rankAuthors(writer);
  // An import cut short (a crash, kill -9) leaves parts of a corpus whose corpus row was never written.
  for (const table of CORPUS_TABLES) {
    await writer.run(`DELETE FROM ${table} WHERE corpus_id NOT IN (SELECT id FROM corpora)`);
  }
  return { instance, writer };
}

/** Opens the database now (at server start), so a data directory in use is said at once, not on the first view. */
export async function openDatabase(): Promise<void> {
  await getDatabase();
}

function getDatabase(): Promise<Database> {
  holder.paperscopeDb ??= open().catch((error: unknown) => {
    holder.paperscopeDb = undefined;
    throw error;
  });
  return holder.paperscopeDb;
}

// The columns a filter change reads: the papers' filter and tally fields, the authorships, the terms and the
// author names. Each query reads every block of its columns once.
const WARM_QUERIES = [
  `SELECT max(corpus_id), max(ord), max(text_id), max(date), max(date_precision), max(author_count),
     max(code_status), max(named_authors), max(date_outside), max(citations), max(upvotes) FROM papers`,
  'SELECT max(corpus_id), max(ord), max(author) FROM paper_authors',
  'SELECT max(corpus_id), max(text_id), max(key_id), max(label), max(key_words) FROM corpus_terms',
  'SELECT max(key_id), max(key) FROM term_keys',
  'SELECT max(corpus_id), max(key_id), max(weight) FROM term_relevance',
  'SELECT max(corpus_id), max(author), max(author_key), max(name) FROM author_names',
];

/**
 * Loads what a filter change reads into the database's memory, at start and in the background: the first filter
 * after a start otherwise loads it. On 1M papers the first term filter's paper count took 194 ms before, 10-14 ms
 * after. Bounded by the database's memory limit like any query.
 */
export async function warmStore(): Promise<void> {
  await withReader(async (connection) => {
    for (const text of WARM_QUERIES) await connection.run(text);
  });
}

/** A connection of its own for reading: sees only committed writes, and never waits on another reader. */
export async function withReader<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const connection = await (await getDatabase()).instance.connect();
  try {
    return await work(connection);
  } finally {
    connection.closeSync();
  }
}

type Row = Record<string, unknown>;

/** Counts come back from DuckDB as `bigint`: small results are plain numbers for the rest of the code. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/**
 * With `PAPERSCOPE_SLOW_QUERY_MS` set, each query that took at least that long is written to stderr with its time,
 * rows and the start of its text: where a page of a large corpus spends its time.
 */
function logIfSlow(text: string, rows: number, ms: number): void {
  const setting = process.env.PAPERSCOPE_SLOW_QUERY_MS;
  if (!setting || ms < Number(setting)) return;
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 160);
  process.stderr.write(`slow query: ${Math.round(ms)} ms, ${rows} rows: ${start}\n`);
}

/** Runs a query and gives its rows as plain objects. */
export async function queryRows<T = Row>(query: Sql, connection?: DuckDBConnection): Promise<T[]> {
  const run = async (c: DuckDBConnection) => {
    const { text, values } = query.compile();
    const started = performance.now();
    const reader = await c.runAndReadAll(text, values);
    logIfSlow(text, reader.currentRowCount, performance.now() - started);
    // Read by column, then assembled: a third of the time of reading row objects on results of thousands of rows.
    const columns = Object.entries(reader.getColumnsObjectJS());
    const rows: T[] = [];
    for (let i = 0; i < reader.currentRowCount; i++) {
      const out: Row = {};
      for (const [key, column] of columns) out[key] = plain(column[i]);
      rows.push(out as T);
    }
    return rows;
  };
  return connection ? run(connection) : withReader(run);
}

/** Streams a query's rows in chunks, on a connection of its own, so a large export never sits in memory. */
export async function* streamRows<T = Row>(query: Sql): AsyncGenerator<T[]> {
  const connection = await (await getDatabase()).instance.connect();
  try {
    const { text, values } = query.compile();
    const result = await connection.stream(text, values);
    for await (const rows of result.yieldRowObjectJs()) {
      yield rows.map((row) => {
        const out: Row = {};
        for (const [key, value] of Object.entries(row)) out[key] = plain(value);
        return out as T;
      });
    }
  } finally {
    connection.closeSync();
  }
}

/** Runs a statement on a connection: a shorthand for `sql` fragments. */
export async function execute(connection: DuckDBConnection, statement: Sql): Promise<number> {
  const { text, values } = statement.compile();
  const result = await connection.run(text, values);
  return result.rowsChanged;
}

// DuckDB runs one transaction per connection at a time: writes from every bundle queue here.

/** Runs `work` in one transaction: all of it is stored, or none. */
export function inTransaction<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const run = (holder.paperscopeWrites ?? Promise.resolve()).then(async () => {
    const connection = (await getDatabase()).writer;
    await connection.run('BEGIN TRANSACTION');
    try {
      const result = await work(connection);
      await connection.run('COMMIT');
      return result;
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  });
  holder.paperscopeWrites = run.catch(() => undefined);
  return run;
}
