import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BradfordChart } from '@/components/charts/bradford-chart';
import { CitationsPerYearChart } from '@/components/charts/citations-per-year-chart';
import { CoauthorNetwork } from '@/components/charts/coauthor-network';
import { CodeImpactChart } from '@/components/charts/code-impact-chart';
import { CountryCollaborationChart } from '@/components/charts/country-collaboration-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { SeriesLinesChart, spreadLabels } from '@/components/charts/series-lines-chart';
import { WorldMap } from '@/components/charts/world-map';
import { bradfordLaw } from '@/lib/analyze/bradford-law';
import { citationsPerYear } from '@/lib/analyze/citations-per-year';
import { coauthorNetwork } from '@/lib/analyze/coauthor-network';
import { codeImpact } from '@/lib/analyze/code-impact';
import { countryCollaboration } from '@/lib/analyze/country-collaboration';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const render = <P extends object>(component: FunctionComponent<P>, props: P) =>
  renderToStaticMarkup(createElement(component, props));

describe('RankedBarChart', () => {
  it('draws a bar a row, labels cut to fit and the whole label in the tooltip', () => {
    const html = render(RankedBarChart, {
      label: 'Most cited papers',
      emptyMessage: 'none',
      marginLeft: 100,
      data: [
        {
          key: 'a',
          label: 'A very long paper title indeed',
          value: 40,
          tip: 'A very long paper title indeed: 40',
        },
        { key: 'b', label: 'Short', value: 12, shown: '12 citations', tip: 'Short: 12' },
      ],
    });
    expect(count(html, /<rect class="bar"/)).toBe(2);
    expect(html).toMatch(/>A very lon[^<]*…<\/text>/);
    expect(html).not.toContain('>A very long paper title indeed</text>');
    expect(html).toContain('data-tip="A very long paper title indeed: 40"');
    expect(html).toContain('>12 citations</text>');
  });

  it('links each bar to its filter, marks the active one, and becomes a group of controls', () => {
    const html = render(RankedBarChart, {
      label: 'Top sources',
      emptyMessage: 'none',
      data: [
        { key: 'Nature', label: 'Nature', value: 4, tip: 'Nature: 4' },
        { key: 'Science', label: 'Science', value: 2, tip: 'Science: 2' },
      ],
      hrefFor: (key) => `/?venue=${encodeURIComponent(key)}`,
      linkLabel: (name) => `Filter to papers in ${name}`,
      active: 'Science',
    });
    expect(html).toContain('role="group"');
    expect(html).toContain('<a href="/?venue=Nature" aria-label="Filter to papers in Nature">');
    expect(count(html, /class="bar-row is-active"/)).toBe(1);
  });

  it('says its empty message when there is nothing to rank', () => {
    expect(render(RankedBarChart, { label: 'x', emptyMessage: 'No venue is known.', data: [] })).toContain(
      'No venue is known.',
    );
  });
});

describe('CitationsPerYearChart', () => {
  it('draws a bar for each year with a known count and "?" for a year without', () => {
    const data = citationsPerYear(
      [
        { year: 2020, papers: 2, known: 2, citations: 12 },
        { year: 2022, papers: 3, known: 0, citations: 0 },
        { year: 2023, papers: 1, known: 1, citations: 3 },
      ],
      { today: '2025-01-01' },
    );
    const html = render(CitationsPerYearChart, { data });
    expect(count(html, /<rect class="bar"/)).toBe(2);
    expect(html).toContain('>?</text>');
    // 2021 has no papers: it keeps its slot on the axis, with no bar and no mark.
    expect(html).toContain('>2021</text>');
    expect(html).toContain('2022: 3 papers, none with a citation count');
  });
});

