import { median } from '@/lib/analyze/median';
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

/** Every bin label, in order, for checking a label that comes from a URL. */
export const AUTHOR_BIN_LABELS: readonly string[] = [...BOUNDS.map(binLabel), 'unknown'];

/** Histogram of author counts. Papers whose source gives no count are `unknown`, never zero authors. */
export function authorsPerPaper(papers: readonly Pick<Paper, 'authorCount'>[]): AuthorsPerPaper {
  const counts = papers.map((p) => p.authorCount).filter((n): n is number => n !== null && n > 0);
  const unknown = papers.length - counts.length;
  if (counts.length === 0) return { bins: [], known: 0, unknown, mean: null, median: null, max: null };

  const max = Math.max(...counts);
  const bins = BOUNDS.filter(([min]) => min <= max).map(
    (bounds): AuthorBin => ({ label: binLabel(bounds), min: bounds[0], max: bounds[1], papers: 0 }),
  );
  for (const n of counts) {
    const bin = bins.find((b) => n >= b.min && n <= b.max);
    if (bin) bin.papers++;
  }
  const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
  return { bins, known: counts.length, unknown, mean, median: median(counts), max };
}
