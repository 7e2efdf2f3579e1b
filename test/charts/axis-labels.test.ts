import { describe, expect, it } from 'vitest';
import {
  countsIn,
  fitLabel,
  fitRowLabels,
  periodTicks,
  shownTicks,
  textWidth,
} from '@/components/charts/axis-labels';
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
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(textWidth('2000') + 8);
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
    expect(textWidth(labels[1] ?? '', 12.5, { bold: true })).toBeLessThanOrEqual(200);
    expect(margin).toBeLessThanOrEqual(200 + 14);
    expect(fitRowLabels(['a b'], { maxWidth: 300 }).labels).toEqual(['a b']);
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and cuts one that does not, with an ellipsis', () => {
    expect(fitLabel('Research Policy', 200)).toBe('Research Policy');
    const cut = fitLabel('Technological Forecasting and Social Change', 150);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12.5)).toBeLessThanOrEqual(150);
  });

  it('cuts capitals shorter than lower case, as they are wider', () => {
    const lower = fitLabel('technological forecasting and social change', 150);
    const upper = fitLabel('TECHNOLOGICAL FORECASTING AND SOCIAL CHANGE', 150);
    expect(upper.length).toBeLessThan(lower.length);
  });
});

describe('shownTicks', () => {
  it('shows every label that has room, and otherwise every k-th counted back from the last', () => {
    const all = shownTicks(5, 40, 30);
    expect([0, 1, 2, 3, 4].map(all)).toEqual([true, true, true, true, true]);
    const some = shownTicks(6, 20, 34);
    expect([0, 1, 2, 3, 4, 5].map(some)).toEqual([false, true, false, true, false, true]);
  });
});

describe('countsIn', () => {
  it('keeps a row of counts exact where the largest fits the room, else shortens them all', () => {
    expect([97_582, 113_002].map(countsIn(60, 113_002))).toEqual(['97,582', '113,002']);
    expect([97_582, 113_002, 4_842].map(countsIn(40, 113_002))).toEqual(['97.6k', '113k', '4,842']);
  });
});
