import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatMonth,
  formatNumber,
  formatPercent,
  plural,
  quoteInput,
  truncateLabel,
} from '@/lib/format';
import { parseFiles } from '@/lib/ingest/parse-files';

describe('formatters', () => {
  it('formats shares, unknown as the word', () => {
    expect(formatPercent(0.2667)).toBe('27%');
    expect(formatPercent(0.2667, 1)).toBe('26.7%');
    expect(formatPercent(null)).toBe('unknown');
  });

  it('formats months and dates to the precision given', () => {
    expect(formatMonth('2024-03')).toBe('Mar 2024');
    expect(formatMonth('2024')).toBe('2024');
    expect(formatDate('2024-03-09')).toBe('9 Mar 2024');
    expect(formatDate('2024-03-01', 'month')).toBe('Mar 2024');
    expect(formatDate('2024-01-01', 'year')).toBe('2024');
    expect(formatDate(null)).toBe('unknown');
  });

  it('formats numbers and counts', () => {
    expect(formatNumber(6.5333)).toBe('6.5');
    expect(formatNumber(1200)).toBe('1,200');
    expect(formatNumber(null)).toBe('unknown');
    expect(formatNumber(103887076912.5)).toBe('103,887,076,912.5');
    expect(formatNumber(-0.04, 2)).toBe('-0.04');
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(3, 'paper')).toBe('3 papers');
  });
});

describe('formatCount', () => {
  it('keeps counts under 10,000 exact and shortens larger ones to three digits', () => {
    expect([0, 50, 9_999].map((n) => formatCount(n))).toEqual(['0', '50', '9,999']);
    expect([12_332, 113_002, 200_000, 1_000_000, 1_250_000].map((n) => formatCount(n))).toEqual([
      '12.3k',
      '113k',
      '200k',
      '1M',
      '1.25M',
    ]);
  });
});

describe('truncateLabel', () => {
  it('cuts long labels with an ellipsis and keeps short ones', () => {
    expect(truncateLabel('direct preference optimization (DPO)', 20)).toBe('direct preference o…');
    expect(truncateLabel('reward model', 20)).toBe('reward model');
  });
});

describe('quoteInput, and messages that quote long input', () => {
  it('quotes a short value whole and a long one cut, with its length', () => {
    expect(quoteInput('2024-13')).toBe('"2024-13"');
    expect(quoteInput('y'.repeat(100_000))).toBe(`"${'y'.repeat(60)}…" (100,000 characters)`);
  });

  it('holds for what an import reports about a 100 KB date', () => {
    const ris = `TY  - JOUR\nTI  - A title\nPY  - ${'9'.repeat(100_000)}\nER  - \n`;
    const { problems } = parseFiles([{ name: 'hostile.ris', bytes: new TextEncoder().encode(ris) }]);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message.length).toBeLessThan(500);
    expect(problems.some((p) => p.message.includes('(100,000 characters)'))).toBe(true);
  });
});
