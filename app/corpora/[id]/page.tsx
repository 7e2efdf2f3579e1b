import { CorpusPage } from '@/components/corpus-page';
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
  return <CorpusPage id={id} params={parseViewParams(await searchParams)} path={`/corpora/${id}`} />;
}
