import { jsonError } from '@/lib/http/json-error';
import { requestedCorpus } from '@/lib/http/requested-corpus';
import { getAuthorStatistics, getCorpusStats, getTermMovement, getTrendUnit } from '@/lib/query/views';
import { getTagProgress } from '@/lib/store/tagging';
import { parseViewQuery } from '@/lib/view-params';

export const dynamic = 'force-dynamic';

/**
 * The corpus statistics as JSON: summary, top terms, timeline, authors per paper, GitHub-link rate, term
 * trends with bursts and slopes, the term map, and author statistics. The dashboard's filter (`?term=…&from=…`)
 * narrows them; `rank=frequency` ranks the terms by papers instead of relevance; `tagging` says how far term extraction has got (`null` once done).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const corpus = await requestedCorpus(params);
  if (corpus instanceof Response) return corpus;
  const query = new URL(request.url).searchParams;
  const limit = Number(query.get('terms') ?? 25);
  const termLimit = Number.isInteger(limit) && limit > 0 && limit <= 500 ? limit : 25;
  const view = parseViewQuery(query);
  if (!view.ok) return jsonError(400, view.error);
  const { filter, termRanking: ranking } = view.params;
  const [stats, top, unit, authors, tagging] = await Promise.all([
    getCorpusStats(corpus.id, filter, termLimit, ranking),
    getCorpusStats(corpus.id, filter, 25, ranking),
    getTrendUnit(corpus.id, filter),
    getAuthorStatistics(corpus.id, filter),
    getTagProgress(corpus.id),
  ]);
  const { map, ...movement } = await getTermMovement(corpus.id, filter, top.topTerms, unit);
  return Response.json({
    corpus,
    tagging,
    ...stats,
    termTrends: movement.trends,
    termBursts: movement.bursts,
    termSlopes: movement.slopes,
    termMap: map,
    authors,
  });
}
