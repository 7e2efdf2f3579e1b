import { describe, expect, it } from 'vitest';
import { fitRowLabels, labelWidth, periodTicks } from '@/components/charts/axis-labels';
import { periodRange } from '@/lib/analyze/periods';

const months = (from: string, to: string) => periodRange(from, to, 'month');

describe('periodTicks', () => {
  it('names every month when they fit, with the year under the first month and each January', () => {
    const ticks = periodTicks(months('2025-11', '2026-03'), 'month', 60);
    expect(ticks).toEqual([
      { period: '2025-11', label: 'Nov', year: '2025' },
      { period: '2025-12', label: 'Dec', year: undefined },
      { period: '2026-01', label: 'Jan', year: '2026' },
      { period: '2026-02', label: 'Feb', year: undefined },
      { period: '2026-03', label: 'Mar', year: undefined },
    ]);
  });

  it('thins months to every 2nd, 3rd or 6th from January as they get narrower, never closer than a label', () => {
    const periods = months('2024-05', '2025-12');
    for (const step of [40, 20, 12, 8]) {
      const ticks = periodTicks(periods, 'month', step);
      const gaps = ticks
        .slice(1)
        .map((t, i) => (periods.indexOf(t.period) - periods.indexOf(ticks[i]?.period ?? '')) * step);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(labelWidth('2000') + 8);
    }
    expect(periodTicks(periods, 'month', 20).map((t) => t.label)).toEqual([
      'May',
      'Jul',
      'Sep',
      'Nov',
      'Jan',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
    ]);
    expect(periodTicks(periods, 'month', 12).map((t) => t.label)).toEqual([
      'Jul',
      'Oct',
      'Jan',
      'Apr',
      'Jul',
      'Oct',
    ]);
  });

  it('falls back to years at their Januaries when even half-years collide', () => {
    const ticks = periodTicks(months('2019-03', '2025-10'), 'month', 2);
    expect(ticks.map((t) => t.label)).toEqual(['2020', '2022', '2024']);
  });

  it('thins a 31-year axis to round years, as a Web of Science export spanning 1986–2016 needs', () => {
    const years = periodRange('1986', '2016', 'year');
    expect(periodTicks(years, 'year', 40).length).toBe(31);
    expect(periodTicks(years, 'year', 19).map((t) => t.label)).toEqual(
      years.filter((y) => Number(y) % 2 === 0),
    );
    expect(periodTicks(years, 'year', 8).map((t) => t.label)).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
    ]);
    expect(periodTicks(years, 'year', 3).map((t) => t.label)).toEqual(['2000']);
    expect(periodTicks(['2017'], 'year', 4)).toEqual([{ period: '2017', label: '2017' }]);
  });
});

describe('fitRowLabels', () => {
  it('sizes the margin to the longest label and shortens only what exceeds the room given', () => {
    const { margin, labels } = fitRowLabels(['short', 'multimodal large language model (MLLM)'], {
      fontSize: 12.5,
      maxWidth: 200,
    });
    expect(labels[0]).toBe('short');
    expect(labels[1]).toMatch(/…$/);
    expect((labels[1]?.length ?? 0) * 12.5 * 0.66).toBeLessThanOrEqual(200);
    expect(margin).toBeLessThanOrEqual(200 + 14);
    expect(fitRowLabels(['a b'], { maxWidth: 300 }).labels).toEqual(['a b']);
  });
});
