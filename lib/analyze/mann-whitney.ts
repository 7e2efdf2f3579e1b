import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** How many papers of each group have a value. */
export interface GroupValueCount {
  value: number;
  /** Papers of the first group with this value. */
  x: number;
  /** Papers of the second group. */
  y: number;
}

export interface MannWhitney {
  /** U of the first group: pairs where its paper is higher, ties counting one half. */
  u: number;
  /** `u / (n₁·n₂)`: the chance that a paper of the first group is above one of the second (ties half). */
  superiority: number;
  z: number;
  /** Two-sided p-value from the normal approximation with tie and continuity corrections. */
  p: number;
}

/**
 * Mann–Whitney U (Wilcoxon rank-sum) test of two groups of counted values, computed as R's
 * `wilcox.test(x, y, exact = FALSE, correct = TRUE)` and scipy's `mannwhitneyu(method="asymptotic")`: ranks averaged
 * over ties, variance corrected for them. `null` when a group is empty or every value is the same (no ranking).
 */
export function mannWhitney(values: readonly GroupValueCount[]): MannWhitney | null {
  const sorted = values.filter((v) => v.x + v.y > 0).sort((a, b) => a.value - b.value);
  const n1 = sorted.reduce((sum, v) => sum + v.x, 0);
  const n2 = sorted.reduce((sum, v) => sum + v.y, 0);
  const n = n1 + n2;
  if (n1 === 0 || n2 === 0) return null;
  let below = 0;
  let rankSum = 0;
  let ties = 0;
  for (const { x, y } of sorted) {
    const t = x + y;
    // The tied values share the mean of the ranks below+1 … below+t.
    rankSum += x * (below + (t + 1) / 2);
    ties += t ** 3 - t;
    below += t;
  }
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (!(variance > 0)) return null;
  const diff = u - mean;
  const z = (diff - Math.sign(diff) * 0.5) / Math.sqrt(variance);
  return { u, superiority: u / (n1 * n2), z, p: Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1)) };
}
