import 'server-only';
import { type AuthorStatistics, lotkaFromDistribution, teamsFromTally } from '@/lib/analyze/author-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { authorCounts } from '@/lib/query/author-counts';
import { namedAuthors, teamTally } from '@/lib/query/paper-tally';

/** Authors on the top-authors chart. */
const TOP_AUTHORS = 20;

/**
 * Who writes the papers a filter keeps: top authors (full counting, names matched across the corpus at import),
 * single-author share, team size by year and Lotka's law. Only counts come back from the database.
 */
export async function authorStatistics(corpusId: string, filter: PaperFilter): Promise<AuthorStatistics> {
  const [counts, named, tally] = await Promise.all([
    authorCounts(corpusId, filter),
    namedAuthors(corpusId, filter),
    teamTally(corpusId, filter),
  ]);
  const top = counts.top.slice(0, TOP_AUTHORS);
  const coverage = { known: named.known, unknown: named.total - named.known };
  const law = lotkaFromDistribution(counts.law, coverage);
  const { teams, single } = teamsFromTally(tally);
  return { top: { ...coverage, distinct: law.authors, authors: top }, single, teams, law };
}
