import { termIdCount, termIdsOf, termKeyOfId, termWordsOfId } from '@/lib/analyze/term-ids';
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
  // The dashboard counts on every filter change, over thousands of papers: integer ids into a typed array.
  const paperIds = papers.map((paper) => termIdsOf(paper.terms));
  const counts = new Int32Array(termIdCount());
  for (const ids of paperIds) for (const id of ids) counts[id] = (counts[id] ?? 0) + 1;
  // Tens of thousands of terms occur once or twice: find the count the top `limit` reach, sort only those.
  let most = 0;
  counts.forEach((n, id) => {
    if (n > most && termWordsOfId(id) >= minWords) most = n;
  });
  const histogram = new Int32Array(most + 1);
  counts.forEach((n, id) => {
    if (n > 0 && termWordsOfId(id) >= minWords) histogram[n] = (histogram[n] ?? 0) + 1;
  });
  let cutoff = most;
  for (let seen = histogram[most] ?? 0; cutoff > 1 && seen < limit; seen += histogram[--cutoff] ?? 0);
  const top: number[] = [];
  counts.forEach((n, id) => {
    if (n >= Math.max(1, cutoff) && termWordsOfId(id) >= minWords) top.push(id);
  });
  top.sort((a, b) => {
    const byPapers = (counts[b] ?? 0) - (counts[a] ?? 0);
    if (byPapers) return byPapers;
    const [x, y] = [termKeyOfId(a), termKeyOfId(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const chosen = top.slice(0, limit);
  const labels = commonestLabels(papers, new Set(chosen.map(termKeyOfId)));
  return chosen.map((id) => {
    const key = termKeyOfId(id);
    const n = counts[id] ?? 0;
    return { key, label: labels.get(key) ?? key, papers: n, share: n / papers.length };
  });
}

/** For each of `keys`, the label the most papers show it with (the first seen on a tie). */
function commonestLabels(papers: readonly { terms: readonly TermRef[] }[], keys: ReadonlySet<string>) {
  const tallies = new Map<string, Map<string, number>>();
  for (const paper of papers) {
    for (const { key, label } of paper.terms) {
      if (!keys.has(key)) continue;
      let tally = tallies.get(key);
      if (!tally) {
        tally = new Map();
        tallies.set(key, tally);
      }
      tally.set(label, (tally.get(label) ?? 0) + 1);
    }
  }
  const labels = new Map<string, string>();
  for (const [key, tally] of tallies) {
    let best = key;
    let bestCount = 0;
    for (const [label, n] of tally) {
      if (n > bestCount) {
        best = label;
        bestCount = n;
      }
    }
    labels.set(key, best);
  }
  return labels;
}
