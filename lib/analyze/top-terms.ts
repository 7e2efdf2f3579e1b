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

export type TermRanking = 'relevance' | 'frequency';

export interface TopTermsOptions {
  limit: number;
  /** By relevance (papers × the term's weight in the whole corpus), or by papers alone. */
  ranking: TermRanking;
  /** The weights of `relevanceWeights` over the whole corpus; a term without one weighs 0. */
  weights: ReadonlyMap<string, number>;
  /** Fewest words a term needs to count; by default 1 under relevance, 2 by frequency. */
  minWords: number;
}

/**
 * By frequency, single nouns are mostly generic ("video", "code") and only phrases compete; by relevance, a
 * single word or acronym that is the field's vocabulary ("transformer", "GRPO") competes with them.
 */
export function minWordsOf(ranking: TermRanking): number {
  return ranking === 'relevance' ? 1 : 2;
}

/**
 * The top terms of the papers, by relevance (papers × weight) or by document frequency; ties by papers then key,
 * so the order never flickers.
 */
export function topTerms(
  papers: readonly { terms: readonly TermRef[] }[],
  {
    limit = 25,
    ranking = 'frequency',
    weights = new Map(),
    minWords = minWordsOf(ranking),
  }: Partial<TopTermsOptions> = {},
): TermCount[] {
  if (ranking === 'relevance') return topTermsByRelevance(papers, { limit, weights, minWords });
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

function topTermsByRelevance(
  papers: readonly { terms: readonly TermRef[] }[],
  { limit, weights, minWords }: Pick<TopTermsOptions, 'limit' | 'weights' | 'minWords'>,
): TermCount[] {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    for (const key of new Set(paper.terms.map((term) => term.key))) {
      if (key.split(' ').length >= minWords) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const score = (key: string, n: number) => n * (weights.get(key) ?? 0);
  const chosen = [...counts]
    .sort(([a, x], [b, y]) => score(b, y) - score(a, x) || y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
  const labels = commonestLabels(papers, new Set(chosen.map(([key]) => key)));
  return chosen.map(([key, n]) => ({
    key,
    label: labels.get(key) ?? key,
    papers: n,
    share: n / papers.length,
  }));
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
