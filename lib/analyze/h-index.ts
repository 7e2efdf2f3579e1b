/**
 * The h-index of citation counts: the largest h such that h of them have at least h citations each
 * (Hirsch 2005; bibliometrix's `Hindex`). Papers whose count is unknown are left out before, not counted as 0.
 */
export function hIndex(citations: readonly number[]): number {
  const sorted = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && (sorted[h] ?? 0) >= h + 1) h++;
  return h;
}
