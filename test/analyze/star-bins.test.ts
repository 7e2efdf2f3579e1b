import { describe, expect, it } from 'vitest';
import { starBinOf, starBins } from '@/lib/analyze/star-bins';

describe('starBins', () => {
  it('bins star counts a decade wide, the last bin open', () => {
    expect([0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 250000].map(starBinOf)).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('lists every bin in order, empty ones as 0', () => {
    const bins = starBins([
      { bin: 3, papers: 4 },
      { bin: 1, papers: 2 },
    ]);
    expect(bins.map((b) => [b.label, b.papers])).toEqual([
      ['0', 0],
      ['1–9', 2],
      ['10–99', 0],
      ['100–999', 4],
      ['1,000–9,999', 0],
      ['10,000+', 0],
    ]);
  });
});
