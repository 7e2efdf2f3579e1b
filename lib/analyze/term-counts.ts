import type { TermRef } from '@/lib/model';

export interface CountedTerm {
  key: string;
  /** The label the term most often carries; the key when no paper mentions it. */
  label: string;
  /** Papers that mention the term. */
  papers: number;
}

/** Papers mentioning each of the given keys, in the order given: one pass that counts only those keys. */
export function termCounts(
  papers: readonly { terms: readonly TermRef[] }[],
  keys: readonly string[],
): CountedTerm[] {
  const wanted = new Map(keys.map((key, i) => [key, i]));
  const counts = keys.map(() => 0);
  const labels = keys.map(() => new Map<string, number>());
  const lastPaper = keys.map(() => -1);
  papers.forEach((paper, p) => {
    for (const { key, label } of paper.terms) {
      const i = wanted.get(key);
      if (i === undefined || lastPaper[i] === p) continue;
      lastPaper[i] = p;
      counts[i] = (counts[i] ?? 0) + 1;
      const seen = labels[i];
      seen?.set(label, (seen.get(label) ?? 0) + 1);
    }
  });
  return keys.map((key, i) => {
    let label = key;
    let best = 0;
    for (const [candidate, n] of labels[i] ?? []) {
      if (n > best) {
        label = candidate;
        best = n;
      }
    }
    return { key, label, papers: counts[i] ?? 0 };
  });
}
