import { describe, expect, it } from 'vitest';
import { corpusSummary } from '@/lib/analyze/corpus-summary';
import { paper } from './fixtures';

describe('corpusSummary', () => {
  it('gives the headline numbers and the coverage of each', () => {
    const summary = corpusSummary([
      paper({ date: '2024-03-01', authorCount: 3, codeStatus: 'linked' }),
      paper({ date: '2022-07-09', authorCount: 5, codeStatus: 'none' }),
      paper({ date: null, organisation: 'Adobe', codeStatus: 'none' }),
      paper({ date: '2023-01-01', organisation: 'Adobe', codeStatus: 'unknown' }),
      paper({ date: '2023-01-01', organisation: 'Apple', codeStatus: 'none' }),
    ]);
    expect(summary.papers).toBe(5);
    expect(summary.dateSpan).toEqual({ first: '2022-07-09', last: '2024-03-01' });
    expect(summary.dated).toBe(4);
    expect(summary.authors).toEqual({ known: 2, unknown: 3, mean: 4, median: 4, max: 5 });
    expect(summary.code).toEqual({ linked: 1, none: 3, unknown: 1, known: 4, rate: 0.25 });
    expect(summary.organisations).toEqual([
      { name: 'Adobe', papers: 2 },
      { name: 'Apple', papers: 1 },
    ]);
  });

  it('has no span for an empty corpus', () => {
    expect(corpusSummary([]).dateSpan).toBeNull();
  });
});
