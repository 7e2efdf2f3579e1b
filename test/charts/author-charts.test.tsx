import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LotkaChart } from '@/components/charts/lotka-chart';
import { TopAuthorsChart } from '@/components/charts/top-authors-chart';
import { lotka, lotkaFromDistribution, topAuthors } from '@/lib/analyze/author-stats';
import { paper } from '../analyze/fixtures';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const signed = (...authors: string[]) => paper({ authors, authorCount: authors.length });

// Ada wrote 4 papers, Grace 2, Alan and Edsger 1 each.
const papers = [
  signed('Ada Lovelace', 'Grace Hopper'),
  signed('Ada Lovelace', 'Alan Turing'),
  signed('Ada Lovelace', 'Grace Hopper'),
  signed('Ada Lovelace', 'Edsger Dijkstra'),
];
const countsOnly = [paper({ authorCount: 3 }), paper({ authorCount: 5 })];

describe('TopAuthorsChart', () => {
  it('draws one bar per author, most papers first, with name and count', () => {
    const html = renderToStaticMarkup(createElement(TopAuthorsChart, { data: topAuthors(papers) }));
    expect(count(html, /class="bar"/)).toBe(4);
    expect(html.indexOf('Ada Lovelace')).toBeLessThan(html.indexOf('Grace Hopper'));
    expect(html).toContain('data-tip="Ada Lovelace: 4 papers"');
    expect(html).toContain('aria-label="Authors with the most papers"');
  });

  it('explains that the sources give counts only, instead of blank axes', () => {
    const html = renderToStaticMarkup(createElement(TopAuthorsChart, { data: topAuthors(countsOnly) }));
    expect(html).toContain('This corpus&#x27;s sources give author counts only, not names');
    expect(html).not.toContain('<svg');
  });
});

describe('LotkaChart', () => {
  it('plots one point per number of papers written, the fitted line and the β = 2 line, axes labelled', () => {
    const html = renderToStaticMarkup(createElement(LotkaChart, { data: lotka(papers) }));
    expect(count(html, /class="lotka-point" cx="[\d.]+" cy="[\d.]+" r="4" data-tip/g)).toBe(3);
    expect(html).toContain('class="lotka-fit"');
    expect(html).toContain('class="lotka-theory"');
    expect(html).toContain('papers written (log scale)');
    expect(html).toContain('share of authors');
    expect(html).toContain('data-tip="2 authors wrote 1 paper (50% of 4)');
    expect(html).toContain('fitted: β = 0.50, C = 0.45, R² = 0.75');
    expect(html).toMatch(/>1<\/text>.*>2<\/text>.*>4<\/text>/);
  });

  it('starts a fitted line whose C is above 1 where it enters the plot, not over the axis title', () => {
    const data = lotkaFromDistribution(
      [
        [1, 100],
        [2, 40],
        [3, 5],
        [4, 1],
      ],
      { known: 146, unknown: 0 },
    );
    expect(data.c).toBeGreaterThan(1);
    const html = renderToStaticMarkup(createElement(LotkaChart, { data }));
    const fit = /class="lotka-fit" d="([^"]+)"|d="([^"]+)" class="lotka-fit"/.exec(html);
    const ys = [...(fit?.[1] ?? fit?.[2] ?? '').matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    expect(ys.length).toBeGreaterThan(10);
    // The plot's top edge is the chart's top margin, 16.
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(16);
  });

  it('explains that the sources give counts only, instead of blank axes', () => {
    const html = renderToStaticMarkup(createElement(LotkaChart, { data: lotka(countsOnly) }));
    expect(html).toContain('This corpus&#x27;s sources give author counts only, not names');
    expect(html).not.toContain('<svg');
  });

  it('says there is nothing to fit when every author wrote as many papers', () => {
    const html = renderToStaticMarkup(createElement(LotkaChart, { data: lotka([signed('Ada Lovelace')]) }));
    expect(html).toContain('no distribution to fit');
  });
});
