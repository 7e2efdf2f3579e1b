import { histogramMedian } from '@/lib/analyze/authors-per-paper';
import { ksTwoSample } from '@/lib/analyze/kolmogorov-smirnov';
import { leastSquares } from '@/lib/analyze/least-squares';
import { median } from '@/lib/analyze/median';
import { periodRange } from '@/lib/analyze/periods';
import { displayName, NAME_PARTICLES, readerCase } from '@/lib/ingest/author-names';
import type { Coverage, Paper } from '@/lib/model';

type NamedPaper = Pick<Paper, 'authors'>;

// Code-point order: stable across locales and far cheaper than localeCompare on tens of thousands of names.
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A name folded for matching: `Last, First` turned round, accents and case dropped, dots and
 * apostrophes removed, dashes unified, particles joined to the last name, and run-together initials
 * split where capitals show them (`HF Moed`, and WoS's all-capital `VANRAAN, AFJ`).
 * `Müller, J.-P.` and `J.-P. Muller` give `j-p muller`; `AFJ van Raan` gives `a f j vanraan`.
 */
export function authorKey(name: string): string {
  const shown = displayName(name);
  const letters = shown.replace(/[^\p{L}]/gu, '');
  const allCaps =
    letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const tokens = shown
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/['’`´.]/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s*-\s*/g, '-')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (tokens.length === 0) return '';
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && NAME_PARTICLES.has((tokens[lastStart - 1] ?? '').toLowerCase())) lastStart--;
  const given = tokens.slice(0, lastStart).flatMap((token) =>
    // Two or three capitals in a mixed-case name, or any short given name in an all-capital one.
    /^\p{Lu}{2,3}$/u.test(token) && (allCaps || !/^\p{Lu}+$/u.test(tokens.at(-1) ?? ''))
      ? [...token]
      : [token],
  );
  const last = tokens.slice(lastStart).join('');
  return [...given, last].join(' ').toLowerCase();
}

interface NameParts {
  last: string;
  /** First letters of the given names, `jp` for `j-p` or `jean-pierre`. */
  initials: string;
  /** Every given name is a bare initial. */
  abbreviated: boolean;
}

function nameParts(key: string): NameParts {
  const tokens = key.split(' ');
  const last = tokens.pop() ?? '';
  const given = tokens.flatMap((token) => token.split('-')).filter(Boolean);
  return {
    last,
    initials: given.map((g) => g[0]).join(''),
    abbreviated: given.length > 0 && given.every((g) => g.length === 1),
  };
}

export interface AuthorIdentities {
  /** Each paper's distinct authors, as canonical keys. */
  keys: string[][];
  /** Canonical key → the name to show. */
  names: Map<string, string>;
  /** The canonical key of a name as written (empty when it has none). */
  keyOf: (name: string) => string;
}

/**
 * Each paper's distinct authors as canonical keys. An initials-only name (`M. Aria`) joins a full
 * name (`Massimo Aria`) only when exactly one full name in the corpus fits its last name and initials
 * and the two never sign the same paper; otherwise it stays apart.
 */
export function authorIdentities(papers: readonly NamedPaper[]): AuthorIdentities {
  const keyOf = new Map<string, string>();
  const cachedKey = (name: string) => {
    let key = keyOf.get(name);
    if (key === undefined) {
      key = authorKey(name);
      keyOf.set(name, key);
    }
    return key;
  };
  const perPaper = papers.map((p) => [...new Set(p.authors.map(cachedKey).filter(Boolean))]);
  const distinct = new Set(perPaper.flat());
  const parts = new Map([...distinct].map((key) => [key, nameParts(key)]));
  const full = new Map<string, { key: string; initials: string }[]>();
  for (const [key, { last, initials, abbreviated }] of parts) {
    if (abbreviated || !initials) continue;
    const list = full.get(last);
    if (list) list.push({ key, initials });
    else full.set(last, [{ key, initials }]);
  }
  const candidate = new Map<string, string>();
  for (const [key, { last, initials, abbreviated }] of parts) {
    if (!abbreviated) continue;
    const fits = (full.get(last) ?? []).filter((f) => f.initials.startsWith(initials));
    const only = fits.length === 1 ? fits[0]?.key : undefined;
    if (only) candidate.set(key, only);
  }
  // Two forms on one paper are two people.
  for (const list of perPaper) {
    for (const key of list) {
      const other = candidate.get(key);
      if (other && list.includes(other)) candidate.delete(key);
    }
  }
  const keys = perPaper.map((list) => [...new Set(list.map((key) => candidate.get(key) ?? key))]);

  // Shown as the most frequent spelling of the canonical form itself (initials only when there is
  // none), all-capital spellings last, ties to the longer.
  const written = new Map<string, number>();
  for (const paper of papers)
    for (const name of paper.authors) written.set(name, (written.get(name) ?? 0) + 1);
  const spellings = new Map<string, Map<string, number>>();
  for (const [name, n] of written) {
    const key = cachedKey(name);
    if (!key) continue;
    const target = candidate.get(key) ?? key;
    const shown = displayName(name);
    const counts = spellings.get(target) ?? new Map<string, number>();
    counts.set(shown, (counts.get(shown) ?? 0) + (key === target ? 1_000_000 : 1) * n);
    spellings.set(target, counts);
  }
  const capitals = (name: string) => (name === name.toUpperCase() ? 1 : 0);
  const better = ([a, x]: [string, number], [b, y]: [string, number]) =>
    capitals(a) - capitals(b) || y - x || b.length - a.length || compare(a, b);
  const names = new Map<string, string>();
  for (const [key, counts] of spellings) {
    let best: [string, number] | undefined;
    for (const entry of counts) if (!best || better(entry, best) < 0) best = entry;
    // With no other spelling, an all-capital one is shown in reader case; its key is the same either way.
    names.set(key, readerCase(best?.[0] ?? key));
  }
  const keyOfName = (name: string) => {
    const key = cachedKey(name);
    return candidate.get(key) ?? key;
  };
  return { keys, names, keyOf: keyOfName };
}

export interface AuthorCount {
  key: string;
  name: string;
  papers: number;
}

export interface TopAuthors extends Coverage {
  /** Most papers first; ties by name. */
  authors: AuthorCount[];
  /** Distinct authors after matching. */
  distinct: number;
}

/** Authors by number of papers (full counting). `known` papers list names; `unknown` papers do not. */
export function topAuthors(
  papers: readonly NamedPaper[],
  { limit = 20, identities }: { limit?: number; identities?: AuthorIdentities } = {},
): TopAuthors {
  const counts = authorCounts(papers, identities);
  const known = papers.filter((p) => p.authors.length > 0).length;
  // Name order only among the authors that can make the list: sorting every name costs more than all else.
  const byPapers = [...counts].sort((a, b) => b.papers - a.papers);
  const cutoff = byPapers[limit - 1]?.papers ?? 0;
  const authors = byPapers
    .filter((a) => a.papers >= cutoff)
    .sort((a, b) => b.papers - a.papers || compare(a.name, b.name) || compare(a.key, b.key))
    .slice(0, limit);
  return { known, unknown: papers.length - known, distinct: counts.length, authors };
}

/**
 * Papers per author, in no particular order. `identities`, when given, must come from the same papers:
 * `topAuthors` and `lotka` can share them.
 */
function authorCounts(papers: readonly NamedPaper[], identities = authorIdentities(papers)): AuthorCount[] {
  const { keys, names } = identities;
  const counts = new Map<string, number>();
  for (const list of keys) for (const key of list) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, n]) => ({ key, name: names.get(key) ?? key, papers: n }));
}

