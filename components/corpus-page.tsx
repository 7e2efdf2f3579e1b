import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/dashboard';
import { ProblemList } from '@/components/ui/problem-list';
import { getProblems } from '@/lib/store/corpora';
import { filterView, getCorpusView } from '@/lib/store/corpus-view';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { type ViewParams, viewQuery } from '@/lib/view-params';

export interface CorpusPageProps {
  id: string;
  params: ViewParams;
  /** The page's own path, for links that change the view. */
  path: string;
}

function slugOf(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .split(/[\s_-]+/)
      .slice(0, 4)
      .join('-') || 'corpus'
  );
}

/** One corpus: its name, its dashboard, and the problems found when it was imported. */
export async function CorpusPage({ id, params, path }: CorpusPageProps) {
  await ensureDefaultCorpus();
  const view = await getCorpusView(id);
  if (!view) notFound();
  const problems = await getProblems(id);
  const { info } = view;
  const shown = filterView(view, params.filter);
  return (
    <>
      <div className="page-title page-title-row" data-corpus-name={info.name}>
        <div>
          <h1>{info.name}</h1>
          <p>
            {info.papers.toLocaleString('en-US')} papers
            {info.merged ? ` · ${info.merged} duplicates merged` : ''}
            {problems.length ? ` · ${problems.length} import problems` : ''} ·{' '}
            <Link href="/corpora">all corpora</Link>
          </p>
        </div>
        <Link
          href={`${path === '/' ? '' : path}/present${viewQuery(params)}`}
          className="button present-link"
        >
          Present
        </Link>
      </div>
      <Dashboard
        corpusId={id}
        slug={slugOf(info.name)}
        stats={shown.stats}
        papers={shown.papers}
        authors={shown.authors}
        rows={shown.rows}
        total={view.papers.length}
        termSettings={view.termSettings}
        params={params}
        path={path}
      />
      {problems.length ? <ProblemList problems={problems} /> : null}
    </>
  );
}
