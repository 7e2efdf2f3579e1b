/** GitHub stars of linked papers in bins a decade wide: 0, 1–9, 10–99, … , 10,000+. */
export interface StarBin {
  /** 0 for no stars, then the number of digits, the last bin open-ended. */
  bin: number;
  label: string;
  papers: number;
}

export const STAR_BIN_LABELS = ['0', '1–9', '10–99', '100–999', '1,000–9,999', '10,000+'] as const;

/** The bin of a star count, by its number of digits (exact, unlike a logarithm at 1,000): the query's reference. */
export function starBinOf(stars: number): number {
  if (stars <= 0) return 0;
  return Math.min(STAR_BIN_LABELS.length - 1, String(Math.trunc(stars)).length);
}

/** Every bin, in order, with the papers counted per bin (missing bins are 0 papers). */
export function starBins(counts: readonly { bin: number; papers: number }[]): StarBin[] {
  return STAR_BIN_LABELS.map((label, bin) => ({
    bin,
    label,
    papers: counts.filter((c) => c.bin === bin).reduce((sum, c) => sum + c.papers, 0),
  }));
}
