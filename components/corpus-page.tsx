import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/dashboard';
import { MergeTable } from '@/components/ui/merge-table';
import { ProblemList } from '@/components/ui/problem-list';
import { TaggingRefresh } from '@/components/ui/tagging-refresh';
import { formatNumber } from '@/lib/format';
import { LIVE_MARKER } from '@/lib/http/page-cache';
import { authorName } from '@/lib/query/author-name';
import { tableColumns } from '@/lib/query/corpus-columns';
import { papersPage } from '@/lib/query/papers-table';
import { DASHBOARD_TERMS, getCorpusStats } from '@/lib/query/views';
import { getCorpus, getMerges, getProblems } from '@/lib/store/corpora';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';
import { getTagProgress } from '@/lib/store/tagging';
import { getTermSettings } from '@/lib/store/term-settings';
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
  await ensureDefaultCorpus(id);
  const info = await getCorpus(id);
  if (!info) notFound();
  const [problems, merges, stats, table, termSettings, tagging, known, author] = await Promise.all([
    getProblems(id),
    getMerges(id),
    getCorpusStats(id, params.filter, DASHBOARD_TERMS, params.termRanking),
    papersPage(id, params),
    getTermSettings(id),
    getTagProgress(id),
    tableColumns(id),
    params.filter.author === null ? null : authorName(id, params.filter.author),
  ]);
  return (
    <>
      <div
        className="page-title page-title-row"
        data-corpus-name={info.name}
        // While terms are extracted the page changes from one visit to the next: the page cache leaves it.
        {...(tagging ? { [LIVE_MARKER]: '' } : {})}
      >
        <div>
          <h1>{info.name}</h1>
          <p>
            {formatNumber(info.papers)} papers
            {info.merged ? (
              <>
                {' · '}
                {merges.length ? (
                  <a href="#merges">{info.merged} duplicates merged</a>
                ) : (
                  `${info.merged} duplicates merged`
                )}
              </>
            ) : (
              ''
            )}
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
        stats={stats}
        table={table}
        total={info.papers}
        termSettings={termSettings}
        tagging={tagging}
        params={params}
        path={path}
        known={known}
        authorName={author ?? undefined}
      />
      {merges.length ? (
        <details className="card problems" id="merges">
          <summary>
            {merges.length} duplicate {merges.length === 1 ? 'record' : 'records'} merged at import: each
            pair, and why
          </summary>
          <MergeTable merges={merges} />
        </details>
      ) : null}
      {problems.length ? <ProblemList problems={problems} /> : null}
      {tagging ? <TaggingRefresh /> : null}
    </>
  );
}
