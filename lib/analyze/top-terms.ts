import type { TermRef } from '@/lib/model';

export interface TermCount {
  key: string;
  label: string;
  /** Papers that mention the term (document frequency). */
  papers: number;
  /** `papers` over all papers given. */
  share: number;
}

export interface TopTermsOptions {
  limit: number;
  /** Fewest words a term needs to count; single generic nouns say little about a corpus. */
  minWords: number;
}

/** The most frequent terms by document frequency; ties by key so the order never flickers. */
export function topTerms(
  papers: readonly { terms: readonly TermRef[] }[],
  { limit = 25, minWords = 2 }: Partial<TopTermsOptions> = {},
): TermCount[] {
  const counts = new Map<string, { papers: number; labels: Map<string, number> }>();
  for (const paper of papers) {
    const seen = new Set<string>();
    for (const { key, label } of paper.terms) {
      if (seen.has(key) || key.split(' ').length < minWords) continue;
      seen.add(key);
      let entry = counts.get(key);
      if (!entry) {
        entry = { papers: 0, labels: new Map() };
        counts.set(key, entry);
      }
      entry.papers++;
      entry.labels.set(label, (entry.labels.get(label) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y.papers - x.papers || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([key, { papers: n, labels }]) => ({
      key,
      label: mostCommon(labels) ?? key,
      papers: n,
      share: n / papers.length,
    }));
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, n] of counts) {
    if (n > bestCount) {
      best = value;
      bestCount = n;
    }
  }
  return best;
}
