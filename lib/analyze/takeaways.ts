import type { CoauthorsPerYear, Lotka, TopAuthors } from '@/lib/analyze/author-stats';
import type { CorpusStats } from '@/lib/analyze/corpus-stats';
import {
  direction,
  type PeriodComparison,
  type PeriodSpan,
  type WindowCounts,
  windowChanges,
} from '@/lib/analyze/period-change';
import type { PeriodUnit } from '@/lib/analyze/periods';
import type { TimelinePoint } from '@/lib/analyze/publication-timeline';
import {
  ALPHA,
  cochranArmitage,
  formatP,
  MIN_COUNT,
  MIN_SIDE,
  poissonRateTest,
  proportionTest,
  welchTest,
} from '@/lib/analyze/significance';
import type { TermBurst, TermSlopes } from '@/lib/analyze/term-bursts';
import type { TermCooccurrence } from '@/lib/analyze/term-cooccurrence';
import type { TermTrends } from '@/lib/analyze/term-trends';
import { formatDate, formatMonth, formatNumber, formatShare, MONTH_FULL_NAMES, plural } from '@/lib/format';

/**
 * One sentence a slide, each computed from the statistics it sums up. A change is called up or down only when
 * its test gives p < ALPHA, and the sentence names the test; a side with too few papers is not compared; a
 * period the data covers in part is named as such.
 */
export interface Takeaways {
  overview: string;
  topTerms: string;
  timeline: string;
  authors: string;
  codeLinks: string;
}

export interface TakeawayOptions {
  /** ISO date of today: a year that is not over is never read as a complete one. */
  today: string;
  /** The unit the timeline shows. */
  unit?: PeriodUnit;
}

const MONTH_NAMES = MONTH_FULL_NAMES.map((name) => name.slice(0, 3));
const count = (n: number) => formatNumber(n);

interface OpenYear {
  year: number;
  /** Last month with data in that year, e.g. `October`; `null` when the year's papers are dated to the year only. */
  through: string | null;
}

/**
 * The last year of the data when it may be incomplete: it is this year or later, or its data stops before
 * December (a listing copied in October). Its counts are reported "so far", never compared as a fall.
 */
function openYear(stats: CorpusStats, today: string): OpenYear | null {
  const last = stats.timeline.years.at(-1);
  if (!last) return null;
  const year = Number(last.period);
  const lastMonth = stats.timeline.months.at(-1)?.period;
  const month = lastMonth?.startsWith(last.period) ? Number(lastMonth.slice(5, 7)) : null;
  const through = month ? (MONTH_FULL_NAMES[month - 1] ?? null) : null;
  if (year >= Number(today.slice(0, 4))) return { year, through };
  if (month !== null && month < 12) return { year, through };
  return null;
}

/** Papers in every month from the first to the last: a feed or a dump, whose first month is where it was cut. */
function denseMonths(stats: CorpusStats): boolean {
  const { months } = stats.timeline;
  return months.length >= 3 && months.every((m) => m.papers > 0);
}

/**
 * What part of an edge year the data covers, in words: the first year of a feed cut after January (`from March`,
 * `December only`), the last year while it may be incomplete (`to August`, `so far`); `null` for a whole year.
 */
function yearCoverage(stats: CorpusStats, year: string, open: OpenYear | null): string | null {
  const { years, months } = stats.timeline;
  const inYear = months.filter((m) => m.period.startsWith(year) && m.papers > 0);
  const first = Number(inYear[0]?.period.slice(5, 7)) || null;
  const last = Number(inYear.at(-1)?.period.slice(5, 7)) || null;
  const late = year === years[0]?.period && denseMonths(stats) && first !== null && first > 1;
  const early = open !== null && String(open.year) === year;
  if (late && first !== null && (first === 12 || (early && first === last))) {
    return `${MONTH_FULL_NAMES[first - 1]} only`;
  }
  if (late && early && first !== null && last !== null && last < 12) {
    return `${MONTH_NAMES[first - 1]}–${MONTH_NAMES[last - 1]} only`;
  }
  if (late && first !== null) return `from ${MONTH_FULL_NAMES[first - 1]}`;
  if (early) return last !== null && last < 12 ? `to ${MONTH_FULL_NAMES[last - 1]}` : 'so far';
  return null;
}

