import type { BradfordLaw } from '@/lib/analyze/bradford-law';
import type { CitationsPerYear } from '@/lib/analyze/citations-per-year';
import type { CoauthorNetwork } from '@/lib/analyze/coauthor-network';
import type { CodeImpact } from '@/lib/analyze/code-impact';
import type { CountryCollaboration } from '@/lib/analyze/country-collaboration';
import { formatNumber, formatPercent, plural } from '@/lib/format';

/** One sentence per chart of the impact, sources, places and collaboration sections, from the figures it sums up. */

/** A ranked name with its count: a paper, source, institution, author or category. */
export interface Ranked {
  name: string;
  value: number;
}

/** How many papers a figure speaks for. */
export interface Known {
  known: number;
  unknown: number;
}

const quote = (text: string) => `“${text}”`;

function ratio(value: number): string {
  return value >= 10 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, '');
}

/** `p < 0.001`, `p = 0.03`, `p = 0.41`. */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

function unknownPart({ known, unknown }: Known, what: string): string {
  return unknown ? ` (${formatNumber(known)} of ${plural(known + unknown, 'paper')} have ${what})` : '';
}

export function mostCitedTakeaway(
  top: readonly Ranked[],
  metric: 'citations' | 'upvotes',
  total: number,
  coverage: Known,
): string {
  const first = top[0];
  if (!first || coverage.known === 0) return `No paper in this selection has a known count of ${metric}`;
  if (first.value === 0)
    return `None of the ${plural(coverage.known, 'paper')} with a known count has any ${metric} yet`;
  const part = total > 0 ? first.value / total : 0;
  const share =
    total > 0 ? `, ${formatPercent(part, part < 0.1 ? 1 : 0)} of all ${metric} in the selection` : '';
  const verb = metric === 'citations' ? 'is the most cited paper' : 'has the most upvotes';
  return `${quote(first.name)} ${verb}, with ${plural(first.value, metric === 'citations' ? 'citation' : 'upvote')}${share}`;
}

export function citationsPerYearTakeaway(data: CitationsPerYear): string {
  const best = data.years.reduce<CitationsPerYear['years'][number] | null>(
    (top, y) => (y.perYear !== null && (top === null || y.perYear > (top.perYear ?? 0)) ? y : top),
    null,
  );
  if (!best || best.perYear === null) return 'No dated paper in this selection has a citation count';
  return `Papers from ${best.year} are cited most for their age: ${formatNumber(best.perYear, 1)} citations a year on average (${formatNumber(best.perPaper, 1)} each over ${best.citableYears} years)${unknownPart(data, 'a count')}`;
}

export interface CitationSummary extends Known {
  /** Citations summed over the papers with a count. */
  total: number;
  /** Papers with a count of 0. */
  uncited: number;
  hIndex: number;
}

export function hIndexTakeaway(summary: CitationSummary): string {
  if (summary.known === 0) return 'No paper in this selection has a citation count';
  const uncited = `${formatPercent(summary.uncited / summary.known)} of them are not cited at all`;
  return `The selection has an h-index of ${summary.hIndex}: ${summary.hIndex} of its ${plural(summary.known, 'paper')} with a known count are cited at least ${plural(summary.hIndex, 'time')} each; ${uncited}`;
}

/** An author or source with its h-index. */
export interface HIndexRow {
  name: string;
  h: number;
  papers: number;
  citations: number;
}

export function hIndexByTakeaway(rows: readonly HIndexRow[], kind: 'author' | 'source'): string {
  const first = rows[0];
  if (!first) return `No ${kind} in this selection has a paper with a citation count`;
  const tied = rows.filter((r) => r.h === first.h).length;
  const lead =
    tied > 1
      ? `${quote(first.name)} and ${tied - 1} more ${kind}s share`
      : `${quote(first.name)} leads the ${kind}s with`;
  return `${lead} an h-index of ${first.h} (${quote(first.name)}: ${plural(first.papers, 'paper')}, ${plural(first.citations, 'citation')})`;
}

export function codeImpactTakeaway(data: CodeImpact): string {
  const { linked, none, metric, test } = data;
  if (linked.median === null || none.median === null) {
    return `Too few papers with a known count of ${metric} on ${linked.median === null ? 'the side with code' : 'the side without code'} to compare`;
  }
  const tested = test ? `Mann–Whitney ${formatP(test.p)}` : 'no rank test possible';
  const medians = `${formatNumber(linked.median)} vs ${formatNumber(none.median)}`;
  if (test && test.p >= 0.05) {
    return `Papers with code and without differ little in ${metric}: medians ${medians} (${tested})`;
  }
  if (data.ratio !== null && data.ratio !== 1) {
    return data.ratio > 1
      ? `Papers with code have ${ratio(data.ratio)}× the median ${metric} (${medians}; ${tested})`
      : `Papers with code have ${formatPercent(1 - data.ratio)} fewer ${metric} at the median (${medians}; ${tested})`;
  }
  return `Papers with code have a median of ${formatNumber(linked.median)} ${metric}, papers without ${formatNumber(none.median)} (${tested})`;
}

