import 'server-only';
import { type AuthorStatistics, lotkaFromDistribution, teamsFromTally } from '@/lib/analyze/author-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows, sql } from '@/lib/store/database';

/**
 * Who writes the papers a filter keeps: top authors (full counting, names matched across the corpus at import),
 * single-author share, team size by year and Lotka's law. Only counts come back from the database.
 */
export async function authorStatistics(
  corpusId: string,
  filter: PaperFilter,
  { limit = 20 } = {},
): Promise<AuthorStatistics> {
  const kept = sql`select p.ord from papers p where ${filterWhere(corpusId, filter)}`;
  const counts = sql`
    select a.author_key, count(*) as papers
    from paper_authors a
    where a.corpus_id = ${corpusId} and a.ord in (${kept})
    group by a.author_key`;
  const [top, distribution, [named], tally] = await Promise.all([
    queryRows<{ key: string; name: string; papers: number }>(sql`
      with counts as (${counts})
      select c.author_key as key, coalesce(n.name, c.author_key) as name, c.papers::INTEGER as papers
      from counts c
      left join author_names n on n.corpus_id = ${corpusId} and n.author_key = c.author_key
      order by c.papers desc, name, key
      limit ${limit}`),
    queryRows<{ papers: number; authors: number }>(sql`
      with counts as (${counts})
      select papers::INTEGER as papers, count(*)::INTEGER as authors from counts group by papers`),
    queryRows<{ known: number; total: number }>(sql`
      select count(*) filter (where len(p.authors) > 0)::INTEGER as known, count(*)::INTEGER as total
      from papers p
      where ${filterWhere(corpusId, filter)}`),
    queryRows<{ year: string | null; authorCount: number | null; papers: number }>(sql`
      select left(p.date, 4) as "year", p.author_count as "authorCount", count(*)::INTEGER as papers
      from papers p
      where ${filterWhere(corpusId, filter)}
      group by all`),
  ]);
  const coverage = { known: named?.known ?? 0, unknown: (named?.total ?? 0) - (named?.known ?? 0) };
  const law = lotkaFromDistribution(
    distribution.map(({ papers, authors }) => [papers, authors] as const),
    coverage,
  );
  const { teams, single } = teamsFromTally(tally);
  return { top: { ...coverage, distinct: law.authors, authors: top }, single, teams, law };
}
