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

interface Tally {
  papers: number;
  /** Index of the last paper counted, so a paper counts once. */
  lastPaper: number;
  label: string;
  /** Counts per label, made only when a term comes with more than one label. */
  labels?: Map<string, number>;
}

function wordCount(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) words++;
  return words;
}

/** The most frequent terms by document frequency; ties by key so the order never flickers. */
export function topTerms(
  papers: readonly { terms: readonly TermRef[] }[],
  { limit = 25, minWords = 2 }: Partial<TopTermsOptions> = {},
): TermCount[] {
  // The dashboard counts every filter change over thousands of papers: no allocation per term.
  const tallies = new Map<string, Tally>();
  papers.forEach((paper, index) => {
    for (const { key, label } of paper.terms) {
      let tally = tallies.get(key);
      if (!tally) {
        if (minWords > 1 && wordCount(key) < minWords) continue;
        tally = { papers: 0, lastPaper: -1, label };
        tallies.set(key, tally);
      }
      if (tally.lastPaper === index) continue;
      tally.lastPaper = index;
      tally.papers++;
      if (label !== tally.label || tally.labels) {
        tally.labels ??= new Map([[tally.label, tally.papers - 1]]);
        tally.labels.set(label, (tally.labels.get(label) ?? 0) + 1);
      }
    }
  });
  return [...tallies]
    .sort(([a, x], [b, y]) => y.papers - x.papers || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([key, tally]) => ({
      key,
      label: tally.labels ? (mostCommon(tally.labels) ?? key) : tally.label,
      papers: tally.papers,
      share: tally.papers / papers.length,
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
