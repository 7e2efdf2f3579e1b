import { describe, expect, it } from 'vitest';
import { parseViewParams } from '@/lib/view-params';

describe('parseViewParams', () => {
  it('reads search, sort and timeline unit from the query', () => {
    expect(parseViewParams({ q: 'diffusion', sort: 'authors.desc', timeline: 'year' })).toEqual({
      q: 'diffusion',
      sort: { id: 'authors', desc: true },
      timeline: 'year',
    });
  });

  it('falls back to the default view for missing or malformed values', () => {
    expect(parseViewParams({})).toEqual({ q: '', sort: null, timeline: 'month' });
    expect(parseViewParams({ sort: 'password.desc', timeline: 'decade', q: 'x'.repeat(500) })).toEqual({
      q: '',
      sort: null,
      timeline: 'month',
    });
  });

  it('takes the first of repeated parameters', () => {
    expect(parseViewParams({ q: ['a', 'b'], sort: ['date.asc'] }).sort).toEqual({ id: 'date', desc: false });
  });
});
