import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import {
  type AuthorChange,
  type ComparisonWindows,
  comparisonWindows,
  EMPTY_WINDOW,
  type PeriodComparison,
  termChange,
  type WindowCounts,
} from '@/lib/analyze/period-change';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { raw, type Sql, sql } from '@/lib/store/sql';

// Terms shown each way, the fewest papers (both windows together) a term needs, and the top authors ranked.
const TERMS_SHOWN = 6;
const MIN_TERM_PAPERS = 5;
const TOP_AUTHORS = 10;

/** Which window a paper falls in, `null` for neither; by month, a paper dated to the year only is in none. */
function windowOf(windows: ComparisonWindows): Sql {
  const { unit, previous, current } = windows;
  const period = unit === 'year' ? raw('left(p.date, 4)') : raw('left(p.date, 7)');
  const dated = unit === 'year' ? raw('p.date is not null') : raw("p.date_precision <> 'year'");
  return sql`case
    when not (${dated}) then null
    when ${period} between ${previous.from} and ${previous.to} then 'previous'
    when ${period} between ${current.from} and ${current.to} then 'current'
  end`;
}

/** Where the data the filter keeps starts and ends, its period aside, and whether its dates give months. */
async function dataSpan(corpusId: string, filter: PaperFilter) {
  const [row] = await queryRows<{ first: string | null; last: string | null; monthly: boolean }>(sql`
    select min(p.date) as "first", max(p.date) as "last",
      coalesce(count(*) filter (where p.date_precision <> 'year') * 2 >= count(p.date), false) as monthly
    from papers p
    where ${filterWhere(corpusId, filter)} and p.date is not null`);
  return row ?? { first: null, last: null, monthly: false };
}

/**
 * This period against the previous one of the same length (see `comparisonWindows`), under the rest of the
 * filter: each window's papers, GitHub-link rate and team size, the terms whose share rose and fell most, and the
 * new top authors. `null` when the data is too short to split.
 */
export async function periodComparison(
  corpusId: string,
  filter: PaperFilter,
): Promise<PeriodComparison | null> {
  const rest = { ...filter, from: null, to: null };
  const windows = comparisonWindows(filter, await dataSpan(corpusId, rest));
  if (!windows) return null;
  const sided = sql`
    select p.*, ${windowOf(windows)} as side
    from papers p
    where ${filterWhere(corpusId, rest)}`;
  const [sides, terms, authors] = await Promise.all([
    queryRows<WindowCounts & { side: 'previous' | 'current' }>(sql`
      select side, count(*)::INTEGER as papers, min(date) as "first", max(date) as "last",
        count(*) filter (where len(authors) > 0)::INTEGER as named,
        count(*) filter (where code_status = 'linked')::INTEGER as linked,
        count(*) filter (where code_status in ('linked', 'none'))::INTEGER as "codeKnown",
        count(author_count) filter (where author_count > 0)::INTEGER as "authorsKnown",
        avg(author_count) filter (where author_count > 0) as "authorsMean",
        var_samp(author_count) filter (where author_count > 0) as "authorsVariance"
      from (${sided})
      where side is not null
      group by side`),
    queryRows<{ direction: 'rose' | 'fell'; key: string; label: string; before: number; after: number }>(sql`
      with kept as (
        select text_id, side, count(*) as n from (${sided}) where side is not null group by all
      ),
      totals as (
        select count(*) filter (where side = 'previous') as before,
          count(*) filter (where side = 'current') as after
        from (${sided})
      ),
      counts as (
        select t.key_id,
          coalesce(sum(k.n) filter (where k.side = 'previous'), 0)::INTEGER as before,
          coalesce(sum(k.n) filter (where k.side = 'current'), 0)::INTEGER as after,
          arg_max(t.label, k.n) as label
        from corpus_terms t
        join kept k on k.text_id = t.text_id and t.corpus_id = ${corpusId}
        where t.key_words >= 2
        group by t.key_id
        having sum(k.n) >= ${MIN_TERM_PAPERS}
      ),
      changes as (
        select c.*, c.after / greatest(s.after, 1) - c.before / greatest(s.before, 1) as change
        from counts c, totals s
      ),
      rose as (select * from changes where change > 0 order by change desc, key_id limit ${TERMS_SHOWN}),
      fell as (select * from changes where change < 0 order by change, key_id limit ${TERMS_SHOWN})
      select d.direction, w.key, d.label, d.before, d.after
      from (
        select 'rose' as direction, * from rose
        union all
        select 'fell', * from fell
      ) d
      join term_keys w using (key_id)
      order by d.direction, abs(d.change) desc, w.key`),
    queryRows<AuthorChange & { rankBefore: number | null }>(sql`
      with counts as (
        select a.author,
          count(*) filter (where p.side = 'previous')::INTEGER as before,
          count(*) filter (where p.side = 'current')::INTEGER as after
        from paper_authors a
        join (${sided}) p on p.ord = a.ord
        where a.corpus_id = ${corpusId} and p.side is not null
        group by a.author
      ),
      ranked as (
        select n.author_key as key, n.name, c.before, c.after,
          case when c.before > 0 then row_number() over (order by c.before desc, n.name, n.author_key) end
            as "rankBefore",
          row_number() over (order by c.after desc, n.name, n.author_key) as rank_after
        from counts c
        join author_names n on n.corpus_id = ${corpusId} and n.author = c.author
      )
      select key, name, before, after, "rankBefore"::INTEGER as "rankBefore"
      from ranked
      where rank_after <= ${TOP_AUTHORS} and after > 0
      order by after desc, name, key`),
  ]);
  const previous = sides.find((s) => s.side === 'previous') ?? EMPTY_WINDOW;
  const current = sides.find((s) => s.side === 'current') ?? EMPTY_WINDOW;
  const strip = ({ side: _side, ...counts }: WindowCounts & { side?: string }): WindowCounts => counts;
  const change = (row: (typeof terms)[number]) => termChange(row, previous.papers, current.papers);
  return {
    windows,
    previous: strip(previous),
    current: strip(current),
    rose: terms.filter((t) => t.direction === 'rose').map(change),
    fell: terms.filter((t) => t.direction === 'fell').map(change),
    newAuthors: authors
      .filter((a) => a.rankBefore === null || a.rankBefore > TOP_AUTHORS)
      .map(({ key, name, before, after }) => ({ key, name, before, after })),
    topAuthors: TOP_AUTHORS,
  };
}