export interface CoauthorYear extends Coverage {
  year: string;
  /** Authors per paper over the papers whose count is known; `null` when none is. */
  mean: number | null;
  median: number | null;
  /** Sample variance of the known counts (n − 1 denominator); `null` with fewer than two. */
  variance: number | null;
}

export interface CoauthorsPerYear extends Coverage {
  /** Every year from the first dated paper to the last. */
  years: CoauthorYear[];
  /** Papers without a date, in `known`/`unknown` but in no year. */
  undated: number;
}

/** Mean and median authors per paper each year, counting papers of unknown author count apart. */
export function coauthorsPerYear(papers: readonly Pick<Paper, 'authorCount' | 'date'>[]): CoauthorsPerYear {
  const byYear = new Map<string, { counts: number[]; unknown: number }>();
  let known = 0;
  let undated = 0;
  for (const { authorCount, date } of papers) {
    const count = authorCount !== null && authorCount > 0 ? authorCount : null;
    if (count !== null) known++;
    if (!date) {
      undated++;
      continue;
    }
    const year = date.slice(0, 4);
    const entry = byYear.get(year) ?? { counts: [], unknown: 0 };
    if (count === null) entry.unknown++;
    else entry.counts.push(count);
    byYear.set(year, entry);
  }
  const sorted = [...byYear.keys()].sort();
  const years = sorted.length ? periodRange(sorted[0] ?? '', sorted.at(-1) ?? '', 'year') : [];
  return {
    known,
    unknown: papers.length - known,
    undated,
    years: years.map((year) => {
      const { counts, unknown } = byYear.get(year) ?? { counts: [], unknown: 0 };
      return {
        year,
        known: counts.length,
        unknown,
        mean: counts.length ? counts.reduce((sum, n) => sum + n, 0) / counts.length : null,
        median: median(counts),
        variance: sampleVariance(histogram(counts)),
      };
    }),
  };
}

