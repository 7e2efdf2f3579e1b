import 'server-only';
import type { PaperTally } from '@/lib/analyze/corpus-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

/**
 * Papers counted by the fields the headline numbers, the timeline, authors per paper and the GitHub-link rate
 * read: a few thousand rows at most, whatever the corpus size, so each statistic adds them up in JS.
 */
export function paperTally(corpusId: string, filter: PaperFilter): Promise<PaperTally[]> {
  return queryRows<PaperTally>(sql`
    select left(p.date, 4) as "year",
      case when p.date_precision = 'year' then null else left(p.date, 7) end as "month",
      p.author_count as "authorCount",
      p.code_status as "codeStatus",
      p.date_outside is not null as "outsideRange",
      count(*)::INTEGER as papers
    from papers p
    where ${filterWhere(corpusId, filter)}
    group by all
    order by all`);
}

export interface DateSpan {
  papers: number;
  first: string | null;
  last: string | null;
}

/** The first and last dates of the papers the filter keeps. */
export async function dateSpan(corpusId: string, filter: PaperFilter): Promise<DateSpan> {
  const [row] = await queryRows<DateSpan>(sql`
    select count(*)::INTEGER as papers, min(p.date) as "first", max(p.date) as "last"
    from papers p
    where ${filterWhere(corpusId, filter)}`);
  return row ?? { papers: 0, first: null, last: null };
}

/** Organisations named instead of authors, with their papers. */
export function organisationCounts(
  corpusId: string,
  filter: PaperFilter,
): Promise<{ name: string; papers: number }[]> {
  return queryRows(sql`
    select p.organisation as name, count(*)::INTEGER as papers
    from papers p
    where ${filterWhere(corpusId, filter)} and coalesce(p.organisation, '') <> ''
    group by all`);
}