/** Linked repositories by stars, bin by bin, with the median. */
export interface StarSummary extends Known {
  median: number | null;
  /** Papers whose repository has 1,000 stars or more. */
  thousands: number;
}

export function starsTakeaway(stars: StarSummary): string {
  if (stars.known === 0 || stars.median === null)
    return 'No linked repository in this selection has a star count';
  return `Half of the linked repositories have ${formatNumber(stars.median)} stars or more; ${formatPercent(stars.thousands / stars.known)} have 1,000 or more${unknownPart(stars, 'a star count')}`;
}

export function topListTakeaway(
  top: readonly Ranked[],
  coverage: Known,
  what: { thing: string; verb: string },
): string {
  const first = top[0];
  if (!first || coverage.known === 0) return `No paper in this selection names its ${what.thing}`;
  const tied = top.filter((t) => t.value === first.value);
  const share = `${first.value} of ${plural(coverage.known, 'paper')} (${formatPercent(first.value / coverage.known)})`;
  const names =
    tied.length > 1 ? `${quote(first.name)} and ${tied.length - 1} more tie:` : `${quote(first.name)}`;
  return `${names} ${what.verb} the most papers, ${share}${coverage.unknown ? `; ${plural(coverage.unknown, 'paper')} do not say` : ''}`;
}

export function bradfordTakeaway(law: BradfordLaw): string {
  const [core] = law.zones;
  if (!core || law.sources.length < 2) return 'Too few sources to scatter';
  return `${plural(core.sources, 'core source')} (${formatPercent(core.shareOfSources)} of ${law.sources.length}) publish ${formatPercent(core.shareOfPapers)} of the papers${law.multiplier === null ? '' : `; Bradford multiplier ${formatNumber(law.multiplier, 1)}`}`;
}

/** A source's papers up to the last year shown. */
export function productionTakeaway(totals: readonly Ranked[], lastYear: string | null): string {
  const [first, second] = totals;
  if (!first || !lastYear) return 'No dated paper in this selection names its source';
  return `${quote(first.name)} has published the most by ${lastYear} (${plural(first.value, 'paper')})${second ? `, ahead of ${quote(second.name)} (${second.value})` : ''}`;
}

export function countriesTakeaway(data: CountryCollaboration): string {
  const first = data.countries[0];
  if (!first || data.mcpShare === null) return 'No paper in this selection names its authors’ countries';
  return `${first.country} leads with ${plural(first.papers, 'paper')} by corresponding author (${formatPercent(first.share)}); ${formatPercent(data.mcpShare)} of papers with a known country are multiple-country`;
}

export function countrySpreadTakeaway(data: CountryCollaboration): string {
  const top = data.countries.slice(0, 3);
  if (top.length === 0 || data.known === 0) return 'No paper in this selection names its authors’ countries';
  if (data.countries.length === 1) return `Every paper with a known country is from ${top[0]?.country}`;
  const share = top.reduce((sum, c) => sum + c.papers, 0) / data.known;
  return `Papers come from ${plural(data.countries.length, 'country', 'countries')}; the top ${top.length} (${top.map((c) => c.country).join(', ')}) account for ${formatPercent(share)}`;
}

export function coauthorTakeaway(network: CoauthorNetwork): string {
  if (network.nodes.length === 0) return 'No paper in this selection names its authors';
  const strongest = network.links[0];
  const byKey = new Map(network.nodes.map((n) => [n.key, n.label]));
  const linked = new Set(network.links.flatMap((l) => [l.source, l.target]));
  const alone = network.nodes.length - linked.size;
  if (!strongest)
    return `None of the top ${plural(network.nodes.length, 'author')} wrote a paper with another of them`;
  return `${byKey.get(strongest.source)} and ${byKey.get(strongest.target)} wrote the most papers together (${strongest.papers})${alone ? `; ${alone} of the top ${network.nodes.length} authors share no paper with the others` : ''}`;
}

/** A category's share of the papers in its first and last year with papers. */
export interface CategoryShift {
  name: string;
  from: { year: string; share: number };
  to: { year: string; share: number };
}

export function categoriesTakeaway(top: readonly Ranked[], coverage: Known): string {
  const first = top[0];
  if (!first || coverage.known === 0) return 'No paper in this selection has an arXiv category';
  return `${first.name} is the most common primary category (${formatPercent(first.value / coverage.known)} of ${plural(coverage.known, 'paper')})`;
}

export function categoryTrendTakeaway(shifts: readonly CategoryShift[]): string {
  const change = (s: CategoryShift) => s.to.share - s.from.share;
  const moving = shifts.filter((s) => s.from.year !== s.to.year);
  if (moving.length === 0) return 'Too few years with papers to see a category move';
  const rising = [...moving].sort((a, b) => change(b) - change(a))[0];
  const fading = [...moving].sort((a, b) => change(a) - change(b))[0];
  const says = (s: CategoryShift, verb: string) =>
    `${s.name} ${verb}, from ${formatPercent(s.from.share)} of papers in ${s.from.year} to ${formatPercent(s.to.share)} in ${s.to.year}`;
  if (rising && change(rising) > 0) return says(rising, 'grew most');
  return fading ? says(fading, 'fell most') : 'No category moved';
}
