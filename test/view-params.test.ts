import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewParams, viewQuery } from '@/lib/view-params';

describe('parseViewParams', () => {
  it('reads search, sort, page and timeline unit from the query', () => {
    expect(
      parseViewParams({ q: 'diffusion', sort: 'authors.desc', page: '3', size: '50', timeline: 'year' }),
    ).toEqual({
      q: 'diffusion',
      sort: { id: 'authors', desc: true },
      page: 3,
      size: 50,
      timeline: 'year',
    });
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

  it('takes the first of repeated parameters', () => {
    expect(parseViewParams({ q: ['a', 'b'], sort: ['date.asc'] }).sort).toEqual({ id: 'date', desc: false });
  });
});

describe('viewQuery', () => {
  it('writes what differs from the default, and reads back the same view', () => {
    const view = { ...DEFAULT_VIEW, q: 'a b', sort: { id: 'date' as const, desc: true }, page: 2 };
    const query = viewQuery(view);
    expect(query).toBe('?q=a+b&sort=date.desc&page=2');
    expect(parseViewParams(Object.fromEntries(new URLSearchParams(query)))).toEqual(view);
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
  });
});
