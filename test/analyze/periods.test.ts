import { describe, expect, it } from 'vitest';
import { paperPeriod, periodRange } from '@/lib/analyze/periods';

describe('periodRange', () => {
  it('lists every year or month between two periods, across a new year', () => {
    expect(periodRange('2021', '2024', 'year')).toEqual(['2021', '2022', '2023', '2024']);
    expect(periodRange('2023-11', '2024-02', 'month')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodRange('2024-05', '2024-05', 'month')).toEqual(['2024-05']);
  });
});

describe('paperPeriod', () => {
  it('has no month for a paper dated to the year only, and no period without a date', () => {
    expect(paperPeriod({ date: '2024-03-19', datePrecision: 'day' }, 'month')).toBe('2024-03');
    expect(paperPeriod({ date: '2024-01-01', datePrecision: 'year' }, 'year')).toBe('2024');
    expect(paperPeriod({ date: '2024-01-01', datePrecision: 'year' }, 'month')).toBeNull();
    expect(paperPeriod({ date: null, datePrecision: null }, 'year')).toBeNull();
  });
});
