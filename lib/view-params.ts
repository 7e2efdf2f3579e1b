import { z } from 'zod';

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
  timeline: 'month' | 'year';
}

export const DEFAULT_VIEW: ViewParams = { q: '', sort: null, page: 1, size: 25, timeline: 'month' };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

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
  timeline: z.preprocess(first, z.enum(['month', 'year']).catch('month')).default('month'),
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
  };
}

/** The query string of a view, leaving out defaults so links stay short. */
export function viewQuery(params: ViewParams): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.sort) query.set('sort', `${params.sort.id}.${params.sort.desc ? 'desc' : 'asc'}`);
  if (params.page !== DEFAULT_VIEW.page) query.set('page', String(params.page));
  if (params.size !== DEFAULT_VIEW.size) query.set('size', String(params.size));
  if (params.timeline !== DEFAULT_VIEW.timeline) query.set('timeline', params.timeline);
  const text = query.toString();
  return text ? `?${text}` : '';
}
