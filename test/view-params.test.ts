import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewParams, viewQuery } from '@/lib/view-params';

describe('parseViewParams', () => {
  it('reads search, sort, page and timeline unit from the query', () => {
    expect(
      parseViewParams({
        q: 'diffusion',
        sort: 'authors.desc',
        page: '3',
        size: '50',
        timeline: 'year',
        trends: 'month',
        rank: 'frequency',
      }),
    ).toEqual({
      q: 'diffusion',
      sort: { id: 'authors', desc: true },
      page: 3,
      size: 50,
      timeline: 'year',
      trends: 'month',
      termRanking: 'frequency',
      filter: DEFAULT_VIEW.filter,
    });
  });

  it('ranks terms by relevance unless the query asks for frequency, and links only the other ranking', () => {
    expect(parseViewParams({ rank: 'popularity' }).termRanking).toBe('relevance');
    expect(viewQuery({ ...DEFAULT_VIEW, termRanking: 'frequency' })).toBe('?rank=frequency');
    expect(viewQuery({ ...DEFAULT_VIEW, termRanking: 'relevance' })).toBe('');
  });

  it('falls back to the default view for missing or malformed values', () => {
    expect(parseViewParams({})).toEqual(DEFAULT_VIEW);
    expect(
      parseViewParams({
        sort: 'password.desc',
        timeline: 'decade',
        q: 'x'.repeat(500),
        page: '-2',
        size: '7',
      }),
    ).toEqual(DEFAULT_VIEW);
  });

  it('reads the filter: terms (repeated), a span of periods, an authors bin and a code status', () => {
    const params = parseViewParams({
      term: ['diffusion model', 'reward model', 'diffusion model'],
      from: '2023-04',
      to: '2024',
      authors: '11-20',
      code: 'linked',
    });
    expect(params.filter).toEqual({
      terms: ['diffusion model', 'reward model'],
      from: '2023-04',
      to: '2024',
      authors: '11–20',
      code: 'linked',
    });
    expect(parseViewParams({ term: 'one' }).filter.terms).toEqual(['one']);
  });

  it('drops filter values that are not well formed', () => {
    expect(parseViewParams({ from: '2023-13', to: 'soon', authors: '7–9', code: 'maybe' }).filter).toEqual(
      DEFAULT_VIEW.filter,
    );
  });

  it('takes the first of repeated parameters', () => {
    expect(parseViewParams({ q: ['a', 'b'], sort: ['date.asc'] }).sort).toEqual({ id: 'date', desc: false });
  });
});

describe('viewQuery', () => {
  it('writes what differs from the default, and reads back the same view', () => {
    const view = {
      ...DEFAULT_VIEW,
      q: 'a b',
      sort: { id: 'date' as const, desc: true },
      page: 2,
      filter: { terms: ['x y', 'z'], from: '2024-01', to: null, authors: 'unknown', code: 'none' as const },
    };
    const query = viewQuery(view);
    expect(query).toBe('?q=a+b&sort=date.desc&page=2&term=x+y&term=z&from=2024-01&authors=unknown&code=none');
    const search = new URLSearchParams(query);
    const record: Record<string, string | string[]> = {};
    for (const key of search.keys())
      record[key] = search.getAll(key).length > 1 ? search.getAll(key) : (search.get(key) ?? '');
    expect(parseViewParams(record)).toEqual(view);
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
  });
});
