import { z } from 'zod';

export const SORTABLE_COLUMNS = ['title', 'date', 'authors', 'github', 'terms'] as const;

export interface ViewParams {
  /** Table search. */
  q: string;
  sort: { id: (typeof SORTABLE_COLUMNS)[number]; desc: boolean } | null;
  timeline: 'month' | 'year';
}

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
  timeline: z.preprocess(first, z.enum(['month', 'year']).catch('month')).default('month'),
});

/** The dashboard's state from the URL's query; anything malformed falls back to the default view. */
export function parseViewParams(searchParams: Record<string, string | string[] | undefined>): ViewParams {
  const parsed = schema.parse(searchParams);
  const [id, direction] = parsed.sort?.split('.') ?? [];
  return {
    q: parsed.q,
    sort: id ? { id: id as (typeof SORTABLE_COLUMNS)[number], desc: direction === 'desc' } : null,
    timeline: parsed.timeline,
  };
}
