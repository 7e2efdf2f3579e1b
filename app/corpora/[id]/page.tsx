import { CorpusPage } from '@/components/corpus-page';
import { RefusedView } from '@/components/ui/refused-view';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CorpusRoute({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const query = await searchParams;
  const view = parseViewParams(query);
  const path = `/corpora/${id}`;
  if (!view.ok) return <RefusedView error={view.error} fields={view.fields} path={path} query={query} />;
  return <CorpusPage id={id} params={view.params} path={path} />;
}
