import { z } from 'zod';
import { AUTHOR_BIN_LABELS } from '@/lib/analyze/authors-per-paper';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber, quoteInput } from '@/lib/format';

export const SORTABLE_COLUMNS = [
  'title',
  'date',
  'authors',
  'github',
  'terms',
  'citations',
  'upvotes',
  'stars',
  'venue',
  'institution',
] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface ViewParams {
  /** Table search. */
  q: string;
  sort: { id: SortColumn; desc: boolean } | null;
  /** 1-based table page. */
  page: number;
  size: number;
  /** The timeline's unit; `null` picks one from the span (see `timelineUnit`). */
  timeline: 'month' | 'year' | null;
  /** The unit of the term trends; `null` picks one from the corpus's span. */
  trends: 'month' | 'year' | null;
  /** How the top terms, and the trends and map built on them, are ranked (`rank=frequency` in the URL). */
  termRanking: 'relevance' | 'frequency';
  /** Narrows every chart and the table. */
  filter: PaperFilter;
}

export const DEFAULT_VIEW: ViewParams = {
  q: '',
  sort: null,
  page: 1,
  size: 25,
  timeline: null,
  trends: null,
  termRanking: 'relevance',
  filter: NO_FILTER,
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const CODE_STATUSES = ['linked', 'none', 'unknown'] as const;
/** The longest search the table reads, in characters. */
export const MAX_SEARCH = 200;
/** The most terms one filter combines. */
export const MAX_TERMS = 5;
const MAX_TERM = 200;
const NAMED_FILTERS = ['venue', 'institution', 'country', 'category', 'author'] as const;
const MAX_NAMED = 300;

// How the view is shown: a malformed value here changes no row, so it falls back to the default.
const display = z.object({
  sort: z.preprocess(
    first,
    z
      .string()
      .regex(new RegExp(`^(${SORTABLE_COLUMNS.join('|')})\\.(asc|desc)$`))
      .nullable()
      .catch(null),
  ),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).catch(1)).default(1),
  size: z
    .preprocess(
      first,
      z.coerce
        .number()
        .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
        .catch(25),
    )
    .default(25),
  timeline: z.preprocess(first, z.enum(['month', 'year']).nullable().catch(null)).default(null),
  trends: z.preprocess(first, z.enum(['month', 'year']).nullable().catch(null)).default(null),
  rank: z.preprocess(first, z.enum(['relevance', 'frequency']).catch('relevance')).default('relevance'),
});

/** A view the URL asks for, or why it cannot be shown as asked. */
export type ParsedView =
  | { ok: true; params: ViewParams }
  | {
      ok: false;
      /** A sentence for the reader. */
      error: string;
      /** The query parameters at fault: the view without them can be shown. */
      fields: string[];
    };

/**
 * What narrows the rows: the search and the filter. A value that cannot be honoured is refused with a reason,
 * never dropped: dropping it would show more rows than the reader asked for.
 */
