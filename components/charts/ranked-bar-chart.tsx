import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { BarRow, ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import { fitLabel } from '@/components/charts/fit-label';
import { countTicks } from '@/components/charts/y-grid';

/** One bar: what it is, how long it is, what its end says and its tooltip. */
export interface RankedBar {
  key: string;
  label: string;
  value: number;
  /** The text at the bar's end; the value when absent. */
  shown?: string;
  tip: string;
}

export interface RankedBarChartProps {
  data: readonly RankedBar[];
  /** What the chart shows, for screen readers. */
  label: string;
  /** Said when there is nothing to rank. */
  emptyMessage: string;
  width?: number;
  rowHeight?: number;
  marginLeft?: number;
  /** Extra room at the right for the values. */
  marginRight?: number;
}

/** Horizontal bars in the order given: the top papers, sources, institutions, authors or categories. */
export function RankedBarChart({
  data,
  label,
  emptyMessage,
  width = 640,
  rowHeight = 22,
  marginLeft = 236,
  marginRight = 64,
}: RankedBarChartProps) {
  if (data.length === 0) return <EmptyChart message={emptyMessage} />;
  const marginTop = 24;
  const height = marginTop + data.length * rowHeight + 8;
  const y = scaleBand(
    data.map((d) => d.key),
    [marginTop, height - 8],
  )
    .padding(0.2)
    .round(true);
  const x = scaleLinear([0, max(data, (d) => d.value) || 1], [marginLeft, width - marginRight])
    .nice()
    .interpolate(interpolateRound);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="chart">
      <ValueTicks x={x} ticks={countTicks(x, 4)} top={marginTop} bottom={height - 8} />
      {data.map((d) => (
        <BarRow
          key={d.key}
          top={y(d.key) ?? 0}
          height={y.bandwidth()}
          left={marginLeft}
          end={x(d.value)}
          label={fitLabel(d.label, marginLeft - 14)}
          value={d.shown ?? d.value.toLocaleString('en-US')}
          tip={d.tip}
        />
      ))}
    </svg>
  );
}
