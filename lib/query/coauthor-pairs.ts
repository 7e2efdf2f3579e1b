import 'server-only';
import type { CoauthorLink, CoauthorNode } from '@/lib/analyze/coauthor-network';
import { isFiltered, type PaperFilter } from '@/lib/analyze/filter-papers';
import { countPerAuthor } from '@/lib/query/author-statistics';
import { filterWhere } from '@/lib/query/paper-filter';
import { sql } from '@/lib/store/sql';

export interface CoauthorPairs {
  /** The top authors by papers (ties by name), as the top-authors chart ranks them. */
  nodes: CoauthorNode[];
  /** Pairs of them with the papers they share. */
  pairs: CoauthorLink[];
}

/** The authors with most kept papers and, for each two of them, the papers they wrote together. */
export async function coauthorPairs(
  corpusId: string,
  filter: PaperFilter,
  { limit = 30 } = {},
): Promise<CoauthorPairs> {
  // Without a filter every paper counts: no need to find the kept ones first.
  const kept = isFiltered(filter)
    ? sql`and a.ord in (select p.ord from papers p where ${filterWhere(corpusId, filter)})`
    : sql``;
  const rows = await countPerAuthor<{
    part: 'node' | 'link';
    source: string;
    target: string | null;
    name: string | null;
    papers: number;
  }>(
    corpusId,
    filter,
    sql`
    with written as materialized (
      select a.ord, a.author
      from paper_authors a
      where a.corpus_id = ${corpusId} ${kept}
    ),
    counts as materialized (
      select author, count(*) as papers from written group by author
    ),
    -- Names are looked up only for authors with as many papers as the last of the top.
    least_top as (select min(papers) as papers from (select papers from counts order by papers desc limit ${limit})),
    top as materialized (
      select c.author, n.author_key as key, n.name, c.papers
      from counts c
      join author_names n on n.corpus_id = ${corpusId} and n.author = c.author
      where c.papers >= (select papers from least_top)
      order by c.papers desc, n.name, n.author_key
      limit ${limit}
    ),
    theirs as (
      select w.ord, t.key from written w join top t on t.author = w.author
    )
    select 'node' as part, key as source, null as target, name, papers::INTEGER as papers from top
    union all
    select 'link', a.key, b.key, null, count(*)::INTEGER
    from theirs a
    join theirs b on a.ord = b.ord and a.key < b.key
    group by all`,
  );
  const nodes = rows
    .filter((r) => r.part === 'node')
    .sort(
      (a, b) =>
        b.papers - a.papers || compareText(a.name ?? '', b.name ?? '') || compareText(a.source, b.source),
    )
    .map((r) => ({ key: r.source, label: r.name ?? r.source, papers: r.papers }));
  const pairs = rows
    .filter((r) => r.part === 'link')
    .map((r) => ({ source: r.source, target: r.target ?? '', papers: r.papers }));
  return { nodes, pairs };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
