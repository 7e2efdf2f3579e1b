import { describe, expect, it } from 'vitest';
import { yearlySeries } from '@/lib/analyze/yearly-series';

const rows = [
  { name: 'A', year: '2020', papers: 2 },
  { name: 'A', year: '2022', papers: 3 },
  { name: 'B', year: '2021', papers: 1 },
];

describe('yearlySeries', () => {
  it('aligns counts over every year of the span, empty years as 0', () => {
    const result = yearlySeries(rows, { names: ['A', 'B'] });
    expect(result.periods).toEqual(['2020', '2021', '2022']);
    expect(result.series.map((s) => s.values)).toEqual([
      [2, 0, 3],
      [0, 1, 0],
    ]);
  });

  it('gives running totals, as source production over time', () => {
    expect(yearlySeries(rows, { names: ['A'], cumulative: true }).series[0]?.values).toEqual([2, 2, 5]);
  });

  it('gives shares of each year, unknown for a year without papers', () => {
    const totals = new Map([
      ['2020', 4],
      ['2022', 6],
    ]);
    expect(yearlySeries(rows, { names: ['A'], totals }).series[0]?.values).toEqual([0.5, null, 0.5]);
  });

  it('is empty without rows or names', () => {
    expect(yearlySeries([], { names: ['A'] })).toEqual({ periods: [], series: [] });
    expect(yearlySeries(rows, { names: [] })).toEqual({ periods: [], series: [] });
  });
});