describe('CodeImpactChart', () => {
  it('draws a median dot and an interval for each group', () => {
    const values = Array.from({ length: 12 }, (_, i) => ({
      value: i,
      linked: i > 4 ? 2 : 0,
      none: i < 8 ? 2 : 0,
    }));
    const html = render(CodeImpactChart, {
      data: codeImpact(values, { metric: 'upvotes', unknownCode: 0, unknownMetric: 0 }),
    });
    expect(count(html, /<circle class="median-dot/)).toBe(2);
    expect(count(html, /<g class="interval">/)).toBe(2);
    expect(html).toContain('Link a repository');
    expect(html).toContain('14 papers');
  });
});

describe('BradfordChart', () => {
  it('shades three zones and names them with their sources in the legend', () => {
    const data = bradfordLaw(
      [8, 6, 4, 3, 2, 2, 2, 1, 1, 1].map((papers, i) => ({ name: `Journal ${i}`, papers })),
    );
    const html = render(BradfordChart, { data });
    expect(count(html, /<circle class="bradford-dot"/)).toBe(10);
    expect(html).toContain('Zone 1 (core): 2 sources · 47% of papers');
    expect(html).toContain('class="bradford-fit"');
  });

  it('says why there is no bibliograph for one source', () => {
    expect(render(BradfordChart, { data: bradfordLaw([{ name: 'J', papers: 3 }]) })).toContain(
      'the same source',
    );
  });
});

describe('SeriesLinesChart', () => {
  it('draws one line a series and names each at its end', () => {
    const html = render(SeriesLinesChart, {
      periods: ['2020', '2021', '2022'],
      series: [
        { key: 'a', label: 'Journal A', values: [1, 3, 6] },
        { key: 'b', label: 'Journal B', values: [null, 2, 6] },
      ],
      label: 'Sources over time',
      axisTitle: 'cumulative papers',
      emptyMessage: 'none',
    });
    expect(count(html, /<g class="series"/)).toBe(2);
    expect(count(html, /<circle /)).toBe(5);
    expect(html).toContain('>Journal A</text>');
  });

  it('keeps end labels apart when lines end at the same value', () => {
    const spread = spreadLabels([100, 100, 50], 13, 0, 200);
    expect(spread[2]).toBe(50);
    expect(Math.abs((spread[0] ?? 0) - (spread[1] ?? 0))).toBeGreaterThanOrEqual(13);
    expect(Math.max(...spread)).toBeLessThanOrEqual(200);
  });
});

describe('CountryCollaborationChart', () => {
  it('stacks single- and multiple-country papers for each country', () => {
    const { countries } = countryCollaboration(
      [
        { country: 'Italy', papers: 4, single: 3 },
        { country: 'China', papers: 6, single: 2 },
      ],
      0,
    );
    const html = render(CountryCollaborationChart, { data: countries });
    expect(count(html, /<rect class="bar"/)).toBe(3);
    expect(count(html, /<rect class="secondary"/)).toBe(3);
    expect(html).toContain('China: 6 papers · 2 single-country, 4 multiple-country (67%)');
  });
});

describe('WorldMap', () => {
  it('shades the countries with papers and leaves the others empty', () => {
    const html = render(WorldMap, {
      data: [
        { id: '380', name: 'Italy', papers: 12 },
        { id: '156', name: 'China', papers: 3 },
      ],
    });
    expect(count(html, /data-country="/)).toBe(2);
    expect(html).toContain('data-tip="Italy: 12 papers"');
    expect(count(html, /map-empty/)).toBeGreaterThan(150);
    expect(html).not.toContain('Antarctica');
  });

  it('names countries the map is too coarse to draw', () => {
    const html = render(WorldMap, { data: [{ id: '702', name: 'Singapore', papers: 2 }] });
    expect(html).toContain('not drawn at this scale: Singapore');
  });
});

describe('CoauthorNetwork', () => {
  const nodes = ['Ana', 'Bo', 'Cy', 'Di'].map((label, i) => ({
    key: label.toLowerCase(),
    label,
    papers: 8 - i,
  }));
  const data = coauthorNetwork(nodes, [
    { source: 'ana', target: 'bo', papers: 4 },
    { source: 'bo', target: 'cy', papers: 1 },
  ]);

  it('draws every author as a node and every pair as a line, labelled', () => {
    const html = render(CoauthorNetwork, { data });
    expect(count(html, /<circle class="net-circle"/)).toBe(4);
    expect(count(html, /<line class="net-link"/)).toBe(2);
    expect(count(html, /<text class="net-label"/)).toBe(4);
    expect(html).toContain('data-tip="Ana – Bo: 4 papers together"');
  });

  it('lays out the same map for the same input', () => {
    expect(render(CoauthorNetwork, { data })).toBe(render(CoauthorNetwork, { data }));
  });
});
