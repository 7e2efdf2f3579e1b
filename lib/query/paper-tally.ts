import 'server-only';
import type { PaperTally } from '@/lib/analyze/corpus-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { PeriodUnit } from '@/lib/analyze/periods';
import type { PeriodTally } from '@/lib/analyze/term-trends';
import { memoOn } from '@/lib/memo-on';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';
import { getTagProgress } from '@/lib/store/tagging';
import { cachedView } from '@/lib/store/view-cache';

/**
 * The papers a filter keeps, counted by the fields every statistic that needs no terms reads (year, month,
 * author count, code status, whether authors are named), with the dates and date parts each group spans. A few
 * thousand rows at most, whatever the corpus size: the headline numbers, timeline, authors per paper, GitHub-link
 * rate, trend periods and team sizes all add them up in JS, so a filter is applied to the papers once for all.
 */
interface PaperGroup extends PaperTally {
  named: boolean;
  first: string | null;
  last: string | null;
  /** Month in the year and day in the month of the group's dates. */
  minMonth: number | null;
  maxMonth: number | null;
  minDay: number | null;
  maxDay: number | null;
  /** Some paper of the group is dated to the year only, or to the month only. */
  yearOnly: boolean;
  monthOnly: boolean;
}

function paperGroups(corpusId: string, filter: PaperFilter): Promise<PaperGroup[]> {
  return queryRows<PaperGroup>(sql`
    select left(p.date, 4) as "year",
      case when p.date_precision = 'year' then null else left(p.date, 7) end as "month",
      p.author_count as "authorCount",
      p.code_status as "codeStatus",
      p.named_authors as named,
      p.date_outside is not null as "outsideRange",
      count(*)::INTEGER as papers,
      min(p.date) as "first", max(p.date) as "last",
      min(cast(substr(p.date, 6, 2) as INTEGER)) as "minMonth",
      max(cast(substr(p.date, 6, 2) as INTEGER)) as "maxMonth",
      min(cast(substr(p.date, 9, 2) as INTEGER)) as "minDay",
      max(cast(substr(p.date, 9, 2) as INTEGER)) as "maxDay",
      bool_or(p.date_precision = 'year') as "yearOnly",
      bool_or(p.date_precision = 'month') as "monthOnly"
    from papers p
    where ${filterWhere(corpusId, filter)}
    group by all
    order by all`);
}

/** The groups of a filter, kept like other views; computed afresh while a term filter's terms are still coming. */
async function groupsOf(corpusId: string, filter: PaperFilter): Promise<PaperGroup[]> {
  if (filter.terms.length > 0 && (await getTagProgress(corpusId))) return paperGroups(corpusId, filter);
  return cachedView(corpusId, `groups:${JSON.stringify(filter)}`, () => paperGroups(corpusId, filter));
}

/**
 * Papers counted by year, month, author count, code status and whether their year was outside range: summed once
 * per set of groups, however many statistics read it (a term filter on a large corpus has thousands of groups).
 */
export async function paperTally(corpusId: string, filter: PaperFilter): Promise<PaperTally[]> {
  const groups = await groupsOf(corpusId, filter);
  return memoOn(groups, 'tally', () => {
    const byKey = new Map<string, PaperTally>();
    for (const { year, month, authorCount, codeStatus, outsideRange, papers } of groups) {
      // Fields never hold the separator: years, months, counts, statuses and booleans.
      const key = `${year}|${month}|${authorCount}|${codeStatus}|${outsideRange}`;
      const known = byKey.get(key);
      if (known) known.papers += papers;
      else byKey.set(key, { year, month, authorCount, codeStatus, outsideRange, papers });
    }
    return [...byKey.values()];
  });
}

export interface DateSpan {
  papers: number;
  first: string | null;
  last: string | null;
}

/** The first and last dates of the papers the filter keeps. */
export async function dateSpan(corpusId: string, filter: PaperFilter): Promise<DateSpan> {
  const groups = await groupsOf(corpusId, filter);
  return memoOn(groups, 'span', () => {
    const span: DateSpan = { papers: 0, first: null, last: null };
    for (const { papers, first, last } of groups) {
      span.papers += papers;
      if (first !== null && (span.first === null || first < span.first)) span.first = first;
      if (last !== null && (span.last === null || last > span.last)) span.last = last;
    }
    return span;
  });
}

/** How many of the kept papers name their authors, of all of them. */
export async function namedAuthors(
  corpusId: string,
  filter: PaperFilter,
): Promise<{ known: number; total: number }> {
  let known = 0;
  let total = 0;
  for (const { named, papers } of await groupsOf(corpusId, filter)) {
    total += papers;
    if (named) known += papers;
  }
  return { known, total };
}

/** The unit a corpus's terms move in by default: a few years show movement by month, more by year. */
export async function trendUnit(corpusId: string, filter: PaperFilter): Promise<PeriodUnit> {
  const years = new Set<string>();
  for (const { year } of await groupsOf(corpusId, filter)) if (year !== null) years.add(year);
  return years.size > 3 ? 'year' : 'month';
}

/**
 * The kept papers by period of the unit (with the date parts below it and whether some paper says no more than
 * the period), and how many have no period: undated, or dated to the year only when months are asked for.
 */
export async function periodTally(
  corpusId: string,
  filter: PaperFilter,
  unit: PeriodUnit,
): Promise<{ periods: PeriodTally[]; undated: number; yearOnly: number }> {
  const byPeriod = new Map<string, PeriodTally>();
  let undated = 0;
  let yearOnly = 0;
  for (const group of await groupsOf(corpusId, filter)) {
    const period = unit === 'year' ? group.year : group.month;
    if (group.year === null) undated += group.papers;
    if (period === null) {
      if (group.year !== null) yearOnly += group.papers;
      continue;
    }
    const minPart = unit === 'year' ? group.minMonth : group.minDay;
    const maxPart = unit === 'year' ? group.maxMonth : group.maxDay;
    const coarse = unit === 'year' ? group.yearOnly : group.yearOnly || group.monthOnly;
    const known = byPeriod.get(period);
    if (!known) {
      byPeriod.set(period, { period, papers: group.papers, minPart, maxPart, coarse } as PeriodTally);
      continue;
    }
    known.papers += group.papers;
    known.minPart = either(known.minPart, minPart, Math.min);
    known.maxPart = either(known.maxPart, maxPart, Math.max);
    known.coarse ||= coarse;
  }
  return { periods: [...byPeriod.values()], undated, yearOnly };
}

/** SQL's `min`/`max` over two values either of which may be null. */
function either(a: number | null, b: number | null, pick: (x: number, y: number) => number): number {
  if (a === null) return b as number;
  if (b === null) return a;
  return pick(a, b);
}

/** Kept papers by year and author count (team sizes). */
export async function teamTally(
  corpusId: string,
  filter: PaperFilter,
): Promise<{ year: string | null; authorCount: number | null; papers: number }[]> {
  const byKey = new Map<string, { year: string | null; authorCount: number | null; papers: number }>();
  for (const { year, authorCount, papers } of await paperTally(corpusId, filter)) {
    const key = `${year}|${authorCount}`;
    const known = byKey.get(key);
    if (known) known.papers += papers;
    else byKey.set(key, { year, authorCount, papers });
  }
  return [...byKey.values()];
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
