import { max, scaleBand, scaleLinear } from 'd3';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';
import type { TermCount } from '@/lib/analyze/top-terms';
import { formatPercent, plural, truncateLabel } from '@/lib/format';

export interface TermBarChartProps {
  data: readonly TermCount[];
  width?: number;
  rowHeight?: number;
  marginLeft?: number;
  /** Where clicking a term goes (a filter); no links without it. */
  hrefFor?: (key: string) => string;
  /** Keys of terms the view is filtered to. */
  active?: readonly string[];
}

const MAX_LABEL = 34;

/** Horizontal bars: papers that mention each term. */
export function TermBarChart({
  data,
  width = 640,
  rowHeight = 22,
  marginLeft = 236,
  hrefFor,
  active = [],
}: TermBarChartProps) {
  if (data.length === 0) return <EmptyChart message="No multi-word terms found in these papers." />;
  const marginTop = 24;
  const marginRight = 96;
  const height = marginTop + data.length * rowHeight + 8;
  const y = scaleBand(
    data.map((d) => d.key),
    [marginTop, height - 8],
  ).padding(0.2);
  const x = scaleLinear([0, max(data, (d) => d.papers) ?? 1], [marginLeft, width - marginRight]).nice();
  const ticks = countTicks(x, 4);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label="Top terms by number of papers"
      className="chart"
    >
      <g className="axis">
        {ticks.map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`}>
            <line y1={marginTop - 4} y2={height - 8} className="grid" />
            <text y={marginTop - 10} textAnchor="middle">
              {tick}
            </text>
          </g>
        ))}
      </g>
      {data.map((d) => {
        const top = y(d.key) ?? 0;
        const tip = `${d.label}: ${plural(d.papers, 'paper')} (${formatPercent(d.share)})`;
        const row = (
          <g key={d.key} className={active.includes(d.key) ? 'bar-row is-active' : 'bar-row'} data-tip={tip}>
            <text
              x={marginLeft - 8}
              y={top + y.bandwidth() / 2}
              dy="0.35em"
              textAnchor="end"
              className="label"
            >
              {truncateLabel(d.label, MAX_LABEL)}
            </text>
            <rect
              className="bar"
              x={marginLeft}
              y={top}
              width={Math.max(1, x(d.papers) - marginLeft)}
              height={y.bandwidth()}
              rx={2}
            />
            <text x={x(d.papers) + 6} y={top + y.bandwidth() / 2} dy="0.35em" className="value">
              {d.papers} · {formatPercent(d.share)}
            </text>
          </g>
        );
        return hrefFor ? (
          <a key={d.key} href={hrefFor(d.key)} aria-label={`Filter to papers mentioning ${d.label}`}>
            {row}
          </a>
        ) : (
          row
        );
      })}
    </svg>
  );
}
