import { CorpusPage } from '@/components/corpus-page';
import { RefusedView } from '@/components/ui/refused-view';
import { DEFAULT_CORPUS_ID } from '@/lib/store/default-corpus';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const view = parseViewParams(query);
  if (!view.ok) return <RefusedView error={view.error} fields={view.fields} path="/" query={query} />;
  return <CorpusPage id={DEFAULT_CORPUS_ID} params={view.params} path="/" />;
}
