import { interpolateRound, max, scaleLinear } from 'd3';
import { ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import type { CodeImpact } from '@/lib/analyze/code-impact';
import type { MedianInterval } from '@/lib/analyze/median-interval';
import { formatNumber, formatPercent, plural } from '@/lib/format';

export interface CodeImpactChartProps {
  data: CodeImpact;
  width?: number;
}

/** `median 12 · 95% CI 9–15`, or what is missing. */
export function describeMedian(group: MedianInterval): string {
  if (group.median === null) return 'no papers';
  const interval =
    group.low === null || group.high === null
      ? 'too few papers for a 95% interval'
      : `95% CI ${formatNumber(group.low)}–${formatNumber(group.high)}`;
  return `median ${formatNumber(group.median)} · ${interval}`;
}

/**
 * The median of the metric for papers that link a repository and for those that do not, each with its 95%
 * confidence interval as a whisker.
 */
export function CodeImpactChart({ data, width = 640 }: CodeImpactChartProps) {
  const groups = [
    { key: 'linked', label: 'Link a repository', group: data.linked },
    { key: 'none', label: 'No repository', group: data.none },
  ];
  if (groups.every((g) => g.group.median === null)) {
    return <EmptyChart message={`No paper with a known ${data.metric} count has a known code status.`} />;
  }
  const rowHeight = 54;
  const margin = { top: 26, right: 24, bottom: 28, left: 150 };
  const height = margin.top + groups.length * rowHeight + margin.bottom;
  const top = max(groups, (g) => Math.max(g.group.high ?? 0, g.group.median ?? 0)) || 1;
  const x = scaleLinear([0, top], [margin.left, width - margin.right])
    .nice()
    .interpolate(interpolateRound);
  const ticks = x.ticks(5);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Median ${data.metric} of papers with and without a repository, with 95% confidence intervals`}
      className="chart"
    >
      <ValueTicks x={x} ticks={ticks} top={margin.top} bottom={height - margin.bottom} />
      {groups.map(({ key, label, group }, i) => {
        const middle = margin.top + i * rowHeight + rowHeight / 2;
        const tip = `${label}: ${plural(group.n, 'paper')} · ${describeMedian(group)}${group.coverage === null ? '' : ` (exact coverage ${formatPercent(group.coverage, 1)})`}`;
        return (
          <g key={key} className="impact-row" data-tip={tip}>
            <rect className="hit" x={0} y={middle - rowHeight / 2} width={width} height={rowHeight} />
            <text x={margin.left - 10} y={middle - 7} textAnchor="end" className="label">
              {label}
            </text>
            <text x={margin.left - 10} y={middle + 9} textAnchor="end" className="tick-label">
              {plural(group.n, 'paper')}
            </text>
            {group.median === null ? (
              <text x={margin.left + 6} y={middle} dy="0.35em" className="value">
                no papers
              </text>
            ) : (
              <>
                {group.low !== null && group.high !== null ? (
                  <g className="interval">
                    <line x1={x(group.low)} x2={x(group.high)} y1={middle} y2={middle} />
                    <line x1={x(group.low)} x2={x(group.low)} y1={middle - 7} y2={middle + 7} />
                    <line x1={x(group.high)} x2={x(group.high)} y1={middle - 7} y2={middle + 7} />
                  </g>
                ) : null}
                <circle
                  className={key === 'linked' ? 'median-dot' : 'median-dot other'}
                  cx={x(group.median)}
                  cy={middle}
                  r={6}
                />
                <text x={x(group.median)} y={middle - 13} textAnchor="middle" className="value">
                  {formatNumber(group.median)}
                </text>
              </>
            )}
          </g>
        );
      })}
      <text x={(width + margin.left) / 2} y={height - 4} textAnchor="middle" className="axis-title">
        {data.metric} · dot = median, whisker = 95% confidence interval (order statistics)
      </text>
    </svg>
  );
}
