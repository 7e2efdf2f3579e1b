import type { TermRef } from '@/lib/model';

// Every term key this process has seen gets a small integer, so counting over thousands of papers adds into
// typed arrays instead of hashing strings.
const idByKey = new Map<string, number>();
const keyById: string[] = [];
const wordsById: number[] = [];
const idsByTerms = new WeakMap<readonly TermRef[], { length: number; ids: Int32Array }>();

function idOf(key: string): number {
  let id = idByKey.get(key);
  if (id === undefined) {
    id = keyById.length;
    idByKey.set(key, id);
    keyById.push(key);
    wordsById.push(key.split(' ').length);
  }
  return id;
}

/** The ids of a paper's distinct terms, in order; worked out once per terms array (again if it grew). */
export function termIdsOf(terms: readonly TermRef[]): Int32Array {
  const known = idsByTerms.get(terms);
  if (known && known.length === terms.length) return known.ids;
  const seen = new Set<number>();
  for (const { key } of terms) seen.add(idOf(key));
  const ids = Int32Array.from(seen);
  idsByTerms.set(terms, { length: terms.length, ids });
  return ids;
}

export function termKeyOfId(id: number): string {
  return keyById[id] ?? '';
}

export function termWordsOfId(id: number): number {
  return wordsById[id] ?? 0;
}

/** How many ids exist so far: the length counting arrays need. */
export function termIdCount(): number {
  return keyById.length;
}
