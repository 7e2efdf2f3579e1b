import { leastSquares } from '@/lib/analyze/least-squares';
import { generalFrequency } from '@/lib/terms/general-frequency';
import { showsAcronym, WRITTEN_AS_NAME } from '@/lib/terms/rank-terms';

/** What the relevance of a term is computed from, counted over a whole corpus (papers, not texts). */
export interface TermConcentration {
  key: string;
  /** Papers that mention the term. */
  papers: number;
  /** Its occurrences over those papers, at most `COUNTED_REPEATS` a paper. */
  occurrences: number;
  /**
   * How unevenly its co-occurrences spread over the other candidate terms: the Kullback–Leibler divergence of its
   * co-occurrence distribution from that of all candidates (van Eck & Waltman's relevance in VOSviewer), rounded to
   * 9 decimals; `null` outside the candidates.
   */
  concentration: number | null;
  /** Most of its papers write it with a capital inside or a digit ("GRPO", "GPT-4o"): a name, not a common word. */
  written: boolean;
  /**
   * At least `DEFINING_PAPERS` papers define it with an acronym ("direct preference optimization (DPO)"): the
   * authors treat it as a named concept of their field.
   */
  defined: boolean;
}

/** How many of the most frequent terms (in two papers or more) the co-occurrence concentration is measured over. */
export const RELEVANCE_CANDIDATES = 1000;
// The spread of the logistic that turns "more concentrated than terms as frequent" into a factor in (0.5, 1.5).
const SPREAD = 0.3;
// Count in the general-language background at which a single common word keeps half its weight.
const COMMON = 50;
// Occurrences per paper are read as if this many more papers said the term once: a term of one paper that
// repeats it ten times says little about the corpus.
const BURST_PRIOR = 2;
/**
 * A paper's occurrences of a term count up to this many: a title and abstract that say a term four times are about
 * it, and saying it twenty times (a study of one journal names it in every sentence) says nothing more about the
 * corpus. Uncapped, a journal's name in 2 of 241 papers ranked second among their terms.
 */
export const COUNTED_REPEATS = 4;
/** Papers that must define a term with an acronym for it to weigh as the field's own (`defined`). */
export const DEFINING_PAPERS = 2;
// The weight of a term defined with an acronym against one that is not.
const DEFINED_FACTOR = 1.5;

/**
 * The weight of each term in the relevance ranking, where a term scores papers × weight. Four signals:
 * - specificity, after VOSviewer: a general term's co-occurrences spread over all other terms as everyone's do, a
 *   field term's concentrate. The divergence falls with frequency, so a term is judged against the line fitted
 *   through log divergence by log papers: above it, more concentrated than terms as frequent;
 * - spread across papers: a field term is the subject of the papers that use it and recurs in each (mean
 *   occurrences per paper up to `COUNTED_REPEATS`, squared, drawn toward one for terms of few papers); a generic
 *   phrase is said once in passing;
 * - contrast with a background of general language: a single common word ("video", "code") weighs less the more
 *   often it is said in everyday English; acronyms, names and phrases do not.
 * Terms outside the candidates have no specificity signal: they take its lowest factor.
 */
export function relevanceWeights(rows: readonly TermConcentration[]): Map<string, number> {
  // In key order: the fit sums floating-point numbers, and the query returns its rows in any order.
  const ordered = [...rows].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const points = ordered.flatMap(({ papers, concentration }) =>
    concentration !== null && concentration > 0 ? [[Math.log(papers), Math.log(concentration)] as const] : [],
  );
  const fit = leastSquares(points);
  const weights = new Map<string, number>();
  for (const { key, papers, occurrences, concentration, written, defined } of rows) {
    let specificity = 0;
    if (concentration !== null && concentration > 0 && fit) {
      const residual = Math.log(concentration) - (fit.intercept + fit.slope * Math.log(papers));
      specificity = 1 / (1 + Math.exp(-residual / SPREAD));
    }
    const burst = (occurrences + BURST_PRIOR) / (papers + BURST_PRIOR);
    const background = key.includes(' ') || written ? 1 : 1 / (1 + generalFrequency(key) / COMMON);
    const named = defined ? DEFINED_FACTOR : 1;
    weights.set(key, (0.5 + specificity) * burst * burst * background * named);
  }
  return weights;
}

/** Rounds a divergence as the query does, so sums taken in another order give the same figure. */
export function roundConcentration(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

/**
 * The reference for the store's query: each term's papers, occurrences and co-occurrence concentration over
 * papers given with their terms (after stop-terms and merges) and how often each occurs. Candidates: the
 * `RELEVANCE_CANDIDATES` terms in the most papers (two at least), ties by key; co-occurrences count papers.
 */
export function termConcentrations(
  papers: readonly (readonly { key: string; label: string; count: number }[])[],
): TermConcentration[] {
  const totals = new Map<string, { papers: number; occurrences: number; named: number; defining: number }>();
  for (const terms of papers) {
    for (const { key, label, count } of terms) {
      const total = totals.get(key) ?? { papers: 0, occurrences: 0, named: 0, defining: 0 };
      total.papers++;
      total.occurrences += Math.min(count, COUNTED_REPEATS);
      if (WRITTEN_AS_NAME.test(label)) total.named++;
      if (showsAcronym(label)) total.defining++;
      totals.set(key, total);
    }
  }
  const candidates = [...totals]
    .filter(([, total]) => total.papers >= 2)
    .sort(([a, x], [b, y]) => y.papers - x.papers || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, RELEVANCE_CANDIDATES)
    .map(([key]) => key);
  const index = new Map(candidates.map((key, i) => [key, i]));
  const pairs = new Map<number, number>();
  const size = candidates.length;
  for (const terms of papers) {
    const ids = [...new Set(terms.map((term) => index.get(term.key)))].filter((i) => i !== undefined);
    for (const a of ids)
      for (const b of ids) if (a !== b) pairs.set(a * size + b, (pairs.get(a * size + b) ?? 0) + 1);
  }
  const mass = new Float64Array(size);
  let all = 0;
  for (const [pair, count] of pairs) {
    const a = Math.floor(pair / size);
    mass[a] = (mass[a] ?? 0) + count;
    all += count;
  }
  const divergence = new Float64Array(size);
  for (const [pair, count] of pairs) {
    const a = Math.floor(pair / size);
    const p = count / (mass[a] ?? 1);
    divergence[a] = (divergence[a] ?? 0) + p * Math.log(p / ((mass[pair % size] ?? 0) / all));
  }
  return [...totals].map(([key, { papers: n, occurrences, named, defining }]) => {
    const i = index.get(key);
    return {
      key,
      papers: n,
      occurrences,
      written: named * 2 >= n,
      defined: defining >= DEFINING_PAPERS,
      concentration: i === undefined ? null : roundConcentration(mass[i] ? (divergence[i] ?? 0) : 0),
    };
  });
}
