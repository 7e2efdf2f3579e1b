import { interpolateRound, line, max, scaleLinear, scalePoint, schemeTableau10 } from 'd3';
import { fitLabel, shownTicks } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { YGrid } from '@/components/charts/y-grid';
import type { Series } from '@/lib/analyze/yearly-series';
import { formatCount } from '@/lib/format';

export interface SeriesLinesChartProps {
  periods: readonly string[];
  series: readonly Series[];
  /** What the chart shows, for screen readers. */
  label: string;
  /** The value axis's title. */
  axisTitle: string;
  emptyMessage: string;
  format?: (value: number) => string;
  /** How a value reads in a tooltip, e.g. `12 papers`. */
  tipValue?: (value: number) => string;
  width?: number;
  height?: number;
}

const LABEL_GAP = 13;
// Room a period label needs on the axis.
const PERIOD_WIDTH = 36;

/** Spreads label positions apart by at least `gap`, keeping their order and staying within `[top, bottom]`. */
export function spreadLabels(wanted: readonly number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => [y, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const placed = order.map(([y]) => y);
  for (let i = 1; i < placed.length; i++) placed[i] = Math.max(placed[i] ?? 0, (placed[i - 1] ?? 0) + gap);
  const overflow = (placed.at(-1) ?? 0) - bottom;
  if (overflow > 0) for (let i = 0; i < placed.length; i++) placed[i] = (placed[i] ?? 0) - overflow;
  for (let i = 0; i < placed.length; i++) placed[i] = Math.max(placed[i] ?? 0, top + i * gap);
  const out = new Array<number>(wanted.length);
  order.forEach(([, index], rank) => {
    out[index] = placed[rank] ?? 0;
  });
  return out;
}

/** A few lines over the same periods, each named at its right end: sources or categories over time. */
export function SeriesLinesChart({
  periods,
  series,
  label,
  axisTitle,
  emptyMessage,
  format = formatCount,
  tipValue = format,
  width = 640,
  height = 280,
}: SeriesLinesChartProps) {
  if (periods.length === 0 || series.length === 0) return <EmptyChart message={emptyMessage} />;
  const margin = { top: 16, right: 178, bottom: 40, left: 48 };
  const x = scalePoint(periods, [margin.left, width - margin.right]).padding(0.3);
  const top = max(series, (s) => max(s.values, (v) => v ?? 0)) || 1;
  const y = scaleLinear([0, top], [height - margin.bottom, margin.top])
    .nice()
    .interpolate(interpolateRound);
  const labelled = shownTicks(periods.length, x.step(), PERIOD_WIDTH);
  const lastKnown = series.map((s) => {
    for (let i = s.values.length - 1; i >= 0; i--) {
      const value = s.values[i];
      if (value !== null && value !== undefined) return { i, value };
    }
    return null;
  });
  const labelY = spreadLabels(
    lastKnown.map((end) => (end ? y(end.value) : y(0))),
    LABEL_GAP,
    margin.top,
    height - margin.bottom,
  );
  const color = (i: number) => schemeTableau10[i % schemeTableau10.length];

  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="chart">
      <g className="axis">
        <YGrid ticks={y.ticks(4)} y={y} left={margin.left} right={width - margin.right} format={format} />
        {periods.map((period, i) =>
          labelled(i) ? (
            <text
              key={period}
              x={x(period)}
              y={height - margin.bottom + 16}
              textAnchor="middle"
              className="tick-label"
            >
              {period}
            </text>
          ) : null,
        )}
        <text
          x={(width - margin.right + margin.left) / 2}
          y={height - 4}
          textAnchor="middle"
          className="axis-title"
        >
          {axisTitle}
        </text>
      </g>
      {series.map((s, i) => {
        const path = line<number | null>(
          (_, j) => x(periods[j] ?? '') ?? 0,
          (v) => y(v ?? 0),
        ).defined((v) => v !== null)(s.values);
        const end = lastKnown[i];
        return (
          <g key={s.key} className="series" data-series={s.key}>
            <path d={path ?? ''} fill="none" stroke={color(i)} strokeWidth={2} />
            {s.values.map((v, j) =>
              v === null ? null : (
                <circle
                  // biome-ignore lint/suspicious/noArrayIndexKey: one dot a period, fixed order
                  key={j}
                  cx={x(periods[j] ?? '')}
                  cy={y(v)}
                  r={periods.length > 40 ? 1.5 : 2.5}
                  fill={color(i)}
                  data-tip={`${s.label}, ${periods[j]}: ${tipValue(v)}`}
                />
              ),
            )}
            {end ? (
              <text
                x={width - margin.right + 8}
                y={labelY[i]}
                dy="0.35em"
                className="series-label"
                fill={color(i)}
                data-tip={`${s.label}: ${tipValue(end.value)} in ${periods[end.i]}`}
              >
                {fitLabel(s.label, margin.right - 12, 12)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
