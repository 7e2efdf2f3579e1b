import 'server-only';

// Computed views (small results: statistics of a corpus under one filter), kept so repeat views and going back
// answer at once. Bounded: the oldest entry goes first. On globalThis because pages and route handlers are
// bundled apart, and a route that changes a corpus must clear the pages' copies.
const LIMIT = 256;

const holder = globalThis as unknown as {
  paperscopeViewCache?: { entries: Map<string, Promise<unknown>>; generations: Map<string, number> };
};
holder.paperscopeViewCache ??= { entries: new Map(), generations: new Map() };
const { entries, generations } = holder.paperscopeViewCache;

/** `compute()` once per corpus state and key; a failed computation is not kept. */
export function cachedView<T>(corpusId: string, key: string, compute: () => Promise<T>): Promise<T> {
  const id = `${corpusId}\u0000${generations.get(corpusId) ?? 0}\u0000${key}`;
  const known = entries.get(id);
  if (known) {
    entries.delete(id);
    entries.set(id, known);
    return known as Promise<T>;
  }
  const value = compute();
  entries.set(id, value);
  value.catch(() => entries.delete(id));
  if (entries.size > LIMIT) entries.delete(entries.keys().next().value as string);
  return value;
}

/** After a corpus changed (imported, renamed, deleted, its terms tagged or its term settings edited). */
export function forgetViews(corpusId: string): void {
  generations.set(corpusId, (generations.get(corpusId) ?? 0) + 1);
  for (const id of entries.keys()) if (id.startsWith(`${corpusId}\u0000`)) entries.delete(id);
}
