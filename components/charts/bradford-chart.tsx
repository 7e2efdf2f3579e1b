import { interpolateRound, line, scaleLinear, scaleLog } from 'd3';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks, YGrid } from '@/components/charts/y-grid';
import type { BradfordLaw } from '@/lib/analyze/bradford-law';
import { formatCount, formatPercent, plural } from '@/lib/format';

export interface BradfordChartProps {
  data: BradfordLaw;
  width?: number;
  height?: number;
}

const ZONE_NAMES = ['Zone 1 (core)', 'Zone 2', 'Zone 3'] as const;
// Beyond this many sources the curve is drawn as a line only: dots would merge into one.
const MAX_DOTS = 150;

/**
 * Bradford's bibliograph: cumulative papers against the sources' rank on a log scale, the three zones shaded and the
 * fitted `a + b·ln(rank)` dashed.
 */
export function BradfordChart({ data, width = 640, height = 300 }: BradfordChartProps) {
  const n = data.sources.length;
  if (n < 2) {
    return (
      <EmptyChart
        message={
          n === 0
            ? 'No paper in this selection names its source.'
            : 'Every paper in this selection has the same source: there is nothing to scatter.'
        }
      />
    );
  }
  const legendHeight = 54;
  const margin = { top: 14, right: 16, bottom: 40 + legendHeight, left: 48 };
  const x = scaleLog([1, n], [margin.left, width - margin.right]);
  const y = scaleLinear([0, data.papers], [height - margin.bottom, margin.top])
    .nice()
    .interpolate(interpolateRound);
  // Zone edges halfway (geometrically) between the last source of a zone and the first of the next.
  const ends = [1, 2].map((zone) => data.sources.filter((s) => s.zone <= zone).length);
  const edge = (rank: number) => (rank <= 1 ? x(1) : rank >= n ? x(n) : x(Math.sqrt(rank * (rank + 1))));
  const bands = [
    [x(1), edge(ends[0] ?? 1)],
    [edge(ends[0] ?? 1), edge(ends[1] ?? n)],
    [edge(ends[1] ?? n), x(n)],
  ] as const;
  const curve = line<(typeof data.sources)[number]>(
    (s) => x(s.rank),
    (s) => y(s.cumulative),
  )(data.sources);
  const fit = data.fit;
  const fitted = fit
    ? line<number>(
        (r) => x(r),
        (r) => y(Math.max(0, fit.a + fit.b * Math.log(r))),
      )(Array.from({ length: 40 }, (_, i) => n ** (i / 39)))
    : null;
  const decades = Array.from({ length: Math.floor(Math.log10(n)) + 1 }, (_, i) => 10 ** i);
  const xTicks = n / (decades.at(-1) ?? 1) >= 2 ? [...decades, n] : decades;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Bradford's law: cumulative papers by source rank"
      className="chart"
    >
      {bands.map(([left, right], i) => (
        <rect
          // biome-ignore lint/suspicious/noArrayIndexKey: three fixed zones
          key={i}
          className={`bradford-zone zone-${i + 1}`}
          x={left}
          y={margin.top}
          width={Math.max(0, right - left)}
          height={y(0) - margin.top}
        />
      ))}
      <g className="axis">
        <YGrid ticks={countTicks(y, 5)} y={y} left={margin.left} right={width - margin.right} />
        {xTicks.map((tick) => (
          <text
            key={tick}
            x={x(tick)}
            y={height - margin.bottom + 16}
            textAnchor="middle"
            className="tick-label"
          >
            {formatCount(tick)}
          </text>
        ))}
        <text
          x={(width + margin.left) / 2}
          y={height - margin.bottom + 32}
          textAnchor="middle"
          className="axis-title"
        >
          source rank (log scale) · cumulative papers
        </text>
      </g>
      {fitted ? <path className="bradford-fit" d={fitted} /> : null}
      <path className="bradford-curve" d={curve ?? ''} />
      {n <= MAX_DOTS
        ? data.sources.map((s) => (
            <circle
              key={s.rank}
              className="bradford-dot"
              cx={x(s.rank)}
              cy={y(s.cumulative)}
              r={2.5}
              data-tip={`#${s.rank} ${s.name}: ${plural(s.papers, 'paper')}, ${s.cumulative} cumulative · zone ${s.zone}`}
            />
          ))
        : null}
      <g className="legend">
        {data.zones.map((zone, i) => {
          const top = height - legendHeight + 4 + i * 17;
          return (
            <g key={zone.zone} transform={`translate(${margin.left},${top})`}>
              <rect className={`bradford-zone zone-${zone.zone}`} width={12} height={12} rx={2} />
              <text x={18} y={10}>
                {ZONE_NAMES[i]}: {plural(zone.sources, 'source')} · {formatPercent(zone.shareOfPapers)} of
                papers
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