function readSelection(
  searchParams: Record<string, unknown>,
): { ok: true; q: string; filter: PaperFilter } | Extract<ParsedView, { ok: false }> {
  const refuse = (field: string, error: string) => ({ ok: false as const, error, fields: [field] });
  const text = (key: string) => {
    const value = first(searchParams[key]);
    return typeof value === 'string' && value !== '' ? value : null;
  };

  const q = text('q') ?? '';
  if (q.length > MAX_SEARCH)
    return refuse(
      'q',
      `The search is ${formatNumber(q.length)} characters long; at most ${MAX_SEARCH} are read. Shorten it.`,
    );

  const terms = [...new Set(all(searchParams.term).map(String))];
  if (terms.length > MAX_TERMS)
    return refuse('term', `The filter names ${terms.length} terms; at most ${MAX_TERMS} can be combined.`);
  const badTerm = terms.find((term) => term === '' || term.length > MAX_TERM);
  if (badTerm !== undefined)
    return refuse(
      'term',
      badTerm === ''
        ? 'A term in the filter is empty.'
        : `The term ${quoteInput(badTerm)} is longer than ${MAX_TERM} characters.`,
    );

  for (const key of ['from', 'to'] as const) {
    const period = text(key);
    if (period !== null && !PERIOD.test(period))
      return refuse(
        key,
        `The period ${quoteInput(period)} (${key}) is not a year (2024) or a month (2024-03).`,
      );
  }

  // `3-5` is read as the bin `3–5`: a URL typed by hand has a plain hyphen.
  const authors = text('authors')?.replace('-', '–') ?? null;
  if (authors !== null && !AUTHOR_BIN_LABELS.includes(authors))
    return refuse(
      'authors',
      `The authors bin ${quoteInput(authors)} is not one of ${AUTHOR_BIN_LABELS.join(', ')}.`,
    );

  const code = text('code');
  if (code !== null && !(CODE_STATUSES as readonly string[]).includes(code))
    return refuse('code', `The GitHub status ${quoteInput(code)} is not one of ${CODE_STATUSES.join(', ')}.`);

  // A venue, institution, country, category or author key, as a link from the table or a chart writes it.
  const named: Record<(typeof NAMED_FILTERS)[number], string | null> = {
    venue: null,
    institution: null,
    country: null,
    category: null,
    author: null,
  };
  for (const key of NAMED_FILTERS) {
    const value = text(key)?.trim() || null;
    if (value !== null && value.length > MAX_NAMED)
      return refuse(key, `The ${key} ${quoteInput(value)} is longer than ${MAX_NAMED} characters.`);
    named[key] = value;
  }

  return {
    ok: true,
    q,
    filter: {
      terms,
      from: text('from'),
      to: text('to'),
      authors,
      code: code as PaperFilter['code'],
      ...named,
    },
  };
}

/**
 * The dashboard's state from the URL's query. A malformed display setting (sort, page, unit) falls back to its
 * default; a search or filter that cannot be honoured refuses the view.
 */
export function parseViewParams(searchParams: Record<string, string | string[] | undefined>): ParsedView {
  const selection = readSelection(searchParams);
  if (!selection.ok) return selection;
  const parsed = display.parse(searchParams);
  const [id, direction] = parsed.sort?.split('.') ?? [];
  return {
    ok: true,
    params: {
      q: selection.q,
      sort: id ? { id: id as SortColumn, desc: direction === 'desc' } : null,
      page: parsed.page,
      size: parsed.size,
      timeline: parsed.timeline,
      trends: parsed.trends,
      termRanking: parsed.rank,
      filter: selection.filter,
    },
  };
}

/** The same, from a URL's query string, with repeated keys (`term`) kept. */
export function parseViewQuery(query: URLSearchParams): ParsedView {
  const record: Record<string, string[]> = {};
  for (const key of query.keys()) record[key] = query.getAll(key);
  return parseViewParams(record);
}

/** The query string of a view, leaving out defaults so links stay short. */
export function viewQuery(params: ViewParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.sort) query.set('sort', `${params.sort.id}.${params.sort.desc ? 'desc' : 'asc'}`);
  if (params.page !== DEFAULT_VIEW.page) query.set('page', String(params.page));
  if (params.size !== DEFAULT_VIEW.size) query.set('size', String(params.size));
  if (params.timeline) query.set('timeline', params.timeline);
  if (params.trends) query.set('trends', params.trends);
  if (params.termRanking !== DEFAULT_VIEW.termRanking) query.set('rank', params.termRanking);
  const { filter } = params;
  for (const term of filter.terms) query.append('term', term);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.authors) query.set('authors', filter.authors);
  if (filter.code) query.set('code', filter.code);
  for (const field of NAMED_FILTERS) {
    const value = filter[field];
    if (value !== null) query.set(field, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * `href` with query parameters set (`set` replaces, `add` appends another value). Values go in as parameters,
 * never by replacing text in the URL, so a search such as `PHOTON` or `LONG-TERM` stays as the reader wrote it.
 */
export function hrefWith(
  href: string,
  set: Record<string, string>,
  add: Record<string, string> = {},
): string {
  const mark = href.indexOf('?');
  const path = mark < 0 ? href : href.slice(0, mark);
  const query = new URLSearchParams(mark < 0 ? '' : href.slice(mark + 1));
  for (const [key, value] of Object.entries(set)) query.set(key, value);
  for (const [key, value] of Object.entries(add)) query.append(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
