import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

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
  text_hash VARCHAR NOT NULL,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (
  corpus_id VARCHAR NOT NULL,
  ord INTEGER NOT NULL,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS term_settings (
  corpus_id VARCHAR PRIMARY KEY,
  data VARCHAR NOT NULL
);
CREATE TABLE IF NOT EXISTS term_cache (
  text_hash VARCHAR PRIMARY KEY,
  terms VARCHAR NOT NULL
);
`;

/** The data directory: `PAPERSCOPE_DATA_DIR`, default `./.paperscope`. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PAPERSCOPE_DATA_DIR || '.paperscope');
}

interface Database {
  /** Reads: never sees a write that has not committed. */
  reader: DuckDBConnection;
  writer: DuckDBConnection;
}

// One database per process, shared by every bundle (pages and route handlers are bundled apart) and kept
// across hot reloads in development.
const holder = globalThis as unknown as {
  paperscopeDb?: Promise<Database>;
  paperscopeWrites?: Promise<unknown>;
};

async function open(): Promise<Database> {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true });
  const instance = await DuckDBInstance.create(path.join(dir, 'paperscope.duckdb'));
  const writer = await instance.connect();
  await writer.run(SCHEMA);
  return { reader: await instance.connect(), writer };
}

function getDatabase(): Promise<Database> {
  holder.paperscopeDb ??= open().catch((error: unknown) => {
    holder.paperscopeDb = undefined;
    throw error;
  });
  return holder.paperscopeDb;
}

export async function getConnection(): Promise<DuckDBConnection> {
  return (await getDatabase()).reader;
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
