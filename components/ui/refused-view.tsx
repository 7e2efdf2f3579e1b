import Link from 'next/link';

export interface RefusedViewProps {
  /** Why the view cannot be shown. */
  error: string;
  /** The page's path. */
  path: string;
  /** The page's query as given. */
  query: Record<string, string | string[] | undefined>;
  /** The parameters at fault, left out of the way on. */
  fields: string[];
}

/** Said instead of a view whose search or filter cannot be honoured: showing more rows would mislead. */
export function RefusedView({ error, path, query, fields }: RefusedViewProps) {
  const kept = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (fields.includes(key) || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) kept.append(key, v);
  }
  const text = kept.toString();
  return (
    <div className="card message" role="alert">
      <h1>This view cannot be shown</h1>
      <p>{error}</p>
      <Link href={text ? `${path}?${text}` : path} className="button">
        Show the view without {fields.length === 1 && fields[0] === 'q' ? 'the search' : 'that filter'}
      </Link>
    </div>
  );
}
