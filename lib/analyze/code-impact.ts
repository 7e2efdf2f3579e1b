import { type MannWhitney, mannWhitney } from '@/lib/analyze/mann-whitney';
import { type MedianInterval, medianInterval } from '@/lib/analyze/median-interval';

/** What the comparison measures: upvotes where the source counts them, otherwise citations. */
export type ImpactMetric = 'upvotes' | 'citations';

/** Papers with each value of the metric, by whether they link a repository (as a query tallies them). */
export interface CodeValueCount {
  value: number;
  linked: number;
  none: number;
}

export interface CodeImpact {
  metric: ImpactMetric;
  linked: MedianInterval;
  none: MedianInterval;
  /** Median of papers with code over median of papers without; `null` when the latter is 0 or unknown. */
  ratio: number | null;
  test: MannWhitney | null;
  /** Papers with the metric known whose code status is unknown: in neither group. */
  unknownCode: number;
  /** Papers whose source gives no value of the metric. */
  unknownMetric: number;
}

/**
 * Papers that link a repository against those that do not: each group's median with its confidence interval, the
 * ratio of medians, and a Mann–Whitney U test. Papers whose code status or metric is unknown are counted apart.
 */
export function codeImpact(
  values: readonly CodeValueCount[],
  {
    metric,
    unknownCode,
    unknownMetric,
  }: { metric: ImpactMetric; unknownCode: number; unknownMetric: number },
): CodeImpact {
  const linked = medianInterval(values.map((v) => ({ value: v.value, count: v.linked })));
  const none = medianInterval(values.map((v) => ({ value: v.value, count: v.none })));
  const ratio =
    linked.median !== null && none.median !== null && none.median > 0 ? linked.median / none.median : null;
  return {
    metric,
    linked,
    none,
    ratio,
    test: mannWhitney(values.map((v) => ({ value: v.value, x: v.linked, y: v.none }))),
    unknownCode,
    unknownMetric,
  };
}
