import { authorStatistics } from '@/lib/analyze/author-stats';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { termMovement, trendUnit } from '@/lib/analyze/term-movement';
import { requestedView } from '@/lib/http/requested-view';

export const dynamic = 'force-dynamic';

/**
 * The corpus statistics as JSON: summary, top terms, timeline, authors per paper, GitHub-link rate, term
 * trends with bursts and slopes, the term map, and author statistics.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const view = await requestedView(params);
  if (view instanceof Response) return view;
  const limit = Number(new URL(request.url).searchParams.get('terms') ?? 25);
  const termLimit = Number.isInteger(limit) && limit > 0 && limit <= 500 ? limit : 25;
  const stats = termLimit === 25 ? view.stats : corpusStats(view.papers, { termLimit });
  const unit = trendUnit(view.papers);
  const { map, ...movement } = termMovement(
    view.papers,
    view.stats.topTerms.map((t) => t.key),
    unit,
  );
  return Response.json({
    corpus: view.info,
    ...stats,
    termTrends: movement.trends,
    termBursts: movement.bursts,
    termSlopes: movement.slopes,
    termMap: map,
    authors: authorStatistics(view.papers, view.authors),
  });
}
