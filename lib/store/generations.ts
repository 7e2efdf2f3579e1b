// A number per corpus that goes up whenever anything shown of it changes (an import, a rename, a deletion, its
// terms tagged or their settings edited). Caches key on it, so a change makes every earlier copy unreachable.
// On globalThis: pages, route handlers and the proxy are bundled apart, and must count alike.
const holder = globalThis as unknown as { paperscopeGenerations?: Map<string, number> };
holder.paperscopeGenerations ??= new Map();
const generations = holder.paperscopeGenerations;

/** The corpus's state number: equal numbers, equal corpus. */
export function corpusGeneration(corpusId: string): number {
  return generations.get(corpusId) ?? 0;
}

/** Marks the corpus changed. */
export function nextGeneration(corpusId: string): void {
  generations.set(corpusId, corpusGeneration(corpusId) + 1);
}
