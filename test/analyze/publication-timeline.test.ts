import { describe, expect, it } from 'vitest';
import { publicationTimeline } from '@/lib/analyze/publication-timeline';
import { paper } from './fixtures';

describe('publicationTimeline', () => {
  it('counts papers per month and per year with running totals, empty periods included', () => {
    const result = publicationTimeline([
      paper({ date: '2023-11-05', datePrecision: 'day' }),
      paper({ date: '2024-01-20', datePrecision: 'day' }),
      paper({ date: '2024-01-02', datePrecision: 'month' }),
      paper({ date: '2021-01-01', datePrecision: 'year' }),
    ]);
    expect(result.years).toEqual([
      { period: '2021', papers: 1, cumulative: 1 },
      { period: '2022', papers: 0, cumulative: 1 },
      { period: '2023', papers: 1, cumulative: 2 },
      { period: '2024', papers: 2, cumulative: 4 },
    ]);
    expect(result.months).toEqual([
      { period: '2023-11', papers: 1, cumulative: 1 },
      { period: '2023-12', papers: 0, cumulative: 1 },
      { period: '2024-01', papers: 2, cumulative: 3 },
    ]);
    expect(result.yearOnly).toBe(1);
    expect(result.undated).toBe(0);
  });

  it('counts undated papers apart and is empty without dates', () => {
    expect(publicationTimeline([paper({ date: null })])).toEqual({
      years: [],
      months: [],
      undated: 1,
      outsideRange: 0,
      yearOnly: 0,
    });
  });

  it('counts papers whose year was implausible as outside range, off the axes', () => {
    const result = publicationTimeline([
      paper({ date: null, dateOutsideRange: '1202-01-01' }),
      paper({ date: '2020-01-01', datePrecision: 'year' }),
      paper({ date: null }),
    ]);
    expect(result).toMatchObject({ undated: 1, outsideRange: 1 });
    expect(result.years.map((y) => y.period)).toEqual(['2020']);
  });
});
