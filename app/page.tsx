import { Dashboard } from '@/components/dashboard';
import { getCorpusView } from '@/lib/store/corpus-view';
import { DEFAULT_CORPUS_ID, ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { parseViewParams } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

export default async function HomePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseViewParams(await searchParams);
  await ensureDefaultCorpus();
  const view = await getCorpusView(DEFAULT_CORPUS_ID);
  if (!view) throw new Error('The shipped corpus could not be loaded.');
  return (
    <>
      <div className="page-title">
        <h1>{view.info.name}</h1>
        <p>
          {view.info.papers} papers · shipped corpus ({String(view.info.options.format ?? 'hf-listing')})
        </p>
      </div>
      <Dashboard slug="distribution-matching" papers={view.papers} params={params} path="/" />
    </>
  );
}
