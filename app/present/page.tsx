import type { Metadata } from 'next';
import { CorpusSlides } from '@/components/slides/corpus-slides';
import { RefusedView } from '@/components/ui/refused-view';
import { DEFAULT_CORPUS_ID } from '@/lib/store/default-corpus';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Presentation · Paperscope' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PresentPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const view = parseViewParams(query);
  if (!view.ok) return <RefusedView error={view.error} fields={view.fields} path="/present" query={query} />;
  return (
    <CorpusSlides
      id={DEFAULT_CORPUS_ID}
      params={view.params}
      query={query}
      dashboardPath="/"
      path="/present"
    />
  );
}