/** `[value, how many]` pairs of a list of counts, smallest value first: as the SQL tally gives them. */
function histogram(values: readonly number[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b);
}

/** Sample variance of values given as `[value, how many]` pairs; `null` with fewer than two values. */
function sampleVariance(counts: readonly (readonly [number, number])[]): number | null {
  const n = counts.reduce((s, [, k]) => s + k, 0);
  if (n < 2) return null;
  const mean = counts.reduce((s, [v, k]) => s + v * k, 0) / n;
  return counts.reduce((s, [v, k]) => s + k * (v - mean) ** 2, 0) / (n - 1);
}

export interface SingleAuthorShare extends Coverage {
  single: number;
  multi: number;
  /** `single / known`; `null` when no paper's author count is known. */
  share: number | null;
}

/** Share of papers written alone, among the papers whose author count is known. */
export function singleAuthorShare(papers: readonly Pick<Paper, 'authorCount'>[]): SingleAuthorShare {
  const counts = papers.map((p) => p.authorCount).filter((n): n is number => n !== null && n > 0);
  const single = counts.filter((n) => n === 1).length;
  return {
    single,
    multi: counts.length - single,
    known: counts.length,
    unknown: papers.length - counts.length,
    share: counts.length ? single / counts.length : null,
  };
}

export interface LotkaRow {
  /** Papers written. */
  papers: number;
  /** Authors who wrote that many. */
  authors: number;
  /** `authors` over all authors. */
  share: number;
  /** C / papers^beta; `null` without a fit. */
  fitted: number | null;
  /** C / papers², Lotka's inverse square law with the fitted constant. */
  theoretical: number | null;
}

export interface Lotka extends Coverage {
  /** Distinct authors after matching. */
  authors: number;
  /** One row per number of papers written, fewest first. */
  distribution: LotkaRow[];
  /** Fitted exponent: share ≈ C / papers^beta. `null` with fewer than two distinct paper counts. */
  beta: number | null;
  c: number | null;
  r2: number | null;
  /**
   * bibliometrix's goodness of fit: a two-sample Kolmogorov–Smirnov test between the observed shares
   * and the beta = 2 shares, asymptotic p-value. A high value means no detectable departure from
   * Lotka's law; with a handful of rows the test has little power.
   */
  pValue: number | null;
}

/**
 * Lotka's law as bibliometrix's `lotka()` computes it: authors by number of papers written, then a
 * least-squares line through log10(share) against log10(papers).
 */
export function lotka(
  papers: readonly NamedPaper[],
  { identities }: { identities?: AuthorIdentities } = {},
): Lotka {
  const counts = authorCounts(papers, identities);
  const known = papers.filter((p) => p.authors.length > 0).length;
  const byPapers = new Map<number, number>();
  for (const { papers: n } of counts) byPapers.set(n, (byPapers.get(n) ?? 0) + 1);
  return lotkaFromDistribution([...byPapers], { known, unknown: papers.length - known });
}

