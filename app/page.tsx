import { CorpusPage } from '@/components/corpus-page';
import { DEFAULT_CORPUS_ID } from '@/lib/store/default-corpus';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  return <CorpusPage id={DEFAULT_CORPUS_ID} params={parseViewParams(await searchParams)} path="/" />;
}
