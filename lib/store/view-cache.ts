import 'server-only';
import { execute, inTransaction, queryRows } from '@/lib/store/database';
import { corpusGeneration, nextGeneration } from '@/lib/store/generations';
import { sql } from '@/lib/store/sql';

// Computed views (small results: statistics of a corpus under one filter), kept so repeat views and going back
// answer at once. Bounded: the oldest entry goes first. On globalThis because pages and route handlers are
// bundled apart, and a route that changes a corpus must clear the pages' copies. Views of a whole corpus are
// also stored in the database, so the first view after a restart need not compute them again.
const LIMIT = 256;

const holder = globalThis as unknown as { paperscopeViews?: Map<string, Promise<unknown>> };
holder.paperscopeViews ??= new Map();
const entries = holder.paperscopeViews;

// JSON has no infinity; an author bin's open upper bound is one.
const INFINITY = '\u0000Infinity';
const encode = (value: unknown) =>
  JSON.stringify(value, (_key, v) => (v === Number.POSITIVE_INFINITY ? INFINITY : v));
const decode = (text: string) =>
  JSON.parse(text, (_key, v) => (v === INFINITY ? Number.POSITIVE_INFINITY : v));

async function stored<T>(corpusId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const [row] = await queryRows<{ data: string }>(
    sql`select data from stored_views where corpus_id = ${corpusId} and key = ${key}`,
  );
  if (row) return decode(row.data) as T;
  const generation = corpusGeneration(corpusId);
  const value = await compute();
  // A view computed while the corpus changed is not stored.
  if (corpusGeneration(corpusId) === generation) {
    await inTransaction((connection) =>
      execute(
        connection,
        sql`insert or replace into stored_views values (${corpusId}, ${key}, ${encode(value)})`,
      ),
    );
  }
  return value;
}

/** `compute()` once per corpus state and key; a failed computation is not kept. `store` keeps it on disk too. */
export function cachedView<T>(
  corpusId: string,
  key: string,
  compute: () => Promise<T>,
  { store = false } = {},
): Promise<T> {
  const id = `${corpusId}\u0000${corpusGeneration(corpusId)}\u0000${key}`;
  const known = entries.get(id);
  if (known) {
    entries.delete(id);
    entries.set(id, known);
    return known as Promise<T>;
  }
  const value = store ? stored(corpusId, key, compute) : compute();
  entries.set(id, value);
  value.catch(() => entries.delete(id));
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value as string);
  return value;
}

/** After a corpus changed (imported, renamed, deleted, its terms tagged or its term settings edited). */
export async function forgetViews(corpusId: string): Promise<void> {
  nextGeneration(corpusId);
  for (const id of entries.keys()) if (id.startsWith(`${corpusId}\u0000`)) entries.delete(id);
  await inTransaction((connection) =>
    execute(connection, sql`delete from stored_views where corpus_id = ${corpusId}`),
  );
}
