import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';
import type { CountryCollaborationRow } from '@/lib/analyze/country-collaboration';
import { formatNumber, formatPercent, plural, truncateLabel } from '@/lib/format';

export interface CountryCollaborationChartProps {
  data: readonly CountryCollaborationRow[];
  width?: number;
  rowHeight?: number;
  /** Where clicking a country goes (a filter); no links without it. */
  hrefFor?: (country: string) => string;
  /** The country the view is filtered to. */
  active?: string | null;
}

/**
 * Papers per corresponding author's country, split into single-country (SCP) and multiple-country (MCP)
 * publications, as bibliometrix's "Corresponding Author's Countries" plot.
 */
export function CountryCollaborationChart({
  data,
  width = 640,
  rowHeight = 22,
  hrefFor,
  active = null,
}: CountryCollaborationChartProps) {
  if (data.length === 0) return <EmptyChart message="No paper in this selection names a country." />;
  const margin = { top: 24, right: 96, bottom: 26, left: 150 };
  const height = margin.top + data.length * rowHeight + margin.bottom;
  const y = scaleBand(
    data.map((d) => d.country),
    [margin.top, height - margin.bottom],
  )
    .padding(0.2)
    .round(true);
  const x = scaleLinear([0, max(data, (d) => d.papers) || 1], [margin.left, width - margin.right])
    .nice()
    .interpolate(interpolateRound);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role={hrefFor ? 'group' : 'img'}
      aria-label="Papers by corresponding author's country, single- and multiple-country"
      className="chart"
    >
      <ValueTicks x={x} ticks={countTicks(x, 4)} top={margin.top} bottom={height - margin.bottom} />
      {data.map((d) => {
        const top = y(d.country) ?? 0;
        const middle = top + y.bandwidth() / 2;
        const row = (
          <g
            key={d.country}
            className={active === d.country ? 'bar-row is-active' : 'bar-row'}
            data-country={d.country}
            data-tip={`${d.country}: ${plural(d.papers, 'paper')} · ${d.scp} single-country, ${d.mcp} multiple-country (${formatPercent(d.mcpRatio)})`}
          >
            <text x={margin.left - 8} y={middle} dy="0.35em" textAnchor="end" className="label">
              {truncateLabel(d.country, 22)}
            </text>
            <rect
              className="bar"
              x={margin.left}
              y={top}
              width={x(d.scp) - margin.left}
              height={y.bandwidth()}
            />
            <rect
              className="secondary"
              x={x(d.scp)}
              y={top}
              width={x(d.papers) - x(d.scp)}
              height={y.bandwidth()}
            />
            <text x={x(d.papers) + 6} y={middle} dy="0.35em" className="value">
              {formatNumber(d.papers)} · {formatPercent(d.mcpRatio)} MCP
            </text>
          </g>
        );
        return hrefFor ? (
          <a key={d.country} href={hrefFor(d.country)} aria-label={`Filter to papers from ${d.country}`}>
            {row}
          </a>
        ) : (
          row
        );
      })}
      <g className="legend" transform={`translate(${margin.left},${height - 8})`}>
        <rect className="bar" y={-10} width={12} height={12} rx={2} />
        <text x={18}>SCP: single-country papers</text>
        <rect className="secondary" x={200} y={-10} width={12} height={12} rx={2} />
        <text x={218}>MCP: multiple-country papers</text>
      </g>
    </svg>
  );
}
