import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { fitLabel } from '@/components/charts/axis-labels';
import { BarRow, ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';

// Row labels are measured as the slides set them, semibold: about a tenth wider than the dashboard's regular face.
const ROW_LABEL_SIZE = 13.75;

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
  /** Where clicking a bar goes (a filter); no links without it. */
  hrefFor?: (key: string) => string;
  /** Says what a bar's link does, for screen readers. */
  linkLabel?: (label: string) => string;
  /** The key the view is filtered to. */
  active?: string | null;
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
  hrefFor,
  linkLabel = (name) => `Filter to ${name}`,
  active = null,
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
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label={label}
      className="chart"
    >
      <ValueTicks x={x} ticks={countTicks(x, 4)} top={marginTop} bottom={height - 8} />
      {data.map((d) => {
        const row = (
          <BarRow
            key={d.key}
            className={active === d.key ? 'bar-row is-active' : 'bar-row'}
            top={y(d.key) ?? 0}
            height={y.bandwidth()}
            left={marginLeft}
            end={x(d.value)}
            label={fitLabel(d.label, marginLeft - 14, ROW_LABEL_SIZE)}
            value={d.shown ?? d.value.toLocaleString('en-US')}
            tip={d.tip}
          />
        );
        return hrefFor ? (
          <a key={d.key} href={hrefFor(d.key)} aria-label={linkLabel(d.label)}>
            {row}
          </a>
        ) : (
          row
        );
      })}
    </svg>
  );
}
