import { describe, expect, it } from 'vitest';
import { describeFilter, filterPapers, isFiltered, NO_FILTER } from '@/lib/analyze/filter-papers';
import { paper } from './fixtures';

const term = (key: string) => ({ key, label: key });
const papers = [
  {
    ...paper({ date: '2023-04-02', authorCount: 3, codeStatus: 'linked' }),
    terms: [term('diffusion model')],
  },
  { ...paper({ date: '2024-01-15', authorCount: 12, codeStatus: 'none' }), terms: [term('reward model')] },
  {
    ...paper({ date: '2024-06-30', authorCount: null, codeStatus: 'unknown' }),
    terms: [term('diffusion model'), term('reward model')],
  },
  { ...paper({ date: null, authorCount: 3, codeStatus: 'linked' }), terms: [term('diffusion model')] },
];

describe('filterPapers', () => {
  it('keeps every paper without a filter', () => {
    expect(filterPapers(papers, NO_FILTER)).toEqual([0, 1, 2, 3]);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('keeps papers that mention every chosen term', () => {
    expect(filterPapers(papers, { ...NO_FILTER, terms: ['diffusion model'] })).toEqual([0, 2, 3]);
    expect(filterPapers(papers, { ...NO_FILTER, terms: ['diffusion model', 'reward model'] })).toEqual([2]);
  });

  it('keeps papers in an inclusive span of years or months, leaving out undated papers', () => {
    expect(filterPapers(papers, { ...NO_FILTER, from: '2024', to: '2024' })).toEqual([1, 2]);
    expect(filterPapers(papers, { ...NO_FILTER, from: '2023-04', to: '2024-01' })).toEqual([0, 1]);
    expect(filterPapers(papers, { ...NO_FILTER, from: '2024-02' })).toEqual([2]);
  });

  it('filters by authors-per-paper bin, unknown counts included as their own bin', () => {
    expect(filterPapers(papers, { ...NO_FILTER, authors: '3' })).toEqual([0, 3]);
    expect(filterPapers(papers, { ...NO_FILTER, authors: '11–20' })).toEqual([1]);
    expect(filterPapers(papers, { ...NO_FILTER, authors: 'unknown' })).toEqual([2]);
  });

  it('filters by code status, unknown apart from none', () => {
    expect(filterPapers(papers, { ...NO_FILTER, code: 'none' })).toEqual([1]);
    expect(filterPapers(papers, { ...NO_FILTER, code: 'unknown' })).toEqual([2]);
  });

  it('combines filters', () => {
    const filter = { ...NO_FILTER, terms: ['diffusion model'], code: 'linked' as const, from: '2023' };
    expect(isFiltered(filter)).toBe(true);
    expect(filterPapers(papers, filter)).toEqual([0]);
  });
});

describe('filterPapers by venue, institution, country, category and author', () => {
  const at = (institution: string | null, country: string | null, author: number | null = null) => ({
    author,
    institution,
    country,
    address: [institution, country].filter(Boolean).join(', '),
  });
  const placed = [
    {
      ...paper({
        venue: 'Journal of Informetrics',
        authors: ['Massimo Aria', 'Corrado Cuccurullo'],
        affiliations: [at('Univ Naples Federico II', 'Italy', 0), at('Univ Campania', 'Italy', 1)],
      }),
      terms: [],
    },
    {
      ...paper({
        venue: 'JOURNAL OF INFORMETRICS',
        authors: ['M. Aria', 'Ada Lovelace'],
        affiliations: [at('UNIV NAPLES FEDERICO II', 'Italy'), at('Univ Manchester', 'United Kingdom', 1)],
      }),
      terms: [],
    },
    {
      ...paper({ venue: 'arXiv', authors: ['Ada Lovelace'], categories: ['cs.LG', 'stat.ML'] }),
      terms: [],
    },
    { ...paper({ venue: null, categories: ['stat.ML'] }), terms: [] },
  ];

  it('matches a venue or institution whatever its case, and a paper of unknown venue never', () => {
    expect(filterPapers(placed, { ...NO_FILTER, venue: 'journal of informetrics' })).toEqual([0, 1]);
    expect(filterPapers(placed, { ...NO_FILTER, venue: 'arXiv' })).toEqual([2]);
    expect(filterPapers(placed, { ...NO_FILTER, institution: 'Univ Naples Federico II' })).toEqual([0, 1]);
    expect(filterPapers(placed, { ...NO_FILTER, institution: 'Univ Naples' })).toEqual([]);
  });

  it('keeps papers with any address in the country, and papers listed in the category, primary or not', () => {
    expect(filterPapers(placed, { ...NO_FILTER, country: 'Italy' })).toEqual([0, 1]);
    expect(filterPapers(placed, { ...NO_FILTER, country: 'United Kingdom' })).toEqual([1]);
    expect(filterPapers(placed, { ...NO_FILTER, category: 'stat.ML' })).toEqual([2, 3]);
    expect(filterPapers(placed, { ...NO_FILTER, category: 'cs.LG' })).toEqual([2]);
  });

  it('matches an author across spellings, as the author statistics do', () => {
    expect(filterPapers(placed, { ...NO_FILTER, author: 'massimo aria' })).toEqual([0, 1]);
    expect(filterPapers(placed, { ...NO_FILTER, author: 'ada lovelace' })).toEqual([1, 2]);
    expect(filterPapers(placed, { ...NO_FILTER, author: 'ada lovelace', country: 'Italy' })).toEqual([1]);
    expect(isFiltered({ ...NO_FILTER, author: 'ada lovelace' })).toBe(true);
  });
});

describe('describeFilter', () => {
  it('names each active filter, and gives the filter without it', () => {
    const filter = {
      ...NO_FILTER,
      terms: ['reward model'],
      from: '2024-01',
      to: '2024-06',
      authors: '11–20',
      code: 'linked' as const,
    };
    const parts = describeFilter(filter, { 'reward model': 'reward model (RM)' });
    expect(parts.map((p) => p.label)).toEqual([
      'term: reward model (RM)',
      'published: Jan 2024 – Jun 2024',
      '11–20 authors',
      'links a GitHub repository',
    ]);
    expect(parts[0]?.without.terms).toEqual([]);
    expect(parts[1]?.without).toMatchObject({ from: null, to: null, code: 'linked' });
  });

  it('names one period once and is empty without a filter', () => {
    expect(describeFilter({ ...NO_FILTER, from: '2024', to: '2024' }).map((p) => p.label)).toEqual([
      'published: 2024',
    ]);
    expect(describeFilter(NO_FILTER)).toEqual([]);
  });
});
