import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paperTerms } from '@/lib/analyze/paper-terms';
import { termBursts, termSlopes } from '@/lib/analyze/term-bursts';
import { termCooccurrence } from '@/lib/analyze/term-cooccurrence';
import { termTrends } from '@/lib/analyze/term-trends';
import { topTerms } from '@/lib/analyze/top-terms';
import { parseHfListing } from '@/lib/ingest/hf-listing';
import { extractTerms } from '@/lib/terms/extract-terms';

const file = 'data/distribution-matching-search.txt';
const { papers } = parseHfListing(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file });
const terms = paperTerms(papers.map((p) => extractTerms(`${p.title}\n${p.abstract}`)));
const analyzed = papers.map((p, i) => ({ ...p, terms: terms[i] ?? [] }));

describe('term statistics of the shipped corpus', () => {
  const top = topTerms(analyzed, { limit: 30 });

  it('follows the top terms over every year and month from the first card to the last', () => {
    const byYear = termTrends(analyzed, { unit: 'year' });
    expect(byYear.terms.map((t) => t.key)).toEqual(top.slice(0, 12).map((t) => t.key));
    expect(byYear.periods).toEqual(['2021', '2022', '2023', '2024', '2025']);
    expect(byYear.totals.reduce((sum, n) => sum + n, 0) + byYear.undated).toBe(papers.length);
    for (const term of byYear.terms) {
      expect(term.series.map((p) => p.period)).toEqual(byYear.periods);
      for (const point of term.series) {
        expect(point.papers).toBeLessThanOrEqual(point.total);
        if (point.share !== null) expect(point.share).toBeCloseTo(point.papers / point.total, 12);
      }
    }
    const byMonth = termTrends(analyzed, { unit: 'month' });
    expect(byMonth.periods[0]).toBe(
      papers
        .map((p) => p.date ?? '')
        .sort()[0]
        ?.slice(0, 7),
    );
    // Empty months are unknown, not zero.
    const empty = byMonth.periods.findIndex((_, i) => byMonth.totals[i] === 0);
    expect(byMonth.terms[0]?.series[empty]?.share).toBeNull();
  });

  it('finds slopes and bursts only for the terms it follows, within the periods', () => {
    const trends = termTrends(analyzed, { unit: 'year' });
    const keys = new Set(trends.terms.map((t) => t.key));
    const slopes = termSlopes(trends);
    // The first card is from May 2021 and the last from October: both edge years are partial.
    expect(trends.partial).toEqual(['2021', '2025']);
    expect(slopes).toMatchObject({ first: '2022', last: '2024', periods: 3 });
    for (const s of [...slopes.rising, ...slopes.fading]) expect(keys.has(s.key)).toBe(true);
    for (const burst of termBursts(trends)) {
      expect(keys.has(burst.key)).toBe(true);
      expect(trends.periods).toContain(burst.start);
      expect(burst.end >= burst.start).toBe(true);
      expect(burst.strength).toBeGreaterThan(0);
    }
  });

  it('maps the top 30 terms as nodes, every link between two of them', () => {
    const network = termCooccurrence(analyzed);
    expect(network.nodes.map((n) => n.key)).toEqual(top.map((t) => t.key));
    const keys = new Set(network.nodes.map((n) => n.key));
    expect(network.links.length).toBeGreaterThan(0);
    for (const link of network.links) {
      expect(keys.has(link.source) && keys.has(link.target)).toBe(true);
      expect(link.source).not.toBe(link.target);
      expect(link.papers).toBeGreaterThanOrEqual(2);
      expect(link.strength).toBeGreaterThan(0);
    }
    const pairs = network.links.map((l) => `${l.source}|${l.target}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
