import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LotkaChart } from '@/components/charts/lotka-chart';
import { TermHeatmap } from '@/components/charts/term-heatmap';
import { TermNetwork } from '@/components/charts/term-network';
import { TopAuthorsChart } from '@/components/charts/top-authors-chart';
import { lotka, topAuthors } from '@/lib/analyze/author-stats';
import { paperTerms } from '@/lib/analyze/paper-terms';
import { termBursts } from '@/lib/analyze/term-bursts';
import { termCooccurrence } from '@/lib/analyze/term-cooccurrence';
import { termTrends } from '@/lib/analyze/term-trends';
import { parseHfListing } from '@/lib/ingest/hf-listing';
import { extractTerms } from '@/lib/terms/extract-terms';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const file = 'data/distribution-matching-search.txt';
const { papers } = parseHfListing(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file });
const terms = paperTerms(papers.map((p) => extractTerms(`${p.title}\n${p.abstract}`)));
const analyzed = papers.map((p, i) => ({ ...p, terms: terms[i] ?? [] }));

describe('charts of the shipped corpus', () => {
  it('shades every top term in every month, with a tooltip per cell', () => {
    const trends = termTrends(analyzed, { unit: 'month' });
    const html = renderToStaticMarkup(
      createElement(TermHeatmap, { data: trends, bursts: termBursts(trends), id: 'months' }),
    );
    const cells = count(html, /class="heat-cell"[^>]*data-tip/) + count(html, /class="heat-unknown"/);
    expect(cells).toBe(trends.terms.length * trends.periods.length);
    expect(count(html, /class="heat-row" data-term=/)).toBe(12);
  });

  it('draws the same co-occurrence map on every render, all 30 terms on it', () => {
    const network = termCooccurrence(analyzed);
    const first = renderToStaticMarkup(createElement(TermNetwork, { data: network }));
    const second = renderToStaticMarkup(createElement(TermNetwork, { data: termCooccurrence(analyzed) }));
    expect(second).toBe(first);
    expect(count(first, /class="net-node"/)).toBe(30);
    expect(count(first, /<line class="net-link"/)).toBe(network.links.length);
    // The ten largest terms keep their labels.
    for (const node of network.nodes.slice(0, 10)) expect(first).toContain(`data-term="${node.key}" x=`);
  });

  it('explains that the cards give author counts, not names', () => {
    const message = 'This corpus&#x27;s sources give author counts only, not names';
    expect(renderToStaticMarkup(createElement(LotkaChart, { data: lotka(analyzed) }))).toContain(message);
    expect(renderToStaticMarkup(createElement(TopAuthorsChart, { data: topAuthors(analyzed) }))).toContain(
      message,
    );
  });
});