/** The same from authors counted by number of papers written: `[papers, authors]` pairs. */
export function lotkaFromDistribution(
  authorsByPapers: readonly (readonly [number, number])[],
  coverage: Coverage,
): Lotka {
  const rows = [...authorsByPapers].sort(([a], [b]) => a - b);
  const total = rows.reduce((sum, [, authors]) => sum + authors, 0);
  const fit = leastSquares(rows.map(([n, authors]) => [Math.log10(n), Math.log10(authors / total)]));
  const beta = fit ? -fit.slope : null;
  const c = fit ? 10 ** fit.intercept : null;
  const distribution = rows.map(([n, authors]) => ({
    papers: n,
    authors,
    share: authors / total,
    fitted: c !== null && beta !== null ? c / n ** beta : null,
    theoretical: c !== null ? c / n ** 2 : null,
  }));
  const ks = fit
    ? ksTwoSample(
        distribution.map((row) => row.share),
        distribution.map((row) => row.theoretical ?? 0),
      )
    : null;
  return { ...coverage, authors: total, distribution, beta, c, r2: fit?.r2 ?? null, pValue: ks?.p ?? null };
}

/** Team sizes from papers tallied by year (`null`: undated) and author count: `coauthorsPerYear` and `singleAuthorShare`. */
export function teamsFromTally(
  tally: readonly { year: string | null; authorCount: number | null; papers: number }[],
): { teams: CoauthorsPerYear; single: SingleAuthorShare } {
  const byYear = new Map<string, Map<number, number>>();
  const unknownByYear = new Map<string, number>();
  const overall = new Map<number, number>();
  let total = 0;
  let undated = 0;
  for (const { year, authorCount, papers } of tally) {
    total += papers;
    const count = authorCount !== null && authorCount > 0 ? authorCount : null;
    if (count !== null) overall.set(count, (overall.get(count) ?? 0) + papers);
    if (year === null) {
      undated += papers;
      continue;
    }
    if (count === null) {
      unknownByYear.set(year, (unknownByYear.get(year) ?? 0) + papers);
      if (!byYear.has(year)) byYear.set(year, new Map());
      continue;
    }
    const counts = byYear.get(year) ?? new Map<number, number>();
    counts.set(count, (counts.get(count) ?? 0) + papers);
    byYear.set(year, counts);
  }
  const sum = (counts: ReadonlyMap<number, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  const known = sum(overall);
  const sortedYears = [...byYear.keys()].sort();
  const years = sortedYears.length ? periodRange(sortedYears[0] ?? '', sortedYears.at(-1) ?? '', 'year') : [];
  const single = overall.get(1) ?? 0;
  return {
    teams: {
      known,
      unknown: total - known,
      undated,
      years: years.map((year) => {
        const counts = [...(byYear.get(year) ?? new Map<number, number>())].sort(([a], [b]) => a - b);
        const n = counts.reduce((s, [, papers]) => s + papers, 0);
        return {
          year,
          known: n,
          unknown: unknownByYear.get(year) ?? 0,
          mean: n ? counts.reduce((s, [count, papers]) => s + count * papers, 0) / n : null,
          median: histogramMedian(counts, n),
          variance: sampleVariance(counts),
        };
      }),
    },
    single: {
      single,
      multi: known - single,
      known,
      unknown: total - known,
      share: known ? single / known : null,
    },
  };
}

export interface AuthorStatistics {
  top: TopAuthors;
  single: SingleAuthorShare;
  teams: CoauthorsPerYear;
  law: Lotka;
}

/** Everything the authors section shows, from one matching of names. */
export function authorStatistics(
  papers: readonly (NamedPaper & Pick<Paper, 'authorCount' | 'date'>)[],
  identities: AuthorIdentities,
): AuthorStatistics {
  return {
    top: topAuthors(papers, { identities }),
    single: singleAuthorShare(papers),
    teams: coauthorsPerYear(papers),
    law: lotka(papers, { identities }),
  };
}
