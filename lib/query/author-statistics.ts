import 'server-only';
import {
  type AuthorStatistics,
  compare,
  lotkaFromDistribution,
  teamsFromTally,
} from '@/lib/analyze/author-stats';

import { isFiltered, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { dateSpan, namedAuthors, teamTally } from '@/lib/query/paper-tally';
import { queryRows, withReader } from '@/lib/store/database';
import { type Sql, sql } from '@/lib/store/sql';

// Counting papers per author hashes every kept authorship. When the kept papers are a good part of the corpus,
// DuckDB's perfect hash aggregate (an array indexed by author number) counts them about twice as fast; for a
// few papers, an array as long as the corpus's list of authors costs more than it saves.
const DENSE_SHARE = 1 / 3;
const MAX_DENSE_BITS = 24;

/** Runs a query that counts papers per author, with perfect hashing when the filter keeps a good part of the corpus. */
export async function countPerAuthor<T>(corpusId: string, filter: PaperFilter, query: Sql): Promise<T[]> {
  const [kept, all] = await Promise.all([dateSpan(corpusId, filter), dateSpan(corpusId, NO_FILTER)]);
  return withReader(async (connection) => {
    if (kept.papers >= all.papers * DENSE_SHARE) {
      const [row] = await queryRows<{ authors: number }>(
        sql`select count(*)::INTEGER as authors from author_names where corpus_id = ${corpusId}`,
        connection,
      );
      const bits = Math.ceil(Math.log2((row?.authors ?? 0) + 1));
      if (bits <= MAX_DENSE_BITS) await connection.run(`SET perfect_ht_threshold = ${Math.max(12, bits)}`);
    }
    return queryRows<T>(query, connection);
  });
}

/**
 * Who writes the papers a filter keeps: top authors (full counting, names matched across the corpus at import),
 * single-author share, team size by year and Lotka's law. Only counts come back from the database.
 */
export async function authorStatistics(
  corpusId: string,
  filter: PaperFilter,
  { limit = 20 } = {},
): Promise<AuthorStatistics> {
  // Without a filter every paper counts: no need to find the kept ones first.
  const kept = isFiltered(filter)
    ? sql`and a.ord in (select p.ord from papers p where ${filterWhere(corpusId, filter)})`
    : sql``;
  const [authors, named, tally] = await Promise.all([
    // Papers per author once, read twice: the top authors, and the authors by papers written (Lotka).
    countPerAuthor<{
      part: 'top' | 'law';
      key: string | null;
      name: string | null;
      papers: number;
      authors: number | null;
    }>(
      corpusId,
      filter,
      sql`
      with counts as materialized (
        select a.author, count(*)::INTEGER as papers
        from paper_authors a
        where a.corpus_id = ${corpusId} ${kept}
        group by a.author
      ),
      -- Names are looked up only for authors with as many papers as the last of the top: ties at that count
      -- are ordered by name.
      least_top as (select min(papers) as papers from (select papers from counts order by papers desc limit ${limit})),
      top as (
        select n.author_key as key, n.name, c.papers
        from counts c
        join author_names n on n.corpus_id = ${corpusId} and n.author = c.author
        where c.papers >= (select papers from least_top)
        order by c.papers desc, n.name, n.author_key
        limit ${limit}
      )
      select 'top' as part, key, name, papers, null as authors from top
      union all
      select 'law', null, null, papers, count(*)::INTEGER from counts group by papers`,
    ),
    namedAuthors(corpusId, filter),
    teamTally(corpusId, filter),
  ]);
  const top = authors
    .filter((row) => row.part === 'top')
    .sort(
      (a, b) =>
        b.papers - a.papers || compare(a.name ?? '', b.name ?? '') || compare(a.key ?? '', b.key ?? ''),
    )
    .map(({ key, name, papers }) => ({ key: key ?? '', name: name ?? '', papers }));
  const distribution = authors
    .filter((row) => row.part === 'law')
    .map((row) => [row.papers, row.authors ?? 0] as const);
  const coverage = { known: named.known, unknown: named.total - named.known };
  const law = lotkaFromDistribution(distribution, coverage);
  const { teams, single } = teamsFromTally(tally);
  return { top: { ...coverage, distinct: law.authors, authors: top }, single, teams, law };
}
