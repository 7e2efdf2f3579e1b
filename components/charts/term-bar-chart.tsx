import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { fitRowLabels } from '@/components/charts/axis-labels';
import { BarRow, ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart, NO_TERMS } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';
import type { TermCount } from '@/lib/analyze/top-terms';
import { formatNumber, formatShare, plural } from '@/lib/format';

export interface TermBarChartProps {
  data: readonly TermCount[];
  width?: number;
  rowHeight?: number;
  /** Room for the labels; by default as wide as the longest needs, up to 40% of the width. */
  marginLeft?: number;
  /** Where clicking a term goes (a filter); no links without it. */
  hrefFor?: (key: string) => string;
  /** Keys of terms the view is filtered to. */
  active?: readonly string[];
  /** Said when there is no term to show. */
  emptyMessage?: string;
}

/** Horizontal bars: papers that mention each term. */
export function TermBarChart({
  data,
  width = 640,
  rowHeight = 22,
  marginLeft,
  hrefFor,
  active = [],
  emptyMessage = NO_TERMS,
}: TermBarChartProps) {
  if (data.length === 0) return <EmptyChart message={emptyMessage} />;
  const fitted = fitRowLabels(
    data.map((d) => d.label),
    { maxWidth: marginLeft ? marginLeft - 14 : width * 0.4 },
  );
  const left = marginLeft ?? fitted.margin;
  const marginTop = 24;
  const marginRight = 96;
  const height = marginTop + data.length * rowHeight + 8;
  const y = scaleBand(
    data.map((d) => d.key),
    [marginTop, height - 8],
  )
    .padding(0.2)
    .round(true);
  const x = scaleLinear([0, max(data, (d) => d.papers) ?? 1], [left, width - marginRight])
    .nice()
    .interpolate(interpolateRound);
  const ticks = countTicks(x, 4);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label="Top terms by number of papers"
      className="chart"
    >
      <ValueTicks x={x} ticks={ticks} top={marginTop} bottom={height - 8} />
      {data.map((d, i) => {
        const top = y(d.key) ?? 0;
        const tip = `${d.label}: ${plural(d.papers, 'paper')} (${formatShare(d.share)})`;
        const row = (
          <BarRow
            key={d.key}
            className={active.includes(d.key) ? 'bar-row is-active' : 'bar-row'}
            top={top}
            height={y.bandwidth()}
            left={left}
            end={x(d.papers)}
            label={fitted.labels[i] ?? d.label}
            value={`${formatNumber(d.papers)} · ${formatShare(d.share)}`}
            tip={tip}
          />
        );
        return hrefFor ? (
          <a key={d.key} href={hrefFor(d.key)} aria-label={`Filter to papers mentioning ${d.label}`}>
            {row}
          </a>
        ) : (
          row
        );
      })}
    </svg>
  );
}
