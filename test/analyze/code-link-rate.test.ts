import { describe, expect, it } from 'vitest';
import { codeLinkCoverage, codeLinkRate } from '@/lib/analyze/code-link-rate';
import { paper } from './fixtures';

describe('codeLinkRate', () => {
  it('counts papers of unknown status apart from papers without code', () => {
    const result = codeLinkRate([
      paper({ codeStatus: 'linked', date: '2024-01-02' }),
      paper({ codeStatus: 'none', date: '2024-05-01' }),
      paper({ codeStatus: 'unknown', date: '2024-06-01' }),
      paper({ codeStatus: 'none', date: '2023-03-01' }),
      paper({ codeStatus: 'linked', date: null }),
    ]);
    expect(result.overall).toEqual({ linked: 2, none: 2, unknown: 1, known: 4, rate: 0.5 });
    expect(result.byYear).toEqual([
      { year: 2023, linked: 0, none: 1, unknown: 0, known: 1, rate: 0 },
      { year: 2024, linked: 1, none: 1, unknown: 1, known: 2, rate: 0.5 },
    ]);
    expect(result.undated).toBe(1);
  });

  it('has a null rate, not zero, when no status is known', () => {
    const result = codeLinkRate([paper({ codeStatus: 'unknown', date: '2020-01-01' })]);
    expect(result.overall.rate).toBeNull();
    expect(result.byYear[0]?.rate).toBeNull();
  });

  it('is empty for no papers', () => {
    expect(codeLinkRate([])).toEqual({
      overall: { linked: 0, none: 0, unknown: 0, known: 0, rate: null },
      byYear: [],
      undated: 0,
    });
  });
});

describe('codeLinkCoverage', () => {
  it('says the status is unknown for every paper when none is known, never a rate of zero', () => {
    const { overall } = codeLinkRate([
      paper({ codeStatus: 'unknown', date: '1990-01-01' }),
      paper({ codeStatus: 'unknown', date: '2001-01-01' }),
    ]);
    expect(codeLinkCoverage(overall)).toBe(
      'Unknown for all 2 papers: their source has no field for links (Web of Science, Scopus) and no record names one',
    );
  });

  it('states how many papers the rate covers when some are unknown', () => {
    const { overall } = codeLinkRate([
      paper({ codeStatus: 'linked' }),
      paper({ codeStatus: 'none' }),
      paper({ codeStatus: 'unknown' }),
    ]);
    expect(codeLinkCoverage(overall)).toBe(
      '1 of 2 papers with known status link a repository · covers 2 of 3 · 1 unknown, left out of the rate',
    );
    expect(codeLinkCoverage(codeLinkRate([paper({ codeStatus: 'none' })]).overall)).toBe(
      '0 of 1 paper with known status link a repository',
    );
  });
});
