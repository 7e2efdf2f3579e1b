import { max, scaleBand, scaleLinear } from 'd3';
import { EmptyChart } from '@/components/charts/empty-chart';
import type { TopAuthors } from '@/lib/analyze/author-stats';
import { plural, truncateLabel } from '@/lib/format';

export interface TopAuthorsChartProps {
  data: TopAuthors;
  width?: number;
  rowHeight?: number;
  marginLeft?: number;
}

const MAX_LABEL = 30;

/** Horizontal bars: papers per author, among the papers whose source lists names. */
export function TopAuthorsChart({
  data,
  width = 640,
  rowHeight = 22,
  marginLeft = 200,
}: TopAuthorsChartProps) {
  if (data.known === 0) {
    return (
      <EmptyChart
        message={
          data.unknown
            ? `This corpus's sources give author counts only, not names: none of its ${plural(data.unknown, 'paper')} says who wrote it, so no author can be ranked.`
            : 'No papers in this selection.'
        }
      />
    );
  }
  const marginTop = 24;
  const marginRight = 48;
  const height = marginTop + data.authors.length * rowHeight + 8;
  const y = scaleBand(
    data.authors.map((a) => a.key),
    [marginTop, height - 8],
  ).padding(0.2);
  const x = scaleLinear(
    [0, max(data.authors, (a) => a.papers) ?? 1],
    [marginLeft, width - marginRight],
  ).nice();
  const ticks = x.ticks(4).filter(Number.isInteger);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Authors with the most papers"
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
      {data.authors.map((a) => {
        const top = y(a.key) ?? 0;
        return (
          <g
            key={a.key}
            className="bar-row"
            data-author={a.key}
            data-tip={`${a.name}: ${plural(a.papers, 'paper')}`}
          >
            <text
              x={marginLeft - 8}
              y={top + y.bandwidth() / 2}
              dy="0.35em"
              textAnchor="end"
              className="label"
            >
              {truncateLabel(a.name, MAX_LABEL)}
            </text>
            <rect
              className="bar"
              x={marginLeft}
              y={top}
              width={Math.max(1, x(a.papers) - marginLeft)}
              height={y.bandwidth()}
              rx={2}
            />
            <text x={x(a.papers) + 6} y={top + y.bandwidth() / 2} dy="0.35em" className="value">
              {a.papers}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
