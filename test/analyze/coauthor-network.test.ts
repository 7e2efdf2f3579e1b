import { describe, expect, it } from 'vitest';
import { coauthorNetwork } from '@/lib/analyze/coauthor-network';

const nodes = ['a', 'b', 'c', 'd'].map((key, i) => ({ key, label: key.toUpperCase(), papers: 10 - i }));

describe('coauthorNetwork', () => {
  it('keeps the pairs of mapped authors, most joint papers first, the higher-ranked author as source', () => {
    const network = coauthorNetwork(nodes, [
      { source: 'c', target: 'a', papers: 2 },
      { source: 'a', target: 'b', papers: 5 },
      { source: 'b', target: 'x', papers: 9 },
      { source: 'd', target: 'd', papers: 1 },
    ]);
    expect(network.links).toEqual([
      { source: 'a', target: 'b', papers: 5 },
      { source: 'a', target: 'c', papers: 2 },
    ]);
    expect(network.nodes.map((n) => n.key)).toEqual(['a', 'b', 'c', 'd']);
    expect(network.hidden).toBe(0);
  });

  it('thins to the strongest links but keeps every author’s strongest one', () => {
    const network = coauthorNetwork(
      nodes,
      [
        { source: 'a', target: 'b', papers: 5 },
        { source: 'a', target: 'c', papers: 4 },
        { source: 'b', target: 'c', papers: 3 },
        { source: 'c', target: 'd', papers: 1 },
      ],
      { maxLinks: 2 },
    );
    expect(network.links.map((l) => `${l.source}-${l.target}`)).toEqual(['a-b', 'a-c', 'c-d']);
    expect(network.hidden).toBe(1);
  });
});
