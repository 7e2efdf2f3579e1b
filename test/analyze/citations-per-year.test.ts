import { describe, expect, it } from 'vitest';
import { citationsPerYear } from '@/lib/analyze/citations-per-year';

describe('citationsPerYear', () => {
  it("divides mean citations per paper by (this year + 1 − year), as biblioshiny's average citations per year", () => {
    const result = citationsPerYear(
      [
        { year: 2022, papers: 4, known: 4, citations: 40 },
        { year: 2020, papers: 2, known: 2, citations: 30 },
      ],
      { today: '2025-06-01' },
    );
    expect(result.years.map((y) => [y.year, y.perPaper, y.citableYears, y.perYear])).toEqual([
      [2020, 15, 6, 2.5],
      [2022, 10, 4, 2.5],
    ]);
    expect(result).toMatchObject({ known: 6, unknown: 0 });
  });

  it('averages over papers with a known count only, and says how many are unknown', () => {
    const result = citationsPerYear([{ year: 2024, papers: 5, known: 2, citations: 9 }], {
      today: '2025-01-01',
    });
    expect(result.years[0]).toMatchObject({ perPaper: 4.5, citableYears: 2, perYear: 2.25 });
    expect(result).toMatchObject({ known: 2, unknown: 3 });
  });

  it('leaves a year whose counts are all unknown unknown, not zero', () => {
    const result = citationsPerYear([{ year: 2023, papers: 3, known: 0, citations: 0 }], {
      today: '2025-01-01',
    });
    expect(result.years[0]?.perPaper).toBeNull();
    expect(result.years[0]?.perYear).toBeNull();
  });

  it('is empty for no years', () => {
    expect(citationsPerYear([], { today: '2025-01-01' })).toEqual({ years: [], known: 0, unknown: 0 });
  });
});
