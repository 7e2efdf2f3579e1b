import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TermNetwork } from '@/components/charts/term-network';
import { termCooccurrence } from '@/lib/analyze/term-cooccurrence';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const doc = (...keys: string[]) => ({
  terms: keys.map((key) => ({ key: `${key} model`, label: `${key} model` })),
});

describe('TermNetwork', () => {
  const papers = [
    doc('diffusion', 'reward', 'language'),
    doc('diffusion', 'reward'),
    doc('diffusion', 'reward', 'vision'),
    doc('language', 'vision'),
    doc('language', 'vision'),
    doc('language', 'reward'),
    doc('language', 'reward'),
    doc('world'),
  ];
  const data = termCooccurrence(papers);
  const render = (props: Partial<Parameters<typeof TermNetwork>[0]> = {}) =>
    renderToStaticMarkup(createElement(TermNetwork, { data, ...props }));

  it('draws one group per node, carrying its term, and one line per link', () => {
    const html = render();
    expect(count(html, /class="net-node"/)).toBe(data.nodes.length);
    expect(count(html, /<circle class="net-circle"/)).toBe(5);
    expect(count(html, /<line class="net-link"/)).toBe(data.links.length);
    for (const node of data.nodes) expect(html).toContain(`data-term="${node.key}"`);
  });

  it('gives nodes and links tooltips with their counts', () => {
    const html = render();
    expect(html).toContain('data-tip="reward model: 5 papers · linked to');
    expect(html).toMatch(
      /data-tip="reward model – diffusion model: 3 papers together · association strength [\d.]+/,
    );
  });

  it('labels the nodes where they fit', () => {
    const html = render();
    expect(count(html, /<text class="net-label"/)).toBe(5);
    expect(html).toContain('>reward model</text>');
  });

  it('lays out the same map for the same input and seed', () => {
    expect(render()).toBe(render());
    expect(render({ seed: 7 })).toBe(render({ seed: 7 }));
  });

  it('keeps every node inside the box', () => {
    const html = render({ width: 400, height: 300 });
    for (const [, cx, cy, r] of html.matchAll(/cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"/g)) {
      expect(Number(cx) - Number(r)).toBeGreaterThanOrEqual(0);
      expect(Number(cx) + Number(r)).toBeLessThanOrEqual(400);
      expect(Number(cy) - Number(r)).toBeGreaterThanOrEqual(0);
      expect(Number(cy) + Number(r)).toBeLessThanOrEqual(300);
    }
  });

  it('spreads nodes that share no paper over the box, each well clear of the others', async () => {
    const { layoutNetwork } = await import('@/components/charts/network-layout');
    const nodes = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, label: `t${i}`, papers: 10 }));
    const { nodes: laid } = layoutNetwork({ nodes, links: [] }, () => 1, {
      width: 720,
      height: 520,
      legend: 22,
      seed: 1,
      ticks: 300,
      labelled: 0,
      maxLabel: 26,
    });
    const xs = laid.map((node) => node.x);
    const ys = laid.map((node) => node.y);
    // Repelled, they fill most of the box; without the repulsion they would only touch, in a cluster at the centre.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.6 * 720);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.6 * 498);
    for (const [i, a] of laid.entries()) {
      for (const b of laid.slice(i + 1)) {
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} and ${b.key}`).toBeGreaterThan(a.r + b.r + 20);
      }
    }
  });

  it('says so when there are no terms', () => {
    expect(renderToStaticMarkup(createElement(TermNetwork, { data: { nodes: [], links: [] } }))).toContain(
      'No multi-word terms found',
    );
  });
});
