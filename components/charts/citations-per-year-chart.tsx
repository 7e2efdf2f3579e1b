import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { shownTicks } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { YGrid } from '@/components/charts/y-grid';
import type { CitationsPerYear } from '@/lib/analyze/citations-per-year';
import { formatCount, formatNumber, plural } from '@/lib/format';

export interface CitationsPerYearChartProps {
  data: CitationsPerYear;
  width?: number;
  height?: number;
}

/** Room a year label needs on the axis, and a bar needs for its value above it. */
const YEAR_WIDTH = 34;
const VALUE_WIDTH = 26;

/**
 * Bars by publication year: mean citations per paper divided by the years since, biblioshiny's "average citations
 * per year". A year whose papers carry no count is marked "?" rather than drawn as zero.
 */
export function CitationsPerYearChart({ data, width = 640, height = 260 }: CitationsPerYearChartProps) {
  if (data.years.length === 0) return <EmptyChart message="No dated papers in this selection." />;
  const margin = { top: 22, right: 12, bottom: 40, left: 44 };
  const first = data.years[0]?.year ?? 0;
  const last = data.years.at(-1)?.year ?? first;
  // Every year of the span has a slot, so gaps read as gaps.
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const byYear = new Map(data.years.map((y) => [y.year, y]));
  const x = scaleBand(span.map(String), [margin.left, width - margin.right])
    .padding(0.25)
    .round(true);
  const y = scaleLinear(
    [0, max(data.years, (d) => d.perYear ?? 0) || 1],
    [height - margin.bottom, margin.top],
  )
    .nice()
    .interpolate(interpolateRound);
  const labelled = shownTicks(span.length, x.step(), YEAR_WIDTH);
  const withValues = x.bandwidth() >= VALUE_WIDTH;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Average citations per year of a paper, by publication year"
      className="chart"
    >
      <g className="axis">
        <YGrid
          ticks={y.ticks(4)}
          y={y}
          left={margin.left}
          right={width - margin.right}
          format={(v) => formatCount(v)}
        />
        <text x={(width + margin.left) / 2} y={height - 4} textAnchor="middle" className="axis-title">
          publication year · mean citations of a paper ÷ years since publication
        </text>
      </g>
      {span.map((year, i) => {
        const d = byYear.get(year);
        const left = x(String(year)) ?? 0;
        const middle = left + x.bandwidth() / 2;
        const label = labelled(i) ? (
          <text x={middle} y={height - margin.bottom + 16} textAnchor="middle" className="tick-label">
            {year}
          </text>
        ) : null;
        if (!d) return <g key={year}>{label}</g>;
        const tip =
          d.perYear === null
            ? `${year}: ${plural(d.papers, 'paper')}, none with a citation count`
            : `${year}: ${formatNumber(d.perYear, 2)} citations a year (mean ${formatNumber(d.perPaper, 1)} citations over ${d.citableYears} years) · ${d.known} of ${plural(d.papers, 'paper')} with a known count`;
        return (
          <g key={year} data-tip={tip}>
            <rect className="hit" x={left} y={margin.top} width={x.bandwidth()} height={y(0) - margin.top} />
            {d.perYear === null ? (
              <text x={middle} y={y(0) - 6} textAnchor="middle" className="value">
                ?
              </text>
            ) : (
              <>
                <rect
                  className="bar"
                  x={left}
                  y={y(d.perYear)}
                  width={x.bandwidth()}
                  height={Math.max(1, y(0) - y(d.perYear))}
                  rx={2}
                />
                {withValues ? (
                  <text x={middle} y={y(d.perYear) - 5} textAnchor="middle" className="value">
                    {formatNumber(d.perYear, 1)}
                  </text>
                ) : null}
              </>
            )}
            {label}
          </g>
        );
      })}
    </svg>
  );
}
