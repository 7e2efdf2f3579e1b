import type { Paper } from '@/lib/model';

export interface TimelinePoint {
  /** `YYYY` for years, `YYYY-MM` for months. */
  period: string;
  papers: number;
  cumulative: number;
}

export interface PublicationTimeline {
  years: TimelinePoint[];
  /** Every month from the first to the last dated month, empty months included. */
  months: TimelinePoint[];
  /** Papers with no date at all. */
  undated: number;
  /** Papers whose year is implausible (a typo such as 1202): off the axes, like undated ones, but counted apart. */
  outsideRange: number;
  /** Papers dated to the year only: in `years`, not in `months`. */
  yearOnly: number;
}

function cumulate(periods: string[], counts: ReadonlyMap<string, number>): TimelinePoint[] {
  let cumulative = 0;
  return periods.map((period) => {
    const papers = counts.get(period) ?? 0;
    cumulative += papers;
    return { period, papers, cumulative };
  });
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    months.push(period);
    if (period >= last) return months;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** Papers per year and per month, with running totals. */
export function publicationTimeline(
  papers: readonly Pick<Paper, 'date' | 'datePrecision' | 'dateOutsideRange'>[],
): PublicationTimeline {
  const byYear = new Map<string, number>();
  const byMonth = new Map<string, number>();
  let undated = 0;
  let outsideRange = 0;
  let yearOnly = 0;
  for (const { date, datePrecision, dateOutsideRange } of papers) {
    if (!date) {
      if (dateOutsideRange) outsideRange++;
      else undated++;
      continue;
    }
    increment(byYear, date.slice(0, 4));
    if (datePrecision === 'year') yearOnly++;
    else increment(byMonth, date.slice(0, 7));
  }
  return timelineFromCounts(byYear, byMonth, { undated, outsideRange, yearOnly });
}

/** The same from papers counted by year and by month. */
export function timelineFromCounts(
  byYear: ReadonlyMap<string, number>,
  byMonth: ReadonlyMap<string, number>,
  { undated, outsideRange, yearOnly }: Pick<PublicationTimeline, 'undated' | 'outsideRange' | 'yearOnly'>,
): PublicationTimeline {
  const yearKeys = [...byYear.keys()].sort();
  const firstYear = Number(yearKeys[0]);
  const lastYear = Number(yearKeys.at(-1));
  const years = yearKeys.length
    ? cumulate(
        Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i)),
        byYear,
      )
    : [];
  const monthKeys = [...byMonth.keys()].sort();
  const months =
    monthKeys.length > 0 ? cumulate(monthRange(monthKeys[0] ?? '', monthKeys.at(-1) ?? ''), byMonth) : [];
  return { years, months, undated, outsideRange, yearOnly };
}

/**
 * The unit a timeline opens in: by year when its months would be too many to read (more than three years of
 * them) or most dated papers give no month; by month otherwise.
 */
export function timelineUnit(timeline: PublicationTimeline): 'month' | 'year' {
  const monthly = timeline.months.reduce((sum, m) => sum + m.papers, 0);
  if (timeline.months.length === 0 || timeline.months.length > 36) return 'year';
  return timeline.yearOnly > monthly ? 'year' : 'month';
}
