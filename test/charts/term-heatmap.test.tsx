import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TermHeatmap } from '@/components/charts/term-heatmap';
import type { TermBurst } from '@/lib/analyze/term-bursts';
import { termTrends } from '@/lib/analyze/term-trends';
import type { AnalyzedPaper } from '@/lib/model';
import { paper } from '../analyze/fixtures';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

function analyzed(date: string | null, keys: string[]): AnalyzedPaper {
  return {
    ...paper({ date, datePrecision: date ? 'day' : null }),
    terms: keys.map((key) => ({ key, label: key })),
  };
}

describe('TermHeatmap', () => {
  const papers = [
    analyzed('2021-02-01', ['diffusion model', 'reward model']),
    analyzed('2021-03-01', ['diffusion model']),
    analyzed('2023-04-01', ['reward model', 'language model']),
    analyzed('2024-05-01', ['language model', 'diffusion model']),
  ];
  const trends = termTrends(papers, { unit: 'year' });
  const bursts: TermBurst[] = [
    { key: 'reward model', label: 'reward model', start: '2023', end: '2024', strength: 3.2 },
  ];
  const html = renderToStaticMarkup(createElement(TermHeatmap, { data: trends, bursts }));

  it('draws one cell per term and period, hatched where the period has no papers', () => {
    expect(trends.periods).toEqual(['2021', '2022', '2023', '2024']);
    expect(count(html, /class="heat-cell"[^>]*data-tip/)).toBe(3 * 3);
    expect(count(html, /class="heat-unknown"/)).toBe(3);
    expect(html).toContain('no papers');
  });

  it('gives each row its term key and each cell a tooltip with counts and share', () => {
    for (const key of ['diffusion model', 'language model', 'reward model']) {
      expect(html).toContain(`data-term="${key}"`);
    }
    expect(html).toContain('data-tip="diffusion model · 2021: 2 of 2 papers (100%)"');
    expect(html).toContain('data-tip="reward model · 2024: 0 of 1 papers (0%)"');
    expect(html).toContain('data-tip="language model · 2022: no papers this year"');
  });

  it('outlines bursts over their cells and names them in the legend', () => {
    expect(count(html, /class="burst"[^>]*data-tip/)).toBe(1);
    expect(html).toContain('reward model: burst 2023–2024 (strength 3.2)');
    expect(html).toContain('burst (Kleinberg)');
  });

  it('labels periods, their totals and the colour scale', () => {
    expect(html).toMatch(/>2021<\/text>/);
    expect(html).toMatch(/>2024<\/text>/);
    expect(html).toContain('>n = 2</text>');
    expect(html).toMatch(/>0%<\/text>/);
    expect(html).toContain('share of the year');
    expect(html).toContain('role="img"');
    expect(html).toMatch(/viewBox="0 0 640 \d+"/);
  });

  it('says so when no paper is dated or no term is found', () => {
    const undated = termTrends([analyzed(null, ['diffusion model'])]);
    expect(renderToStaticMarkup(createElement(TermHeatmap, { data: undated }))).toContain(
      'No paper in this selection has a date.',
    );
    expect(renderToStaticMarkup(createElement(TermHeatmap, { data: termTrends([]) }))).toContain(
      'No multi-word terms found',
    );
  });
});
