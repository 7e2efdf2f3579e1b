import 'server-only';
import { compare } from '@/lib/analyze/author-stats';
import type { CoauthorLink } from '@/lib/analyze/coauthor-network';
import { isFiltered, type PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { dateSpan } from '@/lib/query/paper-tally';
import { queryRows, withReader } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';
import { getTagProgress } from '@/lib/store/tagging';
import { cachedView } from '@/lib/store/view-cache';

/** Authors ranked: the top-authors chart shows the first 20, the co-author map all of them. */
const RANKED_AUTHORS = 30;

export interface RankedAuthor {
  key: string;
  name: string;
  papers: number;
}

/** Papers per author under a filter, counted once for every chart that reads them. */
export interface AuthorCounts {
  /** The authors with most kept papers (ties by name, then key), most first. */
  top: RankedAuthor[];
  /** Lotka's counts: [papers written, authors who wrote that many]. */
  law: [number, number][];
  /** For each two of the top authors, the kept papers they wrote together. */
  links: CoauthorLink[];
}

// Counting papers per author hashes every kept authorship. When the kept papers are more than a few percent of
// the corpus, DuckDB's perfect hash aggregate (an array indexed by author number) counts them faster: on 1M papers
// and 3.3M authors, 1.7 times as fast at a fifth of the papers, as fast at 7%; for 1% of them, an array as long
// as the corpus's list of authors costs more than it saves.
const DENSE_SHARE = 1 / 20;
const MAX_DENSE_BITS = 24;
// From a fifth of the corpus kept, joining the kept papers to their authorships is faster than a semi-join: DuckDB
// then knows the range of the author numbers and counts with its perfect hash. On 1M papers, 154 ms against 175 at
// 27% kept, the same at 20%, and 200 ms at 37%, where it took 310 before authors were ranked (see numberAuthors).
// Below, the semi-join lets DuckDB skip most authorships: 62 ms against 138 at 11% kept.
const JOINED_SHARE = 1 / 5;

/** Papers and distinct authors of the whole corpus, kept on disk: counting the authors reads them all. */
function corpusScale(corpusId: string): Promise<{ papers: number; authors: number }> {
  return cachedView(
    corpusId,
    'scale',
    async () => {
      const [row] = await queryRows<{ papers: number; authors: number }>(sql`
        select (select paper_count from corpora where id = ${corpusId}) as papers,
          (select count(*)::INTEGER from author_names where corpus_id = ${corpusId}) as authors`);
      return { papers: row?.papers ?? 0, authors: row?.authors ?? 0 };
    },
    { store: true },
  );
}

interface Row {
  part: 'top' | 'law' | 'link';
  key: string | null;
  other: string | null;
  name: string | null;
  papers: number;
  authors: number | null;
}

async function countAuthors(corpusId: string, filter: PaperFilter): Promise<AuthorCounts> {
  const [keptSpan, scale] = await Promise.all([dateSpan(corpusId, filter), corpusScale(corpusId)]);
  const bits = Math.ceil(Math.log2(scale.authors + 1));
  const dense = keptSpan.papers >= scale.papers * DENSE_SHARE && bits <= MAX_DENSE_BITS;
  // Without a filter every paper counts: no need to find the kept ones first.
  const filtered = isFiltered(filter);
  const joined = filtered && keptSpan.papers >= scale.papers * JOINED_SHARE;
  const where = filterWhere(corpusId, filter);
  const kept = sql`a.ord in (select p.ord from papers p where ${where})`;
  const written = joined
    ? sql`select a.ord, a.author from paper_authors a join papers p on p.ord = a.ord
        where a.corpus_id = ${corpusId} and ${where}`
    : sql`select a.ord, a.author from paper_authors a where a.corpus_id = ${corpusId} ${filtered ? sql`and ${kept}` : sql``}`;
  // The top authors' kept papers: read from the top authors' authorships when many papers are kept (numbered first,
  // their rows lie together at the start of the table), from the kept authorships when few are.
  const theirs = joined
    ? sql`select a.ord, t.key from paper_authors a join top t on t.author = a.author
        where a.corpus_id = ${corpusId} and ${kept}`
    : sql`select w.ord, t.key from written w join top t on t.author = w.author`;
  const rows = await withReader(async (connection) => {
    await connection.run(`SET perfect_ht_threshold = ${dense ? Math.max(12, bits) : 12}`);
    return queryRows<Row>(
      sql`
      -- Not materialized: the kept authorships (millions of rows on a large corpus) cost less to find again for the
      -- top authors than to keep.
      with written as (${written}),
      -- Each author's kept papers, counted once: Lotka's counts and the top authors both read them.
      counts as materialized (select author, count(*)::INTEGER as papers from written group by author),
      law as materialized (select papers, count(*)::INTEGER as authors from counts group by papers),
      -- The fewest papers among the top: every author with as many is a contender, ties ordered by name.
      least as (
        select min(papers) as papers from (
          select papers from law
          qualify coalesce(sum(authors) over (order by papers desc rows between unbounded preceding and 1 preceding), 0)
            < ${RANKED_AUTHORS}
        )
      ),
      top as materialized (
        select c.author, n.author_key as key, n.name, c.papers
        from (select author, papers from counts where papers >= (select papers from least)) c
        join author_names n on n.corpus_id = ${corpusId} and n.author = c.author
        order by c.papers desc, n.name, n.author_key
        limit ${RANKED_AUTHORS}
      ),
      theirs as materialized (${theirs})
      select 'top' as part, key, null as other, name, papers, null as authors from top
      union all
      select 'law', null, null, null, papers, authors from law
      union all
      select 'link', a.key, b.key, null, count(*)::INTEGER, null
      from theirs a
      join theirs b on a.ord = b.ord and a.key < b.key
      group by a.key, b.key`,
      connection,
    );
  });
  const top = rows
    .filter((row) => row.part === 'top')
    .map(({ key, name, papers }) => ({ key: key ?? '', name: name ?? '', papers }))
    .sort((a, b) => b.papers - a.papers || compare(a.name, b.name) || compare(a.key, b.key));
  const law = rows
    .filter((row) => row.part === 'law')
    .map((row): [number, number] => [row.papers, row.authors ?? 0]);
  const links = rows
    .filter((row) => row.part === 'link')
    .map((row) => ({ source: row.key ?? '', target: row.other ?? '', papers: row.papers }))
    .sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  return { top, law, links };
}

/**
 * Papers per author under a filter: kept like other views, so the top authors, Lotka's law and the co-author
 * map count the kept authorships once between them. Computed afresh while a term filter's terms still come in.
 */
export async function authorCounts(corpusId: string, filter: PaperFilter): Promise<AuthorCounts> {
  if (filter.terms.length > 0 && (await getTagProgress(corpusId))) return countAuthors(corpusId, filter);
  return cachedView(corpusId, `author-counts:${JSON.stringify(filter)}`, () =>
    countAuthors(corpusId, filter),
  );
}
