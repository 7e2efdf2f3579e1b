import 'server-only';
import type { CoauthorLink, CoauthorNode } from '@/lib/analyze/coauthor-network';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { authorCounts } from '@/lib/query/author-counts';

export interface CoauthorPairs {
  /** The top authors by papers (ties by name), as the top-authors chart ranks them. */
  nodes: CoauthorNode[];
  /** Pairs of them with the papers they share. */
  pairs: CoauthorLink[];
}

/** The authors with most kept papers and, for each two of them, the papers they wrote together. */
export async function coauthorPairs(corpusId: string, filter: PaperFilter): Promise<CoauthorPairs> {
  const { top, links } = await authorCounts(corpusId, filter);
  return {
    nodes: top.map(({ key, name, papers }) => ({ key, label: name || key, papers })),
    pairs: links,
  };
}
