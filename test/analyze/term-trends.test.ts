import { describe, expect, it } from 'vitest';
import { termTrends } from '@/lib/analyze/term-trends';
import type { AnalyzedPaper, DatePrecision } from '@/lib/model';
import { paper } from './fixtures';

function analyzed(date: string | null, keys: string[], datePrecision: DatePrecision = 'day'): AnalyzedPaper {
  return {
    ...paper({ date, datePrecision: date ? datePrecision : null }),
    terms: keys.map((key) => ({ key, label: key })),
  };
}

describe('termTrends', () => {
  const papers = [
    analyzed('2021-01-10', ['diffusion model', 'reward model']),
    analyzed('2021-06-01', ['diffusion model']),
    analyzed('2021-12-20', ['language model']),
    analyzed('2023-02-01', ['diffusion model', 'language model']),
    analyzed('2023-12-30', ['language model', 'language model']),
    analyzed(null, ['diffusion model']),
  ];

  it('gives each top term its share of the dated papers of every year, top terms as topTerms ranks them', () => {
    const trends = termTrends(papers, { unit: 'year', limit: 2 });
    expect(trends.periods).toEqual(['2021', '2022', '2023']);
    expect(trends.totals).toEqual([3, 0, 2]);
    expect(trends.terms.map((t) => [t.key, t.papers])).toEqual([
      ['diffusion model', 4],
      ['language model', 3],
    ]);
    expect(trends.terms[0]?.series).toEqual([
      { period: '2021', papers: 2, total: 3, share: 2 / 3 },
      { period: '2022', papers: 0, total: 0, share: null },
      { period: '2023', papers: 1, total: 2, share: 0.5 },
    ]);
    // A term repeated in one paper counts once.
    expect(trends.terms[1]?.series.map((p) => p.papers)).toEqual([1, 0, 2]);
    expect(trends.undated).toBe(1);
  });

  it('says a period with no paper is unknown, not zero', () => {
    const gap = termTrends(papers, { unit: 'year' }).terms.map((t) => t.series[1]?.share);
    expect(gap.every((share) => share === null)).toBe(true);
  });

  it('follows the keys asked for, in that order, even ones no paper mentions', () => {
    const trends = termTrends(papers, { terms: ['reward model', 'attention', 'diffusion model'] });
    expect(trends.terms.map((t) => [t.key, t.label, t.papers])).toEqual([
      ['reward model', 'reward model', 1],
      ['attention', 'attention', 0],
      ['diffusion model', 'diffusion model', 4],
    ]);
    expect(trends.terms[1]?.series.map((p) => p.share)).toEqual([0, null, 0]);
  });

  it('counts by month, leaving papers dated to the year only apart', () => {
    const trends = termTrends([...papers, analyzed('2021-01-01', ['diffusion model'], 'year')], {
      unit: 'month',
      terms: ['diffusion model'],
    });
    expect(trends.periods).toHaveLength(36);
    expect(trends.periods[0]).toBe('2021-01');
    expect(trends.periods.at(-1)).toBe('2023-12');
    expect(trends.yearOnly).toBe(1);
    expect(trends.undated).toBe(1);
    expect(trends.terms[0]?.series[0]).toEqual({ period: '2021-01', papers: 1, total: 1, share: 1 });
  });

  it('marks an edge period the corpus covers only in part', () => {
    expect(termTrends(papers, { unit: 'year' }).partial).toEqual([]);
    const late = termTrends([analyzed('2021-05-09', ['a b']), analyzed('2022-06-01', ['a b'])]);
    expect(late.partial).toEqual(['2021', '2022']);
    // A date given to the year alone says nothing about where in the year the corpus starts.
    const coarse = termTrends([analyzed('2021-01-01', ['a b'], 'year'), analyzed('2021-05-01', ['a b'])]);
    expect(coarse.partial).toEqual([]);
    const months = termTrends([analyzed('2024-05-27', ['a b']), analyzed('2024-07-31', ['a b'])], {
      unit: 'month',
    });
    expect(months.partial).toEqual(['2024-05']);
  });

  it('has no periods when no paper is dated, and no terms for no papers', () => {
    const undated = termTrends([analyzed(null, ['diffusion model'])]);
    expect(undated).toMatchObject({ periods: [], totals: [], undated: 1 });
    expect(undated.terms).toEqual([
      { key: 'diffusion model', label: 'diffusion model', papers: 1, series: [] },
    ]);
    expect(termTrends([])).toEqual({
      unit: 'year',
      periods: [],
      totals: [],
      partial: [],
      terms: [],
      undated: 0,
      yearOnly: 0,
    });
  });

  it('does not change the papers it is given', () => {
    const before = JSON.stringify(papers);
    termTrends(papers, { unit: 'month' });
    expect(JSON.stringify(papers)).toBe(before);
  });
});
