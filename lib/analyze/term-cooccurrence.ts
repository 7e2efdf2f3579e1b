import { median } from '@/lib/analyze/median';
import { termCounts } from '@/lib/analyze/term-counts';
import { topTerms } from '@/lib/analyze/top-terms';
import type { TermRef } from '@/lib/model';

export interface CooccurrenceNode {
  key: string;
  label: string;
  /** Papers that mention the term. */
  papers: number;
}

export interface CooccurrenceLink {
  /** Key of the higher-ranked term. */
  source: string;
  target: string;
  /** Papers that mention both terms. */
  papers: number;
  /**
   * Association strength as VOSviewer normalises it: 2m · c_ij / (k_i · k_j), with k_i the total
   * co-occurrences of term i and m their sum over all pairs, in the network of the top terms.
   * 1 means the two co-occur as often as chance predicts; above 1, more often.
   */
  strength: number;
}

export interface TermCooccurrence {
  /** The top terms (or those asked for), in rank order; kept even when no link remains. */
  nodes: CooccurrenceNode[];
  /** Strongest first. */
  links: CooccurrenceLink[];
}

export interface TermCooccurrenceOptions {
  /** Keys to map, in rank order, instead of the top `limit` terms (e.g. top terms counted already). */
  terms: readonly string[];
  /** Number of top terms. */
  limit: number;
  /** Fewest papers a pair must share for a link. */
  minPapers: number;
  /** Each term keeps at least its strongest links up to this number; links above the median stay too. */
  linksPerNode: number;
  /** As in `topTerms`. */
  minWords: number;
}

/** Co-occurrence network of the top terms, thinned to the links that keep it legible. */
export function termCooccurrence(
  papers: readonly { terms: readonly TermRef[] }[],
  { terms, limit = 30, minPapers = 2, linksPerNode = 3, minWords = 2 }: Partial<TermCooccurrenceOptions> = {},
): TermCooccurrence {
  const nodes = terms
    ? termCounts(papers, terms)
    : topTerms(papers, { limit, minWords }).map(({ key, label, papers: n }) => ({ key, label, papers: n }));
  const index = new Map(nodes.map((node, i) => [node.key, i]));
  const size = nodes.length;
  const counts = new Float64Array(size * size);
  const mark = new Int32Array(size).fill(-1);
  papers.forEach((paper, p) => {
    const present: number[] = [];
    for (const { key } of paper.terms) {
      const i = index.get(key);
      if (i === undefined || mark[i] === p) continue;
      mark[i] = p;
      present.push(i);
    }
    present.sort((a, b) => a - b);
    for (let a = 0; a < present.length; a++) {
      for (let b = a + 1; b < present.length; b++) {
        const cell = (present[a] ?? 0) * size + (present[b] ?? 0);
        counts[cell] = (counts[cell] ?? 0) + 1;
      }
    }
  });

  return cooccurrenceNetwork(nodes, counts, { minPapers, linksPerNode });
}

/**
 * The network from papers counted per pair of nodes: `counts[i * nodes.length + j]` for `i < j`, in rank order.
 */
export function cooccurrenceNetwork(
  nodes: CooccurrenceNode[],
  counts: Float64Array,
  {
    minPapers = 2,
    linksPerNode = 3,
  }: Partial<Pick<TermCooccurrenceOptions, 'minPapers' | 'linksPerNode'>> = {},
): TermCooccurrence {
  const size = nodes.length;
  const totals = new Float64Array(size);
  let all = 0;
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const c = counts[i * size + j] ?? 0;
      totals[i] = (totals[i] ?? 0) + c;
      totals[j] = (totals[j] ?? 0) + c;
      all += c;
    }
  }

  const candidates: (CooccurrenceLink & { i: number; j: number })[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const c = counts[i * size + j] ?? 0;
      if (c < minPapers || c === 0) continue;
      candidates.push({
        i,
        j,
        source: nodes[i]?.key ?? '',
        target: nodes[j]?.key ?? '',
        papers: c,
        strength: (2 * all * c) / ((totals[i] ?? 1) * (totals[j] ?? 1)),
      });
    }
  }
  // Strongest first; ties by shared papers, then by the terms' rank, so the order never flickers.
  candidates.sort((a, b) => b.strength - a.strength || b.papers - a.papers || a.i - b.i || a.j - b.j);

  const threshold = median(candidates.map((link) => link.strength)) ?? 0;
  const kept = new Array(size).fill(0);
  const links: CooccurrenceLink[] = [];
  for (const { i, j, ...link } of candidates) {
    const strongForNode = kept[i] < linksPerNode || kept[j] < linksPerNode;
    if (link.strength > threshold || strongForNode) {
      links.push(link);
      kept[i]++;
      kept[j]++;
    }
  }
  return { nodes, links };
}
