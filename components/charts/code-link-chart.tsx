import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { periodTicks, textWidth } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { YGrid } from '@/components/charts/y-grid';
import type { CodeLinkRate } from '@/lib/analyze/code-link-rate';
import { periodRange } from '@/lib/analyze/periods';
import { formatNumber, formatPercent, formatShare } from '@/lib/format';

export interface CodeLinkChartProps {
  data: CodeLinkRate;
  width?: number;
  height?: number;
}

/** Share of papers linking a GitHub repository per year, as linked / known, with the overall rate as a rule. */
export function CodeLinkChart({ data, width = 640, height = 260 }: CodeLinkChartProps) {
  if (data.overall.known === 0 && data.overall.unknown === 0) {
    return <EmptyChart message="No papers in this selection." />;
  }
  if (data.overall.known === 0) {
    return (
      <EmptyChart
        message={`No rate to draw: the GitHub-link status is unknown for all ${formatNumber(data.overall.unknown)} papers of this selection.`}
      />
    );
  }
  if (data.byYear.length === 0) return <EmptyChart message="No dated papers in this selection." />;
  const margin = { top: 24, right: 76, bottom: 40, left: 44 };
  // Every year of the span has its place, so a year without papers leaves a gap rather than closing up.
  const years = periodRange(String(data.byYear[0]?.year), String(data.byYear.at(-1)?.year), 'year');
  const x = scaleBand(years, [margin.left, width - margin.right])
    .padding(0.3)
    .round(true);
  const y = scaleLinear([0, 1], [height - margin.bottom, margin.top]).interpolate(interpolateRound);
  const overall = data.overall.rate;
  // Year labels thinned, and counts over the bars only when every one fits its bar: the table holds them all.
  const labelled = new Set(periodTicks(years, 'year', x.step()).map((tick) => tick.period));
  const widestCount = max(data.byYear, (d) => textWidth(`${d.linked}/${d.known}`, 11.5)) ?? 0;
  const showCounts = widestCount <= x.step() - 2;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Share of papers that link a GitHub repository, per year"
      className="chart"
    >
      <g className="axis">
        <YGrid
          ticks={y.ticks(4)}
          y={y}
          left={margin.left}
          right={width - margin.right}
          format={formatPercent}
        />
        <text x={(width + margin.left - 16) / 2} y={height - 4} textAnchor="middle" className="axis-title">
          {showCounts
            ? 'year · bar label = papers linking a repository / papers whose status is known'
            : 'year · share of papers whose status is known that link a repository'}
        </text>
      </g>
      {data.byYear.map((d) => {
        const left = x(String(d.year)) ?? 0;
        const middle = left + x.bandwidth() / 2;
        const tip =
          `${d.year}: ${formatNumber(d.linked)} of ${formatNumber(d.known)} papers link a GitHub repository (${formatShare(d.rate)})` +
          (d.unknown ? `; ${formatNumber(d.unknown)} unknown` : '');
        return (
          <g key={d.year} data-tip={tip}>
            <rect
              className="bar-track"
              x={left}
              y={margin.top}
              width={x.bandwidth()}
              height={y(0) - margin.top}
            />
            {d.rate !== null ? (
              <rect
                className="bar"
                x={left}
                y={y(d.rate)}
                width={x.bandwidth()}
                height={y(0) - y(d.rate)}
                rx={2}
              />
            ) : null}
            {showCounts ? (
              <text
                x={middle}
                y={(d.rate === null ? y(0) : y(d.rate)) - 6}
                textAnchor="middle"
                className="value"
              >
                {d.rate === null ? 'unknown' : `${d.linked}/${d.known}`}
              </text>
            ) : null}
            {labelled.has(String(d.year)) ? (
              <text x={middle} y={height - margin.bottom + 16} textAnchor="middle" className="tick-label">
                {d.year}
              </text>
            ) : null}
          </g>
        );
      })}
      {overall !== null ? (
        <g className="reference">
          <line x1={margin.left} x2={width - margin.right} y1={y(overall)} y2={y(overall)} />
          <text x={width - margin.right + 6} y={y(overall)} dy="-0.2em">
            all years
          </text>
          <text x={width - margin.right + 6} y={y(overall)} dy="1.1em">
            {formatPercent(overall)}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
