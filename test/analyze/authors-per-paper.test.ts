import { describe, expect, it } from 'vitest';
import { AUTHOR_BIN_LABELS, authorBinLabel, authorsPerPaper } from '@/lib/analyze/authors-per-paper';
import { paper } from './fixtures';

describe('authorsPerPaper', () => {
  it('bins counts one per bar up to ten, then in ranges up to the largest count', () => {
    const result = authorsPerPaper([2, 2, 3, 12, 50].map((n) => paper({ authorCount: n })));
    expect(result.bins.map((b) => b.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11–20',
      '21–50',
    ]);
    expect(result.bins.map((b) => b.papers)).toEqual([0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(result).toMatchObject({ known: 5, unknown: 0, mean: 13.8, median: 3, max: 50 });
  });

  it('puts counts past 100 in one open bin', () => {
    const result = authorsPerPaper([paper({ authorCount: 2900 })]);
    expect(result.bins.at(-1)).toEqual({ label: '101+', min: 101, max: Number.POSITIVE_INFINITY, papers: 1 });
  });

  it('keeps papers of unknown author count apart instead of counting them as zero', () => {
    const result = authorsPerPaper([
      paper({ authorCount: 4 }),
      paper({ authorCount: null }),
      paper({ authorCount: 0 }),
    ]);
    expect(result).toMatchObject({ known: 1, unknown: 2, mean: 4, median: 4, max: 4 });
    expect(result.bins.reduce((sum, b) => sum + b.papers, 0)).toBe(1);
  });

  it('has no bins and null statistics when no count is known', () => {
    expect(authorsPerPaper([paper()])).toEqual({
      bins: [],
      known: 0,
      unknown: 1,
      mean: null,
      median: null,
      max: null,
    });
    expect(authorsPerPaper([])).toEqual({
      bins: [],
      known: 0,
      unknown: 0,
      mean: null,
      median: null,
      max: null,
    });
  });

  it('takes the mean of the middle two as the median of an even count', () => {
    expect(authorsPerPaper([1, 2, 3, 10].map((n) => paper({ authorCount: n }))).median).toBe(2.5);
  });
});

describe('authorBinLabel', () => {
  it('names the bin a count falls in, and unknown for no count', () => {
    expect([1, 10, 11, 20, 50, 51, 2900, null, 0].map(authorBinLabel)).toEqual([
      '1',
      '10',
      '11–20',
      '11–20',
      '21–50',
      '51–100',
      '101+',
      'unknown',
      'unknown',
    ]);
  });

  it('uses the labels of the histogram', () => {
    const bins = authorsPerPaper([paper({ authorCount: 15 })]).bins.map((b) => b.label);
    expect(bins.every((label) => AUTHOR_BIN_LABELS.includes(label))).toBe(true);
  });
});
