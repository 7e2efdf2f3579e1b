import { describe, expect, it } from 'vitest';
import { termCooccurrence } from '@/lib/analyze/term-cooccurrence';

const doc = (...keys: string[]) => ({ terms: keys.map((key) => ({ key: `${key} x`, label: `${key} X` })) });

describe('termCooccurrence', () => {
  // a: 4 papers, c: 4, b: 3, d: 3. Pairs: a–b 3, a–c 2, c–d 2, b–c 1.
  const papers = [
    doc('a', 'b'),
    doc('a', 'b'),
    doc('a', 'b', 'c'),
    doc('a', 'c'),
    doc('c', 'd'),
    doc('c', 'd', 'd'),
    doc('d'),
  ];

  it('has the top terms as nodes, ranked as topTerms ranks them', () => {
    expect(termCooccurrence(papers).nodes).toEqual([
      { key: 'a x', label: 'a X', papers: 4 },
      { key: 'c x', label: 'c X', papers: 4 },
      { key: 'b x', label: 'b X', papers: 3 },
      { key: 'd x', label: 'd X', papers: 3 },
    ]);
  });

  it('weighs links by association strength 2m·c / (k_i·k_j), strongest first, with the raw count', () => {
    // k: a 5, b 4, c 5, d 2; m = 8.
    const { links } = termCooccurrence(papers);
    expect(links.map(({ source, target, papers: n }) => [source, target, n])).toEqual([
      ['c x', 'd x', 2],
      ['a x', 'b x', 3],
      ['a x', 'c x', 2],
    ]);
    expect(links.map((l) => l.strength)).toEqual([3.2, 2.4, 1.28]);
  });

  it('drops pairs that share fewer papers than the minimum', () => {
    const { links } = termCooccurrence(papers, { minPapers: 1 });
    expect(links).toHaveLength(4);
    expect(links.at(-1)).toEqual({ source: 'c x', target: 'b x', papers: 1, strength: 0.8 });
  });

  it('keeps each node its strongest links up to the limit, plus every link above the median', () => {
    // Median 2.4: c–d stays above it; a–b is a's strongest; a–c is neither.
    const { links } = termCooccurrence(papers, { linksPerNode: 1 });
    expect(links.map((l) => `${l.source}–${l.target}`)).toEqual(['c x–d x', 'a x–b x']);
  });

  it('keeps only the top terms and links between them', () => {
    const { nodes, links } = termCooccurrence(papers, { limit: 2 });
    expect(nodes.map((n) => n.key)).toEqual(['a x', 'c x']);
    expect(links).toEqual([{ source: 'a x', target: 'c x', papers: 2, strength: 2 }]);
  });

  it('maps the terms asked for, in the order given, counted as topTerms counts them', () => {
    const { nodes, links } = termCooccurrence(papers, { terms: ['d x', 'c x', 'zzz'] });
    expect(nodes).toEqual([
      { key: 'd x', label: 'd X', papers: 3 },
      { key: 'c x', label: 'c X', papers: 4 },
      { key: 'zzz', label: 'zzz', papers: 0 },
    ]);
    expect(links).toEqual([{ source: 'd x', target: 'c x', papers: 2, strength: 2 }]);
  });

  it('keeps nodes without links, and is empty for no papers', () => {
    const { nodes, links } = termCooccurrence([doc('a'), doc('b')]);
    expect(nodes).toHaveLength(2);
    expect(links).toEqual([]);
    expect(termCooccurrence([])).toEqual({ nodes: [], links: [] });
  });
});
