import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { type PeriodUnit, periodRange } from '@/lib/analyze/periods';
import {
  MIN_SIDE,
  type ProportionTest,
  proportionTest,
  type TestResult,
  welchTest,
} from '@/lib/analyze/significance';

/** Inclusive bounds of a stretch of periods, `YYYY` or `YYYY-MM` as `unit` says. */
export interface PeriodSpan {
  from: string;
  to: string;
}

export interface ComparisonWindows {
  unit: PeriodUnit;
  /** Periods in each window. */
  length: number;
  previous: PeriodSpan;
  current: PeriodSpan;
  /** `filter`: the filter's period is the current window; `latest`: the latest stretch of the data. */
  chosenBy: 'filter' | 'latest';
}

/** The data a filter keeps before its period is applied: where its dates start and end, and how fine they are. */
export interface DataSpan {
  /** ISO dates of the first and last dated papers. */
  first: string | null;
  last: string | null;
  /** Most dated papers give a month. */
  monthly: boolean;
}

// The latest stretch compared when no period is chosen: a year of months, or five years.
const LATEST = { month: 12, year: 5 } as const;

/** `period` moved by `steps` periods of its unit (negative: back). */
export function shiftPeriod(period: string, unit: PeriodUnit, steps: number): string {
  if (unit === 'year') return String(Number(period) + steps);
  const index = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * This period and the previous one of the same length. With a period in the filter, that period is this one
 * (a year bound against a month bound is read as its first or last month); without, the latest stretch of the
 * data: up to a year of months (or five years when dates are by year or span more than four years), at most
 * half the span. `null` when the data is too short to split.
 */
export function comparisonWindows(filter: PaperFilter, data: DataSpan): ComparisonWindows | null {
  if (!data.first || !data.last) return null;
  const months =
    (Number(data.last.slice(0, 4)) - Number(data.first.slice(0, 4))) * 12 +
    Number(data.last.slice(5, 7)) -
    Number(data.first.slice(5, 7)) +
    1;
  if (filter.from || filter.to) {
    const monthly = (filter.from?.length ?? 4) > 4 || (filter.to?.length ?? 4) > 4;
    const unit: PeriodUnit = monthly ? 'month' : 'year';
    const at = (period: string, end: boolean) =>
      unit === 'year' || period.length > 4 ? period : `${period}-${end ? '12' : '01'}`;
    const from = at(filter.from ?? data.first.slice(0, unit === 'year' ? 4 : 7), false);
    const to = at(filter.to ?? data.last.slice(0, unit === 'year' ? 4 : 7), true);
    if (from > to) return null;
    const length = periodRange(from, to, unit).length;
    return {
      unit,
      length,
      current: { from, to },
      previous: { from: shiftPeriod(from, unit, -length), to: shiftPeriod(from, unit, -1) },
      chosenBy: 'filter',
    };
  }
  const unit: PeriodUnit = data.monthly && months <= 48 ? 'month' : 'year';
  const span = unit === 'month' ? months : Number(data.last.slice(0, 4)) - Number(data.first.slice(0, 4)) + 1;
  const length = Math.min(LATEST[unit], Math.floor(span / 2));
  if (length < 1) return null;
  const to = data.last.slice(0, unit === 'month' ? 7 : 4);
  const from = shiftPeriod(to, unit, -(length - 1));
  return {
    unit,
    length,
    current: { from, to },
    previous: { from: shiftPeriod(from, unit, -length), to: shiftPeriod(from, unit, -1) },
    chosenBy: 'latest',
  };
}

/** One window's papers, as the comparison query counts them. */
export interface WindowCounts {
  papers: number;
  /** Papers whose source names their authors. */
  named: number;
  /** ISO dates of its first and last paper. */
  first: string | null;
  last: string | null;
  /** Papers linking a repository, of those whose status is known. */
  linked: number;
  codeKnown: number;
  /** Papers whose author count is known, with the mean and sample variance of that count. */
  authorsKnown: number;
  authorsMean: number | null;
  authorsVariance: number | null;
}

export const EMPTY_WINDOW: WindowCounts = {
  papers: 0,
  named: 0,
  first: null,
  last: null,
  linked: 0,
  codeKnown: 0,
  authorsKnown: 0,
  authorsMean: null,
  authorsVariance: null,
};

export interface TermChange {
  key: string;
  label: string;
  before: number;
  after: number;
  /** Shares of each window's papers. */
  shareBefore: number;
  shareAfter: number;
  /** The test of the two shares: z-test, or Fisher's exact test for small counts. */
  test: ProportionTest;
}

export interface AuthorChange {
  key: string;
  name: string;
  /** Papers in the previous and in this window. */
  before: number;
  after: number;
}

export interface PeriodComparison {
  windows: ComparisonWindows;
  previous: WindowCounts;
  current: WindowCounts;
  /** Terms whose share rose most, steepest first. */
  rose: TermChange[];
  fell: TermChange[];
  /** This window's top authors who were not among the previous window's. */
  newAuthors: AuthorChange[];
  /** How many top authors each window ranks. */
  topAuthors: number;
}

/** A term's counts in both windows, with the test of its shares. */
export function termChange(
  row: { key: string; label: string; before: number; after: number },
  before: number,
  after: number,
): TermChange {
  return {
    ...row,
    shareBefore: before ? row.before / before : 0,
    shareAfter: after ? row.after / after : 0,
    test: proportionTest(row.before, before, row.after, after),
  };
}

export interface WindowChange {
  before: number;
  after: number;
  test: TestResult & { method?: string };
}

/**
 * The GitHub-link rate and the mean team size of the two windows with their tests (`proportionTest`,
 * Welch's test); `null` for either when a window has fewer than `MIN_SIDE` papers that say.
 */
export function windowChanges(
  previous: WindowCounts,
  current: WindowCounts,
): { code: (WindowChange & { test: ProportionTest }) | null; team: WindowChange | null } {
  const code: (WindowChange & { test: ProportionTest }) | null =
    previous.codeKnown >= MIN_SIDE && current.codeKnown >= MIN_SIDE
      ? {
          before: previous.linked / previous.codeKnown,
          after: current.linked / current.codeKnown,
          test: proportionTest(previous.linked, previous.codeKnown, current.linked, current.codeKnown),
        }
      : null;
  const team =
    previous.authorsKnown >= MIN_SIDE &&
    current.authorsKnown >= MIN_SIDE &&
    previous.authorsMean !== null &&
    current.authorsMean !== null
      ? {
          before: previous.authorsMean,
          after: current.authorsMean,
          test: welchTest(
            { n: previous.authorsKnown, mean: previous.authorsMean, variance: previous.authorsVariance ?? 0 },
            { n: current.authorsKnown, mean: current.authorsMean, variance: current.authorsVariance ?? 0 },
          ),
        }
      : null;
  return { code, team };
}

/** `up`/`down` (or the words given) when the test says so, `level` otherwise. */
export function direction(
  { before, after, test }: WindowChange,
  words: [string, string] = ['up', 'down'],
): string {
  return test.significant ? (after > before ? words[0] : words[1]) : 'level';
}
