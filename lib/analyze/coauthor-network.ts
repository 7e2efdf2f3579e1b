/** An author on the map: papers in the selection. */
export interface CoauthorNode {
  key: string;
  label: string;
  papers: number;
}

/** Two authors of the map and the papers they wrote together. */
export interface CoauthorLink {
  source: string;
  target: string;
  papers: number;
}

export interface CoauthorNetwork {
  /** The top authors, most papers first; kept even when they share no paper with another. */
  nodes: CoauthorNode[];
  /** Most joint papers first. */
  links: CoauthorLink[];
  /** Pairs with joint papers that were left off to keep the map legible. */
  hidden: number;
}

/**
 * The co-authorship network of the top authors: node size = papers, link = joint papers. When pairs are too many
 * to read, the ones with most joint papers stay, and every author keeps at least their strongest link.
 */
export function coauthorNetwork(
  nodes: readonly CoauthorNode[],
  pairs: readonly CoauthorLink[],
  { maxLinks = 120 } = {},
): CoauthorNetwork {
  const rank = new Map(nodes.map((node, i) => [node.key, i]));
  const known = pairs
    .filter((p) => p.papers > 0 && p.source !== p.target && rank.has(p.source) && rank.has(p.target))
    .map((p) => {
      // The higher-ranked author first, so a pair reads the same whichever way the query gave it.
      const [source, target] =
        (rank.get(p.source) ?? 0) <= (rank.get(p.target) ?? 0) ? [p.source, p.target] : [p.target, p.source];
      return { source, target, papers: p.papers };
    })
    .sort(
      (a, b) =>
        b.papers - a.papers ||
        (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) ||
        (rank.get(a.target) ?? 0) - (rank.get(b.target) ?? 0),
    );
  const kept = new Set<CoauthorLink>(known.slice(0, maxLinks));
  const linked = new Set([...kept].flatMap((l) => [l.source, l.target]));
  for (const link of known) {
    if (linked.has(link.source) && linked.has(link.target)) continue;
    kept.add(link);
    linked.add(link.source);
    linked.add(link.target);
  }
  const links = known.filter((l) => kept.has(l));
  return { nodes: [...nodes], links, hidden: known.length - links.length };
}
