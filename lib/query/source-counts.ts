import 'server-only';
import type { SourceCount } from '@/lib/analyze/bradford-law';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { Known } from '@/lib/analyze/impact-takeaways';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface SourceCounts extends Known {
  /** Every source of the kept papers, most papers first (ties by name): Bradford's law needs them all. */
  sources: SourceCount[];
}

/** Papers per source (journal, proceedings, venue) as the export names it, and the papers that name none. */
export async function sourceCounts(corpusId: string, filter: PaperFilter): Promise<SourceCounts> {
  const unnamed = await keptWithout(corpusId, filter, ['venue']);
  if (unnamed !== null) return { sources: [], known: 0, unknown: unnamed };
  const rows = await queryRows<{ name: string | null; papers: number }>(sql`
    select nullif(trim(p.venue), '') as name, count(*)::INTEGER as papers
    from papers p
    where ${filterWhere(corpusId, filter)}
    group by all
    order by papers desc, name`);
  const sources = rows.filter((r): r is SourceCount => r.name !== null);
  return {
    sources,
    known: sources.reduce((sum, s) => sum + s.papers, 0),
    unknown: rows.find((r) => r.name === null)?.papers ?? 0,
  };
}
