import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TermTrendLines } from '@/components/charts/term-trend-lines';
import { termSlopes } from '@/lib/analyze/term-bursts';
import { termTrends } from '@/lib/analyze/term-trends';
import type { AnalyzedPaper } from '@/lib/model';
import { paper } from '../analyze/fixtures';

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

function analyzed(year: number, keys: string[]): AnalyzedPaper {
  return {
    ...paper({ date: `${year}-01-01`, datePrecision: 'year' }),
    terms: keys.map((key) => ({ key, label: key })),
  };
}

describe('TermTrendLines', () => {
  // Each year: four papers; "rising term" in 1, 2, 3, 4 of them, "fading term" in 4, 3, 2, 1.
  const papers = [2020, 2021, 2022, 2023].flatMap((year, i) =>
    [0, 1, 2, 3].map((j) =>
      analyzed(year, [
        ...(j <= i ? ['rising term'] : []),
        ...(j < 4 - i ? ['fading term'] : []),
        'flat term',
      ]),
    ),
  );
  const trends = termTrends(papers, { unit: 'year' });
  const slopes = termSlopes(trends);
  const html = renderToStaticMarkup(createElement(TermTrendLines, { data: trends, slopes }));

  it('draws one panel per rising and fading term, each with its line, points and fit', () => {
    expect(count(html, /class="trend-panel"/)).toBe(2);
    expect(html).toContain('data-term="rising term"');
    expect(html).toContain('data-term="fading term"');
    expect(count(html, /class="trend-line/)).toBe(2);
    expect(count(html, /class="trend-fit"/)).toBe(2);
    expect(count(html, /class="trend-dot/)).toBe(8);
  });

  it('states each slope in points a period and labels the rows', () => {
    expect(html).toContain('+25.0 points a year');
    expect(html).toContain('−25.0 points a year');
    expect(html).toContain('Rising (2020–2023');
    expect(html).toContain('Fading (2020–2023');
    expect(html).toContain('data-tip="rising term · 2022: 3 of 4 papers (75%)"');
  });

  it('says so when there are too few periods to fit', () => {
    const short = termTrends(papers.slice(0, 4), { unit: 'year' });
    const markup = renderToStaticMarkup(
      createElement(TermTrendLines, { data: short, slopes: termSlopes(short) }),
    );
    expect(markup).toContain('Too few years with papers');
  });
});
