import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { StarSummary } from '@/lib/analyze/impact-takeaways';
import { type StarBin, starBins } from '@/lib/analyze/star-bins';
import { corpusColumns } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { paperTally } from '@/lib/query/paper-tally';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface StarDistribution extends StarSummary {
  bins: StarBin[];
}

/**
 * GitHub stars of the kept papers that link a repository, in bins a decade wide (by the count's number of digits,
 * as `starBinOf`), with their median. Linked papers whose stars the source does not give are unknown.
 */
export async function starDistribution(corpusId: string, filter: PaperFilter): Promise<StarDistribution> {
  if ((await corpusColumns(corpusId)).stars === 0) {
    // No paper of the corpus gives stars: every kept paper that links a repository is unknown.
    const linked = (await paperTally(corpusId, filter))
      .filter((group) => group.codeStatus === 'linked')
      .reduce((sum, group) => sum + group.papers, 0);
    return { bins: starBins([]), known: 0, unknown: linked, median: null, thousands: 0 };
  }
  const rows = await queryRows<{ bin: number | null; papers: number; median: number | null }>(sql`
    with linked as (
      select p.github_stars as stars
      from papers p
      where ${filterWhere(corpusId, filter)} and p.code_status = 'linked'
    )
    select case when stars is null then null when stars <= 0 then 0 else least(length(stars::VARCHAR), 5) end as bin,
      count(*)::INTEGER as papers,
      (select median(stars) from linked)::DOUBLE as median
    from linked
    group by all`);
  const known = rows.filter((r) => r.bin !== null);
  const bins = starBins(known.map((r) => ({ bin: r.bin ?? 0, papers: r.papers })));
  const counted = bins.reduce((sum, b) => sum + b.papers, 0);
  return {
    bins,
    known: counted,
    unknown: rows.filter((r) => r.bin === null).reduce((sum, r) => sum + r.papers, 0),
    median: rows[0]?.median ?? null,
    thousands: bins.filter((b) => b.bin >= 4).reduce((sum, b) => sum + b.papers, 0),
  };
}
