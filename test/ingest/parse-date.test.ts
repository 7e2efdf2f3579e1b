import { describe, expect, it } from 'vitest';
import { dateFromParts, monthNumber, parseDate } from '@/lib/ingest/parse-date';

describe('parseDate', () => {
  it.each([
    ['2016', undefined, '2016-01-01', 'year'],
    ['2016-06', undefined, '2016-06-01', 'month'],
    ['2016-06-15', undefined, '2016-06-15', 'day'],
    ['2024-05-27T07:54:25.329Z', undefined, '2024-05-27', 'day'],
    ['1948/07//', undefined, '1948-07-01', 'month'],
    ['2014//', undefined, '2014-01-01', 'year'],
    ['1911/1912', undefined, '1911-01-01', 'year'],
    ['JUN 15', '2016', '2016-06-15', 'day'],
    ['DEC', 2016, '2016-12-01', 'month'],
    ['SPR', '2016', '2016-01-01', 'year'],
    ['JUN-JUL', '2016', '2016-06-01', 'month'],
    ['Mon, 2 Apr 2007 19:18:42 GMT', undefined, '2007-04-02', 'day'],
    ['15 June 2016', undefined, '2016-06-15', 'day'],
    ['Sept. 2001', undefined, '2001-09-01', 'month'],
    ['', '2020', '2020-01-01', 'year'],
    ['February 30 2021', undefined, '2021-02-01', 'month'],
  ])('%s (year %s) → %s at %s precision', (text, year, date, datePrecision) => {
    expect(parseDate(text, year)).toEqual({ date, datePrecision });
  });

  it('gives null without a year', () => {
    expect(parseDate('JUN 15')).toBeNull();
    expect(parseDate('in press')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});

describe('monthNumber and dateFromParts', () => {
  it('reads month names and numbers, rejecting other words', () => {
    expect(['jan', 'February', 'Sept.', '6', 'mon', 'may'].map(monthNumber)).toEqual([1, 2, 9, 6, null, 5]);
  });

  it('rejects impossible years and months', () => {
    expect(dateFromParts(99)).toBeNull();
    expect(dateFromParts(2020, 13)).toBeNull();
  });
});
