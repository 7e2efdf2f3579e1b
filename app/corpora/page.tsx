import Link from 'next/link';
import { CorpusList } from '@/components/import/corpus-list';
import { getCorpora } from '@/lib/store/corpora';
import { DEFAULT_CORPUS_ID, ensureDefaultCorpus } from '@/lib/store/default-corpus';

export const dynamic = 'force-dynamic';

export default async function CorporaPage() {
  await ensureDefaultCorpus();
  const corpora = await getCorpora();
  return (
    <>
      <div className="page-title page-title-row">
        <div>
          <h1>Corpora</h1>
          <p>Each corpus keeps its papers, the original files and the problems found reading them.</p>
        </div>
        <Link href="/import" className="button button-primary">
          Import papers
        </Link>
      </div>
      <CorpusList
        corpora={corpora.map((c) => ({
          id: c.id,
          name: c.name,
          papers: c.papers,
          merged: c.merged,
          createdAt: c.createdAt,
          href: c.id === DEFAULT_CORPUS_ID ? '/' : `/corpora/${c.id}`,
          shipped: c.id === DEFAULT_CORPUS_ID,
        }))}
      />
    </>
  );
}
