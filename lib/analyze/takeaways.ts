import type { CorpusStats } from '@/lib/analyze/corpus-stats';
import type { TimelinePoint } from '@/lib/analyze/publication-timeline';
import { formatMonth, formatNumber, formatPercent, MONTH_FULL_NAMES, plural } from '@/lib/format';

/** One sentence per slide, each computed from the statistics it sums up. */
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
}

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

function overview(stats: CorpusStats): string {
  const { papers, dateSpan, dated } = stats.summary;
  if (papers === 0) return 'No papers in this selection';
  if (!dateSpan) return `${plural(papers, 'paper')}, none of them dated`;
  const first = formatMonth(dateSpan.first);
  const last = formatMonth(dateSpan.last);
  const span = first === last ? `in ${first}` : `from ${first} to ${last}`;
  return `${plural(papers, 'paper')} published ${span}${dated < papers ? ` (${papers - dated} undated)` : ''}`;
}

function topTermsTakeaway(stats: CorpusStats): string {
  const terms = stats.topTerms;
  const top = terms[0];
  if (stats.termRanking === 'relevance') {
    if (!top) return 'No terms found in these papers';
    if (top.papers < 2) return 'No term appears in more than one paper';
    const share = `${formatPercent(top.share)} of papers (${top.papers} of ${stats.summary.papers})`;
    const next = terms.slice(1, 3).map((t) => quote(t.label));
    return `${quote(top.label)} is the most relevant term, in ${share}${next.length ? `, then ${listing(next)}` : ''}`;
  }
  if (!top) return 'No multi-word terms found in these papers';
  if (top.papers < 2) return 'No multi-word term appears in more than one paper';
  const leaders = terms.filter((t) => t.papers === top.papers).map((t) => quote(t.label));
  const share = `${formatPercent(top.share)} of papers (${top.papers} of ${stats.summary.papers})`;
  if (leaders.length === 1) return `${leaders[0]} is the most common term, in ${share}`;
  const verb = leaders.length > 3 ? 'tie for first' : 'lead';
  return `${listing(leaders)} ${verb}, each in ${share}`;
}

function yearChange(previous: TimelinePoint, current: TimelinePoint): string {
  const span = `from ${previous.period} to ${current.period}`;
  const counts = `(${previous.papers} → ${current.papers})`;
  if (previous.papers === 0 && current.papers === 0)
    return `No papers in ${previous.period} or ${current.period}`;
  if (previous.papers === 0)
    return `Papers per year went from none in ${previous.period} to ${current.papers} in ${current.period}`;
  if (current.papers === previous.papers) {
    return `Papers per year held steady at ${current.papers} in ${previous.period} and ${current.period}`;
  }
  const growth = current.papers / previous.papers;
  if (growth > 1) {
    return ratio(growth) === '1'
      ? `Papers per year held steady ${span} ${counts}`
      : `Papers per year grew ${ratio(growth)}× ${span} ${counts}`;
  }
  return `Papers per year fell ${formatPercent(1 - growth)} ${span} ${counts}`;
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
  const from = `${previous.period} (${MONTH_FULL_NAMES[firstMonth - 1]?.slice(0, 3)}–Dec, ${ratio(before)} a month)`;
  const to = `${current.period} (${ratio(after)} a month)`;
  if (ratio(after / before) === '1') return `Papers per month held steady from ${from} to ${to}`;
  return after > before
    ? `Papers per month grew ${ratio(after / before)}× from ${from} to ${to}`
    : `Papers per month fell ${formatPercent(1 - after / before)} from ${from} to ${to}`;
}

function timelineTakeaway(stats: CorpusStats, open: OpenYear | null): string {
  const years = stats.timeline.years;
  if (years.length === 0) return 'No paper in this selection has a date';
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
    modes.length === 1
      ? `${modes[0]} is the most common count (${plural(most, 'paper')})`
      : `${listing(modes)} are the most common counts (${plural(most, 'paper')} each)`;
  const median = `${formatNumber(data.median)} ${data.median === 1 ? 'author' : 'authors'}`;
  const unknown = data.unknown ? `; ${data.unknown} of ${papers} do not say` : '';
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
    return `${formatPercent(overall.rate)} of papers link a GitHub repository (${overall.linked} of ${overall.known} whose status is known)`;
  }
  const soFar = open?.year === last.year ? ' so far' : '';
  const head = `${formatPercent(last.rate)} of ${last.year} papers${soFar} link a GitHub repository (${last.linked} of ${last.known})`;
  const now = formatPercent(last.rate);
  const then = formatPercent(before.rate);
  if (now === then) return `${head}, level with ${before.year}`;
  return `${head}, ${last.rate > before.rate ? 'up' : 'down'} from ${then} in ${before.year}`;
}

/** The one-line takeaway of each slide. Ties are named together; a year that may be incomplete is "so far". */
export function takeaways(stats: CorpusStats, { today }: TakeawayOptions): Takeaways {
  const open = openYear(stats, today);
  return {
    overview: overview(stats),
    topTerms: topTermsTakeaway(stats),
    timeline: timelineTakeaway(stats, open),
    authors: authorsTakeaway(stats),
    codeLinks: codeLinksTakeaway(stats, open),
  };
}