function quote(label: string): string {
  return `“${label}”`;
}

function listing(items: readonly string[], shown = 3): string {
  if (items.length <= 1) return items.join('');
  if (items.length > shown)
    return `${items.slice(0, shown - 1).join(', ')} and ${items.length - shown + 1} more`;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function ratio(value: number): string {
  return value >= 10 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}

/** `grew 2.1×`, `fell 45%`: a ratio for growth, a share for a fall. */
function growth(before: number, after: number): string {
  return after > before ? `grew ${ratio(after / before)}×` : `fell ${formatShare(1 - after / before)}`;
}

/** Means to one decimal always, so two of them read alike: `4.0 → 4.1`. */
function oneDecimal(value: number | null): string {
  return value === null ? 'unknown' : value.toFixed(1);
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `Mar–May 2026`, `Nov 2025–Jan 2026`, `Mar 2026`; years as `2019–2021`. */
export function formatPeriodSpan(from: string, to: string): string {
  if (from === to) return formatMonth(from);
  if (from.length === 4) return `${from}–${to}`;
  if (from.slice(0, 4) === to.slice(0, 4))
    return `${MONTH_NAMES[Number(from.slice(5, 7)) - 1]}–${formatMonth(to)}`;
  return `${formatMonth(from)}–${formatMonth(to)}`;
}

function overview(stats: CorpusStats): string {
  const { papers, dateSpan, dated } = stats.summary;
  if (papers === 0) return 'No papers in this selection';
  if (!dateSpan) return `${plural(papers, 'paper')}, none of them dated`;
  const first = formatMonth(dateSpan.first);
  const last = formatMonth(dateSpan.last);
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  return `${plural(papers, 'paper')} published ${span}${dated < papers ? ` (${count(papers - dated)} undated)` : ''}`;
}

function topTermsTakeaway(stats: CorpusStats): string {
  const terms = stats.topTerms;
  const top = terms[0];
  if (stats.termRanking === 'relevance') {
    if (!top) return 'No terms found in these papers';
    if (top.papers < 2) return 'No term appears in more than one paper';
    const share = `${formatShare(top.share)} of papers (${count(top.papers)} of ${count(stats.summary.papers)})`;
    const next = terms.slice(1, 3).map((t) => quote(t.label));
    return `${quote(top.label)} is the most relevant term, in ${share}${next.length ? `, then ${listing(next)}` : ''}`;
  }
  if (!top) return 'No multi-word terms found in these papers';
  if (top.papers < 2) return 'No multi-word term appears in more than one paper';
  const leaders = terms.filter((t) => t.papers === top.papers).map((t) => quote(t.label));
  const share = `${formatShare(top.share)} of papers (${count(top.papers)} of ${count(stats.summary.papers)})`;
  if (leaders.length === 1) return `${leaders[0]} is the most common term, in ${share}`;
  const verb = leaders.length > 3 ? 'tie for first' : 'lead';
  return `${listing(leaders)} ${verb}, each in ${share}`;
}

/** Papers per year compared by the exact Poisson test; too few papers on a side, and no trend is called. */
function yearChange(previous: TimelinePoint, current: TimelinePoint): string {
  const counts = `${count(previous.papers)} → ${count(current.papers)}`;
  if (previous.papers < MIN_COUNT || current.papers < MIN_COUNT) {
    return `${plural(previous.papers, 'paper')} in ${previous.period} and ${count(current.papers)} in ${current.period}: too few to call a trend`;
  }
  const test = poissonRateTest(previous.papers, 1, current.papers, 1);
  const how = `exact Poisson test, ${formatP(test.p)}`;
  if (!test.significant) {
    return `Papers per year held level from ${previous.period} to ${current.period} (${counts}; no change beyond noise, ${how})`;
  }
  return `Papers per year ${growth(previous.papers, current.papers)} from ${previous.period} to ${current.period} (${counts}; ${how})`;
}

/**
 * The first month of the data when its first year looks cut at the start, as a dump that begins in May does:
 * a year or more of papers every month without a gap, the first after March. A sparse corpus's first paper
 * is just its first.
 */
function lateStart(stats: CorpusStats): number | null {
  const { months } = stats.timeline;
  const first = months[0]?.period;
  if (!first || first.slice(0, 4) !== stats.timeline.years[0]?.period) return null;
  if (months.length < 12 || months.some((m) => m.papers === 0)) return null;
  const month = Number(first.slice(5, 7));
  return month > 3 ? month : null;
}

/** A cut first year against a full one, by papers per month: "grew 2.9×" of whole years would mislead. */
function monthlyChange(previous: TimelinePoint, current: TimelinePoint, firstMonth: number): string {
  const months = 13 - firstMonth;
  const before = previous.papers / months;
  const after = current.papers / 12;
  const span = `from ${previous.period} (${MONTH_NAMES[firstMonth - 1]}–Dec, ${ratio(before)} a month) to ${current.period} (${ratio(after)} a month`;
  if (previous.papers < MIN_COUNT || current.papers < MIN_COUNT) {
    return `Papers per month went ${span}): too few papers to call a trend`;
  }
  const test = poissonRateTest(previous.papers, months, current.papers, 12);
  const how = `exact Poisson test, ${formatP(test.p)}`;
  if (!test.significant) return `Papers per month held level ${span}; ${how})`;
  return `Papers per month ${growth(before, after)} ${span}; ${how})`;
}

/**
 * Edge months the data covers in part: the first when its first paper comes after the 7th, the last when its
 * last paper comes before the 24th or it is this month. The day is given for each, `null` when not partial.
 */
function partialMonths(stats: CorpusStats, today: string): { first: number | null; last: number | null } {
  const span = stats.summary.dateSpan;
  const day = (date: string | undefined) => (date && date.length >= 10 ? Number(date.slice(8, 10)) : null);
  const firstDay = day(span?.first);
  const lastDay = day(span?.last);
  const thisMonth = stats.timeline.months.at(-1)?.period === today.slice(0, 7);
  return {
    first: firstDay !== null && firstDay > 7 ? firstDay : null,
    last: lastDay !== null && (lastDay < 24 || thisMonth) ? lastDay : null,
  };
}

/** Papers per month: the last three complete months against the three before (or the last against the one before). */
function monthTimeline(stats: CorpusStats, today: string): string {
  const { months } = stats.timeline;
  if (months.length === 0) return 'No paper in this selection is dated to the month';
  const total = months.reduce((sum, m) => sum + m.papers, 0);
  const busiest = months.reduce((a, b) => (b.papers > a.papers ? b : a));
  const sparse = `${plural(total, 'paper')} over ${plural(months.length, 'month')}, most in ${formatMonth(busiest.period)} (${count(busiest.papers)})`;
  if (total < 2 * MIN_COUNT) return `${sparse}: too few to call a trend`;
  // Only a feed's edge months are cut short: a sparse bibliography's first paper is just its first.
  const partial =
    months.length > 1 && denseMonths(stats) ? partialMonths(stats, today) : { first: null, last: null };
  const complete = months.slice(partial.first ? 1 : 0, partial.last ? -1 : undefined);
  const left: string[] = [];
  const first = months[0];
  const last = months.at(-1);
  if (partial.first && first)
    left.push(
      `${formatMonth(first.period)} (from the ${ordinal(partial.first)}, ${plural(first.papers, 'paper')})`,
    );
  if (partial.last && last)
    left.push(
      `${formatMonth(last.period)} (to the ${ordinal(partial.last)}, ${plural(last.papers, 'paper')})`,
    );
  const aside = left.length ? `; ${listing(left, 2)} left out as partial` : '';
  const block = complete.length >= 6 ? 3 : 1;
  if (complete.length < 2 * block) return `${sparse}: too few complete months to call a trend${aside}`;
  const after = complete.slice(-block);
  const before = complete.slice(-2 * block, -block);
  const sum = (points: TimelinePoint[]) => points.reduce((s, p) => s + p.papers, 0);
  const [a, b] = [sum(before), sum(after)];
  const name = (points: TimelinePoint[]) =>
    formatPeriodSpan(points[0]?.period ?? '', points.at(-1)?.period ?? '');
  const rate = (n: number) =>
    block === 1
      ? plural(n, 'paper')
      : `${n / block >= 10 ? count(Math.round(n / block)) : ratio(n / block)} a month`;
  const span = `from ${name(before)} (${rate(a)}) to ${name(after)} (${rate(b)}`;
  if (a < MIN_COUNT || b < MIN_COUNT)
    return `Papers per month went ${span}): too few to call a trend${aside}`;
  const test = poissonRateTest(a, block, b, block);
  const how = `exact Poisson test, ${formatP(test.p)}`;
  if (!test.significant) return `Papers per month held level ${span}; ${how})${aside}`;
  return `Papers per month ${growth(a, b)} ${span}; ${how})${aside}`;
}

function timelineTakeaway(
  stats: CorpusStats,
  open: OpenYear | null,
  unit: PeriodUnit,
  today: string,
): string {
  const years = stats.timeline.years;
  if (years.length === 0) return 'No paper in this selection has a date';
  if (unit === 'month') return monthTimeline(stats, today);
  const firstMonth = lateStart(stats);
  const complete = open ? years.slice(0, -1) : years;
  const openPoint = open ? years.at(-1) : undefined;
  const soFar = openPoint
    ? `${openPoint.period} has ${plural(openPoint.papers, 'paper')} so far${open?.through ? `, to ${open.through}` : ''}`
    : '';
  const current = complete.at(-1);
  const previous = complete.at(-2);
  if (current && previous) {
    const change =
      firstMonth && previous === years[0] && previous.papers > 0
        ? monthlyChange(previous, current, firstMonth)
        : yearChange(previous, current);
    return `${change}${soFar ? `; ${soFar}` : ''}`;
  }
  if (current) {
    const only = `${plural(current.papers, 'paper')} in ${current.period}`;
    return soFar
      ? `${only}; ${soFar}`
      : `All ${plural(current.papers, 'dated paper')} are from ${current.period}`;
  }
  return soFar.charAt(0).toUpperCase() + soFar.slice(1);
}

function authorsTakeaway(stats: CorpusStats): string {
  const data = stats.authorsPerPaper;
  const papers = stats.summary.papers;
  if (papers === 0) return 'No papers in this selection';
  if (data.known === 0 || data.median === null) {
    return `No source states how many authors its papers have (${plural(papers, 'paper')})`;
  }
  const most = data.bins.reduce((max, b) => Math.max(max, b.papers), 0);
  const modes = data.bins.filter((b) => b.papers === most).map((b) => b.label);
  const common =
    modes.length > 3
      ? `${modes.length} counts tie as the most common (${plural(most, 'paper')} each)`
      : modes.length === 1
        ? `${modes[0]} is the most common count (${plural(most, 'paper')})`
        : `${listing(modes)} are the most common counts (${plural(most, 'paper')} each)`;
  const median = `${formatNumber(data.median)} ${data.median === 1 ? 'author' : 'authors'}`;
  const unknown = data.unknown ? `; ${count(data.unknown)} of ${count(papers)} do not say` : '';
  return `The median paper has ${median} and ${common}${unknown}`;
}

function codeLinksTakeaway(stats: CorpusStats, open: OpenYear | null): string {
  const { overall, byYear } = stats.codeLinkRate;
  if (overall.known === 0 || overall.rate === null) {
    return `No source says whether its papers link code (${plural(overall.unknown, 'paper')})`;
  }
  const known = byYear.filter((y) => y.rate !== null);
  const last = known.at(-1);
  const before = known.at(-2);
  if (!last || last.rate === null || !before || before.rate === null) {
    return `${formatShare(overall.rate)} of papers link a GitHub repository (${count(overall.linked)} of ${count(overall.known)} whose status is known)`;
  }
  const lastCoverage = yearCoverage(stats, String(last.year), open);
  const beforeCoverage = yearCoverage(stats, String(before.year), open);
  const head = `${formatShare(last.rate)} of ${last.year} papers${lastCoverage ? ` (${lastCoverage})` : ''} link a GitHub repository (${count(last.linked)} of ${count(last.known)})`;
  if (last.known < MIN_SIDE) {
    return `${head}: too few papers of known status to compare with ${before.year}`;
  }
  if (before.known < MIN_SIDE) {
    return `${head}; ${before.year} has too few papers of known status to compare (${plural(before.known, 'paper')}${beforeCoverage ? `, ${beforeCoverage}` : ''})`;
  }
  // A side the data covers in part is compared only with that said, and its size.
  const part = beforeCoverage ? `${beforeCoverage}, ${plural(before.known, 'paper')}` : '';
  const then = `${formatShare(before.rate)} in ${before.year}`;
  const test = proportionTest(before.linked, before.known, last.linked, last.known);
  const how = `${test.method}, ${formatP(test.p)}`;
  if (!test.significant) {
    return `${head}, against ${then}${part ? ` (${part})` : ''}: no change beyond noise (${how})`;
  }
  return `${head}, ${last.rate > before.rate ? 'up' : 'down'} from ${then} (${part ? `${part}; ` : ''}${how})`;
}

/** The one-line takeaway of the headline slides. Ties are named together; a year that may be incomplete is "so far". */
export function takeaways(stats: CorpusStats, { today, unit = 'year' }: TakeawayOptions): Takeaways {
  const open = openYear(stats, today);
  return {
    overview: overview(stats),
    topTerms: topTermsTakeaway(stats),
    timeline: timelineTakeaway(stats, open, unit, today),
    authors: authorsTakeaway(stats),
    codeLinks: codeLinksTakeaway(stats, open),
  };
}

function periodName(unit: PeriodUnit, from: string, to: string): string {
  return unit === 'month' ? formatPeriodSpan(from, to) : from === to ? from : `${from}–${to}`;
}

/** The strongest burst of the heatmap, with the term's share inside it against outside it. */
export function burstsTakeaway(trends: TermTrends, bursts: readonly TermBurst[]): string {
  if (trends.terms.length === 0) return 'No terms to follow in these papers';
  if (trends.periods.length === 0) return 'No paper in this selection has a date';
  const burstTerms = new Set(bursts.map((b) => b.key)).size;
  const method = "Kleinberg's burst detection";
  const top = bursts[0];
  const term = top && trends.terms.find((t) => t.key === top.key);
  if (!top || !term) {
    return `No top term's share bursts above its usual level (${method}, ${plural(trends.terms.length, 'term')} over ${plural(trends.periods.length, trends.unit)})`;
  }
  const start = trends.periods.indexOf(top.start);
  const end = trends.periods.indexOf(top.end);
  const inside = { papers: 0, total: 0 };
  const outside = { papers: 0, total: 0 };
  term.series.forEach((point, i) => {
    const side = i >= start && i <= end ? inside : outside;
    side.papers += point.papers;
    side.total += point.total;
  });
  const share = ({ papers, total }: typeof inside) => (total ? formatShare(papers / total) : 'unknown');
  const others = outside.total > 0 ? `, ${share(outside)} in other ${trends.unit}s` : '';
  return `${quote(term.label)} burst in ${periodName(trends.unit, top.start, top.end)} (${share(inside)} of papers${others}); ${burstTerms} of ${plural(trends.terms.length, 'top term')} burst (Kleinberg)`;
}

export interface TermTrendTest {
  key: string;
  label: string;
  /** Change in share per period, from the least-squares line. */
  slope: number;
  /** Cochran–Armitage over the periods of the fit, Bonferroni-corrected for the terms tested. */
  p: number;
  significant: boolean;
}

/**
 * The Cochran–Armitage trend test of each term's share over the periods the slopes use (with papers, edges
 * covered in part left out), Bonferroni-corrected for the number of terms tested.
 */
export function termTrendTests(trends: TermTrends, slopes: TermSlopes): TermTrendTest[] {
  if (!slopes.first || !slopes.last) return [];
  const partial = new Set(trends.partial);
  const from = trends.periods.indexOf(slopes.first);
  const to = trends.periods.indexOf(slopes.last);
  const used = trends.periods
    .map((period, x) => ({ period, x }))
    .filter(({ period, x }) => x >= from && x <= to && (trends.totals[x] ?? 0) > 0 && !partial.has(period));
  const fitted = new Map([...slopes.rising, ...slopes.fading].map((s) => [s.key, s.slope]));
  const tested = trends.terms.length;
  return trends.terms.map((term) => {
    const test = cochranArmitage(
      used.map(({ x }) => ({
        score: x,
        events: term.series[x]?.papers ?? 0,
        total: term.series[x]?.total ?? 0,
      })),
    );
    const p = Math.min(1, test.p * tested);
    return { key: term.key, label: term.label, slope: fitted.get(term.key) ?? 0, p, significant: p < ALPHA };
  });
}

/** Which terms rise and fade beyond noise, and the steepest of them with its fitted shares. */
export function risingFadingTakeaway(trends: TermTrends, slopes: TermSlopes): string {
  const unit = trends.unit;
  if (slopes.periods < 3 || !slopes.first || !slopes.last) {
    return `Too few complete ${unit}s with papers (${slopes.periods}) to tell rising terms from fading ones`;
  }
  const tests = termTrendTests(trends, slopes);
  const span = periodName(unit, slopes.first, slopes.last);
  const how = 'Cochran–Armitage, Bonferroni-corrected';
  const none = `No top term's share moves beyond noise over ${span}, ${plural(slopes.periods, `complete ${unit}`)} (${how} for ${plural(tests.length, 'term')})`;
  const rising = tests.filter((t) => t.significant && t.slope > 0).sort((a, b) => b.slope - a.slope);
  const fading = tests.filter((t) => t.significant && t.slope < 0).sort((a, b) => a.slope - b.slope);
  if (rising.length === 0 && fading.length === 0) {
    return none;
  }
  const lead = rising[0] ?? fading[0];
  const fit = lead && [...slopes.rising, ...slopes.fading].find((s) => s.key === lead.key);
  if (!lead || !fit) return none;
  const x0 = trends.periods.indexOf(slopes.first);
  const x1 = trends.periods.indexOf(slopes.last);
  const at = (x: number) => formatShare(Math.max(0, fit.intercept + fit.slope * x));
  const verb = lead.slope > 0 ? 'rose' : 'faded';
  const counts = `${rising.length} rising and ${fading.length} fading beyond noise`;
  return `${quote(lead.label)} ${verb} most, ${at(x0)} → ${at(x1)} of papers (fitted line, ${span}); ${counts} (${how}, ${formatP(lead.p)})`;
}

/** The term tied to the most others on the map, and the pair sharing the most papers. */
export function termMapTakeaway(map: TermCooccurrence): string {
  if (map.nodes.length === 0) return 'No terms to map in these papers';
  if (map.links.length === 0) {
    return `No two of the top ${plural(map.nodes.length, 'term')} share two papers or more`;
  }
  const degree = new Map<string, number>();
  for (const link of map.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const rank = new Map(map.nodes.map((n, i) => [n.key, i]));
  const [hub] = [...degree].sort((a, b) => b[1] - a[1] || (rank.get(a[0]) ?? 0) - (rank.get(b[0]) ?? 0));
  const pair = [...map.links].sort((a, b) => b.papers - a.papers || b.strength - a.strength)[0];
  const label = (key: string) => quote(map.nodes.find((n) => n.key === key)?.label ?? key);
  const hubText = hub
    ? `${label(hub[0])} links to the most terms (${hub[1]} of ${map.nodes.length - 1})`
    : '';
  const other =
    pair && hub && (pair.source === hub[0] ? pair.target : pair.target === hub[0] ? pair.source : null);
  const pairText = pair
    ? other
      ? `it appears most with ${label(other)} (${plural(pair.papers, 'paper')})`
      : `${label(pair.source)} and ${label(pair.target)} appear together most (${plural(pair.papers, 'paper')})`
    : '';
  return [hubText, pairText].filter(Boolean).join('; ');
}

/** The leading authors, and how many authors appear on one paper only. */
export function topAuthorsTakeaway(top: TopAuthors, law: Lotka): string {
  if (top.known === 0) {
    return `The sources give author counts only, not names (${plural(top.unknown, 'paper')})`;
  }
  const first = top.authors[0];
  if (!first) return 'No author named in these papers';
  const once = law.distribution.find((row) => row.papers === 1);
  const onceText = once
    ? `${formatShare(once.share)} of the ${count(top.distinct)} authors appear on one paper only`
    : `none of the ${count(top.distinct)} authors appears on one paper only`;
  if (first.papers < 2) return `No author appears on more than one paper (${count(top.distinct)} authors)`;
  const leaders = top.authors.filter((a) => a.papers === first.papers).map((a) => a.name);
  const named = `of the ${count(top.known)} papers that name their authors`;
  const lead =
    leaders.length === 1
      ? `${first.name} wrote the most papers (${count(first.papers)} ${named})`
      : `${listing(leaders)} wrote the most papers (${count(first.papers)} each, ${named})`;
  return `${lead}; ${onceText}`;
}

/** Mean authors per paper in the first and the last year with enough papers, compared by Welch's test. */
export function teamSizeTakeaway(teams: CoauthorsPerYear, stats: CorpusStats, today: string): string {
  const years = teams.years.filter((y) => y.mean !== null);
  if (years.length === 0) return 'No dated paper states how many authors it has';
  const enough = years.filter((y) => y.known >= MIN_SIDE);
  const first = enough[0];
  const last = enough.at(-1);
  const open = openYear(stats, today);
  const yearName = (year: string) => {
    const coverage = yearCoverage(stats, year, open);
    return coverage ? `${year} (${coverage})` : year;
  };
  const mean = (value: number | null) => `${oneDecimal(value)} authors`;
  if (!first || !last || first === last) {
    const only = last ?? years.at(-1);
    return only
      ? `Papers average ${mean(only.mean)} in ${only.year} (${[yearCoverage(stats, only.year, open), `${plural(only.known, 'paper')} of known count`].filter(Boolean).join('; ')}); too few years with ${MIN_SIDE} papers or more to compare`
      : 'No dated paper states how many authors it has';
  }
  const test = welchTest(
    { n: first.known, mean: first.mean ?? 0, variance: first.variance ?? 0 },
    { n: last.known, mean: last.mean ?? 0, variance: last.variance ?? 0 },
  );
  const how = `Welch's test, ${formatP(test.p)}`;
  const span = `${mean(first.mean)} a paper in ${yearName(first.year)} to ${oneDecimal(last.mean)} in ${yearName(last.year)}`;
  if (!test.significant) return `Team size held level, from ${span} (no change beyond noise, ${how})`;
  return `Teams ${(last.mean ?? 0) > (first.mean ?? 0) ? 'grew' : 'shrank'}, from ${span} (${how})`;
}

/** The fitted exponent, the share of one-paper authors, and what the K–S test says of Lotka's β = 2. */
export function lotkaTakeaway(law: Lotka): string {
  if (law.known === 0)
    return `The sources give author counts only, not names (${plural(law.unknown, 'paper')})`;
  if (law.beta === null) {
    return `All ${plural(law.authors, 'author')} wrote the same number of papers: no distribution to fit`;
  }
  const once = law.distribution.find((row) => row.papers === 1);
  const fit = `fitted β = ${law.beta.toFixed(2)} (R² = ${formatNumber(law.r2, 2)})`;
  const head = once
    ? `${formatShare(once.share)} of ${count(law.authors)} authors wrote one paper; ${fit}`
    : `${fit} over ${count(law.authors)} authors`;
  if (law.pValue === null) return head;
  const ks = `Kolmogorov–Smirnov, ${formatP(law.pValue)}`;
  return law.pValue < ALPHA
    ? `${head}, departing from Lotka's β = 2 (${ks})`
    : `${head}, no detectable departure from Lotka's β = 2 (${ks}; a weak test over ${plural(law.distribution.length, 'row')})`;
}

/** A comparison window in words: `Mar–Aug 2026`, with where its data really starts or ends when it falls short. */
export function describeWindow(unit: PeriodUnit, span: PeriodSpan, counts: WindowCounts): string {
  const name = periodName(unit, span.from, span.to);
  const notes: string[] = [];
  const day = (date: string | null) => (date && date.length >= 10 ? date : null);
  const first = day(counts.first);
  const last = day(counts.last);
  if (unit === 'month') {
    if (first && (first.slice(0, 7) > span.from || Number(first.slice(8, 10)) > 7)) {
      notes.push(`data from ${formatDate(first)}`);
    }
    if (last && (last.slice(0, 7) < span.to || Number(last.slice(8, 10)) < 24)) {
      notes.push(`data to ${formatDate(last)}`);
    }
  } else {
    if (counts.first && counts.first.slice(0, 4) > span.from)
      notes.push(`data from ${counts.first.slice(0, 4)}`);
    if (counts.last && counts.last.slice(0, 4) < span.to) notes.push(`data to ${counts.last.slice(0, 4)}`);
  }
  return notes.length ? `${name} (${notes.join(', ')})` : name;
}

/** What changed from the previous period to this one: the term that rose most, GitHub links, team size. */
export function changeTakeaway(comparison: PeriodComparison | null): string {
  if (!comparison) return 'The data is too short to split into two periods of the same length';
  const { windows, previous, current } = comparison;
  const now = describeWindow(windows.unit, windows.current, current);
  const then = describeWindow(windows.unit, windows.previous, previous);
  if (previous.papers < MIN_SIDE || current.papers < MIN_SIDE) {
    return `${then} has ${plural(previous.papers, 'paper')} and ${now} ${count(current.papers)}: too few to compare (${MIN_SIDE} a side at least)`;
  }
  const parts: string[] = [];
  const riser = comparison.rose.find((t) => t.test.significant);
  const faller = comparison.fell.find((t) => t.test.significant);
  const move = (t: NonNullable<typeof riser>, verb: string) =>
    `${quote(t.label)} ${verb} most (${formatShare(t.shareBefore)} → ${formatShare(t.shareAfter)})`;
  if (riser) parts.push(move(riser, 'rose'));
  if (faller) parts.push(move(faller, 'fell'));
  if (!riser && !faller) parts.push("no term's share moved beyond noise");
  const { code, team } = windowChanges(previous, current);
  if (code)
    parts.push(`GitHub links ${direction(code)} (${formatShare(code.before)} → ${formatShare(code.after)})`);
  if (team) {
    parts.push(
      `teams ${direction(team, ['larger', 'smaller'])} (${oneDecimal(team.before)} → ${oneDecimal(team.after)} authors)`,
    );
  }
  // The previous window named by its length, with where its data really starts when it falls short.
  const shortfall = then.slice(periodName(windows.unit, windows.previous.from, windows.previous.to).length);
  const length = windows.length === 1 ? windows.unit : `${windows.length} ${windows.unit}s`;
  return `${now} against the ${length} before${shortfall}: ${parts.join('; ')}`;
}
