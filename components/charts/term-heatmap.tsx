import './charts.css';
import { interpolateNumber, max, scaleBand, scaleSequentialSqrt, scaleSqrt } from 'd3';
import { countsIn, fitRowLabels, periodTicks } from '@/components/charts/axis-labels';
import { EmptyChart, NO_TERMS } from '@/components/charts/empty-chart';
import { PeriodAxis } from '@/components/charts/period-axis';
import type { TermBurst } from '@/lib/analyze/term-bursts';
import type { TermTrends } from '@/lib/analyze/term-trends';
import { formatMonth, formatNumber, formatPercent, formatShare } from '@/lib/format';

export interface TermHeatmapProps {
  data: TermTrends;
  /** Outlined over their cells; bursts of terms not in `data` are ignored. */
  bursts?: readonly TermBurst[];
  width?: number;
  rowHeight?: number;
  marginLeft?: number;
  /** Prefix of the ids inside the SVG, unique per page. */
  id?: string;
  /** Said when there is no term to show. */
  emptyMessage?: string;
}

const LEGEND_WIDTH = 160;

/** Top terms (rows) over periods (columns), shaded by the share of the period's papers that mention them. */
export function TermHeatmap({
  data,
  bursts = [],
  width = 640,
  rowHeight = 22,
  marginLeft,
  id = 'term-heatmap',
  emptyMessage = NO_TERMS,
}: TermHeatmapProps) {
  if (data.terms.length === 0) return <EmptyChart message={emptyMessage} />;
  if (data.periods.length === 0) return <EmptyChart message="No paper in this selection has a date." />;
  const fitted = fitRowLabels(
    data.terms.map((t) => t.label),
    { maxWidth: (marginLeft ?? width * 0.3) - 14, minWidth: 150 },
  );
  const left = marginLeft ?? fitted.margin;
  const margin = { top: 6, right: 12 };
  const gridBottom = margin.top + data.terms.length * rowHeight;
  const legendTop = gridBottom + 46;
  const height = legendTop + 34;
  const x = scaleBand(data.periods, [left, width - margin.right])
    .paddingInner(0.06)
    .round(true);
  const y = scaleBand(
    data.terms.map((t) => t.key),
    [margin.top, gridBottom],
  )
    .paddingInner(0.1)
    .round(true);
  const top = max(data.terms, (t) => max(t.series, (p) => p.share ?? 0)) ?? 0;
  // Opacity of the accent colour, so low shares fade into the background in light and dark themes alike.
  const shade = scaleSequentialSqrt([0, top || 1], interpolateNumber(0.06, 1));
  const name = data.unit === 'month' ? formatMonth : (period: string) => period;

  // Months named (the year under January and the first) or years, thinned so labels never collide.
  const columnLabels = periodTicks(data.periods, data.unit, x.step());
  const total = countsIn(x.step(), Math.max(0, ...data.totals));

  const legendX = scaleSqrt([0, top || 1], [left, left + LEGEND_WIDTH]);
  const steps = 32;
  const legendTicks: number[] = [];
  for (const tick of legendX.ticks(5)) {
    const last = legendTicks.at(-1);
    if (tick <= (top || 1) && (last === undefined || legendX(tick) - legendX(last) >= 34))
      legendTicks.push(tick);
  }
  const swatchX = left + LEGEND_WIDTH + 36;
  const hatch = `url(#${id}-hatch)`;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Share of papers per ${data.unit} that mention each top term`}
      className="chart"
    >
      <defs>
        <pattern
          id={`${id}-hatch`}
          className="heat-hatch"
          width={5}
          height={5}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1={0} y1={0} x2={0} y2={5} />
        </pattern>
      </defs>
      {data.terms.map((term, t) => {
        const rowTop = y(term.key) ?? 0;
        const termBursts = bursts.filter((b) => b.key === term.key);
        return (
          <g key={term.key} className="heat-row" data-term={term.key}>
            <text
              x={left - 8}
              y={rowTop + y.bandwidth() / 2}
              dy="0.35em"
              textAnchor="end"
              className="label"
              data-tip={`${term.label}: ${term.papers} papers in all`}
            >
              {fitted.labels[t] ?? term.label}
            </text>
            {term.series.map((point) => {
              const at = { x: x(point.period) ?? 0, y: rowTop, width: x.bandwidth(), height: y.bandwidth() };
              if (point.share === null) {
                return (
                  <rect
                    key={point.period}
                    {...at}
                    fill={hatch}
                    className="heat-unknown"
                    data-tip={`${term.label} · ${name(point.period)}: no papers this ${data.unit}`}
                  />
                );
              }
              return (
                <rect
                  key={point.period}
                  {...at}
                  rx={1.5}
                  className="heat-cell"
                  fillOpacity={Number(shade(point.share).toFixed(3))}
                  data-tip={`${term.label} · ${name(point.period)}: ${point.papers} of ${point.total} papers (${formatShare(point.share)})`}
                />
              );
            })}
            {termBursts.map((burst) => {
              const left = x(burst.start);
              const right = x(burst.end);
              if (left === undefined || right === undefined) return null;
              const span =
                burst.start === burst.end ? name(burst.start) : `${name(burst.start)}–${name(burst.end)}`;
              return (
                <rect
                  key={`burst-${burst.start}`}
                  className="burst"
                  x={left - 1}
                  y={rowTop - 1}
                  width={right + x.bandwidth() - left + 2}
                  height={y.bandwidth() + 2}
                  rx={2}
                  data-tip={`${term.label}: burst ${span} (strength ${formatNumber(burst.strength)})`}
                />
              );
            })}
          </g>
        );
      })}
      <g className="axis">
        <PeriodAxis
          ticks={columnLabels}
          x={(period) => (x(period) ?? 0) + x.bandwidth() / 2}
          y={gridBottom + 16}
        />
        {data.unit === 'year'
          ? columnLabels.map(({ period }, i) => (
              <text
                key={`n-${period}`}
                x={(x(period) ?? 0) + x.bandwidth() / 2}
                y={gridBottom + 29}
                textAnchor="middle"
                className="period-total"
              >
                {i === 0 ? 'n = ' : ''}
                {total(data.totals[data.periods.indexOf(period)] ?? 0)}
              </text>
            ))
          : null}
      </g>
      <g className="legend">
        {Array.from({ length: steps }, (_, i) => {
          const share = legendX.invert(left + ((i + 0.5) * LEGEND_WIDTH) / steps);
          return (
            <rect
              key={share}
              className="heat-cell"
              x={left + (i * LEGEND_WIDTH) / steps}
              y={legendTop}
              width={LEGEND_WIDTH / steps + 0.5}
              height={10}
              fillOpacity={Number(shade(share).toFixed(3))}
            />
          );
        })}
        {legendTicks.map((tick) => (
          <text key={tick} x={legendX(tick)} y={legendTop + 24} textAnchor="middle">
            {formatPercent(tick)}
          </text>
        ))}
        <text x={left - 8} y={legendTop + 9} textAnchor="end">
          share of the {data.unit}'s papers
        </text>
        <rect x={swatchX} y={legendTop} width={14} height={10} fill={hatch} />
        <rect x={swatchX} y={legendTop} width={14} height={10} className="legend-frame" />
        <text x={swatchX + 19} y={legendTop + 9}>
          no papers
        </text>
        {bursts.length > 0 ? (
          <>
            <rect x={swatchX + 90} y={legendTop} width={14} height={10} rx={2} className="burst" />
            <text x={swatchX + 109} y={legendTop + 9}>
              burst (Kleinberg)
            </text>
          </>
        ) : null}
      </g>
    </svg>
  );
}
