import { z } from 'zod';
import { AUTHOR_BIN_LABELS } from '@/lib/analyze/authors-per-paper';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';

export const SORTABLE_COLUMNS = ['title', 'date', 'authors', 'github', 'terms'] as const;
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
  filter: NO_FILTER,
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const all = (value: unknown) => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const MAX_TERMS = 5;

const schema = z.object({
  q: z.preprocess(first, z.string().max(200).catch('')).default(''),
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
  term: z.preprocess(all, z.array(z.string().min(1).max(200)).max(MAX_TERMS).catch([])),
  from: z.preprocess(first, z.string().regex(PERIOD).nullable().catch(null)).default(null),
  to: z.preprocess(first, z.string().regex(PERIOD).nullable().catch(null)).default(null),
  authors: z
    .preprocess(
      (v) => (typeof first(v) === 'string' ? String(first(v)).replace('-', '–') : first(v)),
      z
        .string()
        .refine((label) => AUTHOR_BIN_LABELS.includes(label))
        .nullable()
        .catch(null),
    )
    .default(null),
  code: z.preprocess(first, z.enum(['linked', 'none', 'unknown']).nullable().catch(null)).default(null),
});

/** The dashboard's state from the URL's query; anything malformed falls back to the default view. */
export function parseViewParams(searchParams: Record<string, string | string[] | undefined>): ViewParams {
  const parsed = schema.parse(searchParams);
  const [id, direction] = parsed.sort?.split('.') ?? [];
  return {
    q: parsed.q,
    sort: id ? { id: id as SortColumn, desc: direction === 'desc' } : null,
    page: parsed.page,
    size: parsed.size,
    timeline: parsed.timeline,
    trends: parsed.trends,
    filter: {
      terms: [...new Set(parsed.term)],
      from: parsed.from,
      to: parsed.to,
      authors: parsed.authors,
      code: parsed.code,
    },
  };
}

/** The same, from a URL's query string, with repeated keys (`term`) kept. */
export function parseViewQuery(query: URLSearchParams): ViewParams {
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
  const { filter } = params;
  for (const term of filter.terms) query.append('term', term);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.authors) query.set('authors', filter.authors);
  if (filter.code) query.set('code', filter.code);
  const text = query.toString();
  return text ? `?${text}` : '';
}
