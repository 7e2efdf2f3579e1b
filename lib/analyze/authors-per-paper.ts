import type { Coverage, Paper } from '@/lib/model';

export interface AuthorBin {
  label: string;
  /** Inclusive bounds of the author counts this bin holds. */
  min: number;
  max: number;
  papers: number;
}

export interface AuthorsPerPaper extends Coverage {
  bins: AuthorBin[];
  mean: number | null;
  median: number | null;
  max: number | null;
}

// One bar per count up to 10, then widening ranges so a 50-author paper does not stretch the axis.
const RANGES: readonly [number, number][] = [
  [11, 20],
  [21, 50],
  [51, 100],
  [101, Number.POSITIVE_INFINITY],
];
const BOUNDS: readonly [number, number][] = [
  ...Array.from({ length: 10 }, (_, i): [number, number] => [i + 1, i + 1]),
  ...RANGES,
];

function binLabel([min, max]: readonly [number, number]): string {
  if (min === max) return String(min);
  return Number.isFinite(max) ? `${min}–${max}` : `${min}+`;
}

/** Label of the histogram bin an author count falls in: `'3'`, `'11–20'`, `'101+'`; `'unknown'` for null. */
export function authorBinLabel(count: number | null): string {
  if (count === null || count < 1) return 'unknown';
  const bounds = BOUNDS.find(([min, max]) => count >= min && count <= max);
  return bounds ? binLabel(bounds) : 'unknown';
}

/** Inclusive author-count bounds of a bin label; `null` for `'unknown'` or a label that is no bin. */
export function authorBinBounds(label: string): readonly [number, number] | null {
  return BOUNDS.find((bounds) => binLabel(bounds) === label) ?? null;
}

/** Every bin label, in order, for checking a label that comes from a URL. */
export const AUTHOR_BIN_LABELS: readonly string[] = [...BOUNDS.map(binLabel), 'unknown'];

/** Histogram of author counts. Papers whose source gives no count are `unknown`, never zero authors. */
export function authorsPerPaper(papers: readonly Pick<Paper, 'authorCount'>[]): AuthorsPerPaper {
  const counts = new Map<number | null, number>();
  for (const { authorCount } of papers) counts.set(authorCount, (counts.get(authorCount) ?? 0) + 1);
  return authorsPerPaperFromCounts(counts);
}

/** The same from papers counted by author count (`null` or below 1: unknown). */
export function authorsPerPaperFromCounts(counts: ReadonlyMap<number | null, number>): AuthorsPerPaper {
  const known = [...counts]
    .filter((entry): entry is [number, number] => entry[0] !== null && entry[0] > 0)
    .sort(([a], [b]) => a - b);
  let total = 0;
  for (const n of counts.values()) total += n;
  const papers = known.reduce((sum, [, n]) => sum + n, 0);
  const unknown = total - papers;
  if (papers === 0) return { bins: [], known: 0, unknown, mean: null, median: null, max: null };

  const max = known.at(-1)?.[0] ?? 0;
  const bins = BOUNDS.filter(([min]) => min <= max).map(
    (bounds): AuthorBin => ({ label: binLabel(bounds), min: bounds[0], max: bounds[1], papers: 0 }),
  );
  for (const [count, n] of known) {
    const bin = bins.find((b) => count >= b.min && count <= b.max);
    if (bin) bin.papers += n;
  }
  const mean = known.reduce((sum, [count, n]) => sum + count * n, 0) / papers;
  return { bins, known: papers, unknown, mean, median: histogramMedian(known, papers), max };
}

/** The median of values given as sorted `[value, times]` pairs, as `median` gives it for the values listed out. */
export function histogramMedian(
  sorted: readonly (readonly [number, number])[],
  total: number,
): number | null {
  if (total === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [value, n] of sorted) {
      seen += n;
      if (index < seen) return value;
    }
    return 0;
  };
  const mid = total >> 1;
  return total % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}
