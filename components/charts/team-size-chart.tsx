import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { periodTicks, textWidth } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { YGrid } from '@/components/charts/y-grid';
import type { CoauthorsPerYear } from '@/lib/analyze/author-stats';
import { formatNumber, plural } from '@/lib/format';

export interface TeamSizeChartProps {
  data: CoauthorsPerYear;
  width?: number;
  height?: number;
}

/** Mean authors per paper each year, over the papers whose count is known; a year with none is marked unknown. */
export function TeamSizeChart({ data, width = 640, height = 260 }: TeamSizeChartProps) {
  if (!data.years.some((y) => y.mean !== null)) {
    return <EmptyChart message="No dated paper in this selection states how many authors it has." />;
  }
  const margin = { top: 24, right: 16, bottom: 40, left: 44 };
  const years = data.years.map((y) => y.year);
  const x = scaleBand(years, [margin.left, width - margin.right])
    .padding(0.25)
    .round(true);
  const y = scaleLinear([0, max(data.years, (d) => d.mean ?? 0) ?? 1], [height - margin.bottom, margin.top])
    .nice()
    .interpolate(interpolateRound);
  const labelled = new Set(periodTicks(years, 'year', x.step()).map((tick) => tick.period));
  const showValues = textWidth('10.0', 11.5) <= x.step();

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Mean authors per paper, per year"
      className="chart"
    >
      <g className="axis">
        <YGrid ticks={y.ticks(4)} y={y} left={margin.left} right={width - margin.right} />
        <text x={margin.left} y={12} className="axis-title">
          mean authors per paper
        </text>
        <text
          x={(width + margin.left - margin.right) / 2}
          y={height - 4}
          textAnchor="middle"
          className="axis-title"
        >
          year · papers whose author count is unknown left out
        </text>
      </g>
      {data.years.map((d) => {
        const left = x(d.year) ?? 0;
        const middle = left + x.bandwidth() / 2;
        const tip =
          d.mean === null
            ? `${d.year}: no paper states its author count`
            : `${d.year}: ${formatNumber(d.mean)} authors on average, median ${formatNumber(d.median)}, over ${plural(d.known, 'paper')}` +
              (d.unknown ? `; ${formatNumber(d.unknown)} unknown` : '');
        return (
          <g key={d.year} data-tip={tip}>
            {d.mean !== null ? (
              <rect
                className="bar"
                x={left}
                y={y(d.mean)}
                width={x.bandwidth()}
                height={y(0) - y(d.mean)}
                rx={2}
              />
            ) : (
              <text x={middle} y={y(0) - 6} textAnchor="middle" className="value">
                ?
              </text>
            )}
            {d.mean !== null && showValues ? (
              <text x={middle} y={y(d.mean) - 6} textAnchor="middle" className="value">
                {d.mean.toFixed(1)}
              </text>
            ) : null}
            {labelled.has(d.year) ? (
              <text x={middle} y={height - margin.bottom + 16} textAnchor="middle" className="tick-label">
                {d.year}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
