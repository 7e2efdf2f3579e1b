import type { Metadata } from 'next';
import { CorpusSlides } from '@/components/slides/corpus-slides';
import { RefusedView } from '@/components/ui/refused-view';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Presentation · Paperscope' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CorpusPresentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const query = await searchParams;
  const view = parseViewParams(query);
  if (!view.ok)
    return (
      <RefusedView error={view.error} fields={view.fields} path={`/corpora/${id}/present`} query={query} />
    );
  return (
    <CorpusSlides
      id={id}
      params={view.params}
      query={query}
      dashboardPath={`/corpora/${id}`}
      path={`/corpora/${id}/present`}
    />
  );
}
