import { describe, expect, it } from 'vitest';
import { quoteInput } from '@/lib/format';
import {
  DEFAULT_VIEW,
  hrefWith,
  type ParsedView,
  parseViewParams,
  parseViewQuery,
  type ViewParams,
  viewQuery,
} from '@/lib/view-params';

/** The view a query gives, failing the test when it is refused. */
function viewOf(query: Record<string, string | string[]>): ViewParams {
  const view = parseViewParams(query);
  if (!view.ok) throw new Error(`refused: ${view.error}`);
  return view.params;
}

function refusal(query: Record<string, string | string[]>): Extract<ParsedView, { ok: false }> {
  const view = parseViewParams(query);
  if (view.ok) throw new Error('expected a refusal');
  return view;
}

describe('parseViewParams', () => {
  it('reads search, sort, page and timeline unit from the query', () => {
    expect(
      viewOf({
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
    expect(viewOf({ rank: 'popularity' }).termRanking).toBe('relevance');
    expect(viewQuery({ ...DEFAULT_VIEW, termRanking: 'frequency' })).toBe('?rank=frequency');
    expect(viewQuery({ ...DEFAULT_VIEW, termRanking: 'relevance' })).toBe('');
  });

  it('falls back to the default for missing or malformed display settings, which change no row', () => {
    expect(viewOf({})).toEqual(DEFAULT_VIEW);
    expect(
      viewOf({
        sort: 'password.desc',
        timeline: 'decade',
        page: '-2',
        size: '7',
      }),
    ).toEqual(DEFAULT_VIEW);
  });

  it('reads the filter: terms (repeated), a span of periods, an authors bin and a code status', () => {
    const params = viewOf({
      term: ['diffusion model', 'reward model', 'diffusion model'],
      from: '2023-04',
      to: '2024',
      authors: '11-20',
      code: 'linked',
    });
    expect(params.filter).toEqual({
      ...DEFAULT_VIEW.filter,
      terms: ['diffusion model', 'reward model'],
      from: '2023-04',
      to: '2024',
      authors: '11–20',
      code: 'linked',
    });
    expect(viewOf({ term: 'one' }).filter.terms).toEqual(['one']);
  });

  it('refuses a search over 200 characters rather than show every row', () => {
    expect(viewOf({ q: 'x'.repeat(200) }).q).toHaveLength(200);
    const refused = refusal({ q: 'x'.repeat(201), term: 'diffusion model' });
    expect(refused.fields).toEqual(['q']);
    expect(refused.error).toBe('The search is 201 characters long; at most 200 are read. Shorten it.');
  });

  it('refuses more than 5 terms rather than drop them all', () => {
    expect(viewOf({ term: ['a', 'b', 'c', 'd', 'e'] }).filter.terms).toHaveLength(5);
    // Repeats of one term count once.
    expect(viewOf({ term: ['a', 'b', 'c', 'd', 'e', 'a'] }).filter.terms).toHaveLength(5);
    const refused = refusal({ term: ['a', 'b', 'c', 'd', 'e', 'f'] });
    expect(refused).toEqual({
      ok: false,
      error: 'The filter names 6 terms; at most 5 can be combined.',
      fields: ['term'],
    });
  });

  it('refuses filter values that are not well formed, naming the value and the parameter', () => {
    expect(refusal({ from: '2023-13' })).toEqual({
      ok: false,
      error: 'The period "2023-13" (from) is not a year (2024) or a month (2024-03).',
      fields: ['from'],
    });
    expect(refusal({ to: 'soon' }).fields).toEqual(['to']);
    expect(refusal({ authors: '7–9' }).error).toMatch(/^The authors bin "7–9" is not one of 1, 2, /);
    expect(refusal({ code: 'maybe' }).error).toBe(
      'The GitHub status "maybe" is not one of linked, none, unknown.',
    );
    expect(refusal({ term: ['a', 'x'.repeat(201)] }).fields).toEqual(['term']);
  });

  it('quotes at most 60 characters of a long value in a refusal', () => {
    const refused = refusal({ from: 'y'.repeat(100_000) });
    expect(refused.error.length).toBeLessThan(200);
    expect(refused.error).toContain('(100,000 characters)');
    expect(quoteInput('short')).toBe('"short"');
  });

  it('takes the first of repeated parameters', () => {
    expect(viewOf({ q: ['a', 'b'], sort: ['date.asc'] }).sort).toEqual({ id: 'date', desc: false });
  });
});

describe('viewQuery', () => {
  it('writes what differs from the default, and reads back the same view', () => {
    const view = {
      ...DEFAULT_VIEW,
      q: 'a b',
      sort: { id: 'date' as const, desc: true },
      page: 2,
      filter: {
        ...DEFAULT_VIEW.filter,
        terms: ['x y', 'z'],
        from: '2024-01',
        to: null,
        authors: 'unknown',
        code: 'none' as const,
      },
    };
    const query = viewQuery(view);
    expect(query).toBe('?q=a+b&sort=date.desc&page=2&term=x+y&term=z&from=2024-01&authors=unknown&code=none');
    const search = new URLSearchParams(query);
    const record: Record<string, string | string[]> = {};
    for (const key of search.keys())
      record[key] = search.getAll(key).length > 1 ? search.getAll(key) : (search.get(key) ?? '');
    expect(viewOf(record)).toEqual(view);
    expect(viewQuery(DEFAULT_VIEW)).toBe('');
  });
});

describe('hrefWith', () => {
  it('sets a span on a view whose search holds FROM, TO or PHOTON, leaving the search as written', () => {
    const base = `/${viewQuery({ ...DEFAULT_VIEW, q: 'PHOTON FROM TO' })}`;
    const href = hrefWith(base, { from: '2025', to: '2025' });
    expect(viewOf(Object.fromEntries(new URLSearchParams(href.split('?')[1])))).toMatchObject({
      q: 'PHOTON FROM TO',
      filter: { from: '2025', to: '2025' },
    });
  });

  it('adds a term to a view searching LONG-TERM, keeping the terms already chosen', () => {
    const base = `/corpora/x${viewQuery({ ...DEFAULT_VIEW, q: 'LONG-TERM', filter: { ...DEFAULT_VIEW.filter, terms: ['a b'] } })}`;
    const href = hrefWith(base, {}, { term: 'large language model' });
    expect(href.startsWith('/corpora/x?')).toBe(true);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('q')).toBe('LONG-TERM');
    expect(query.getAll('term')).toEqual(['a b', 'large language model']);
  });

  it('works on a path without a query', () => {
    expect(hrefWith('/', { from: '2024-01', to: '2024-03' })).toBe('/?from=2024-01&to=2024-03');
  });
});

describe('place and author filters in the URL', () => {
  it('write and read back a venue, institution, country, category and author, sorted by citations', () => {
    const view = {
      ...DEFAULT_VIEW,
      sort: { id: 'citations' as const, desc: true },
      filter: {
        ...DEFAULT_VIEW.filter,
        venue: 'Journal of Informetrics',
        institution: 'Univ Naples Federico II',
        country: 'Italy',
        category: 'cs.LG',
        author: 'massimo aria',
      },
    };
    const query = viewQuery(view);
    expect(query).toBe(
      '?sort=citations.desc&venue=Journal+of+Informetrics&institution=Univ+Naples+Federico+II&country=Italy&category=cs.LG&author=massimo+aria',
    );
    expect(parseViewQuery(new URLSearchParams(query))).toEqual({ ok: true, params: view });
  });

  it('ignores empty values and refuses overlong ones, naming the field', () => {
    expect(viewOf({ venue: '  ', category: '' }).filter).toEqual(DEFAULT_VIEW.filter);
    expect(refusal({ country: 'x'.repeat(301) }).fields).toEqual(['country']);
  });
});
