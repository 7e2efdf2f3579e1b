import { max, scaleBand, scaleLinear } from 'd3';
import { fitRowLabels } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import type { TermChange } from '@/lib/analyze/period-change';
import { formatP } from '@/lib/analyze/significance';
import { formatShare, plural } from '@/lib/format';

export interface TermChangeChartProps {
  rose: readonly TermChange[];
  fell: readonly TermChange[];
  width?: number;
  rowHeight?: number;
  /** Whether the periods are large enough to compare at all; when not, every change is drawn as noise. */
  comparable?: boolean;
}

/**
 * The terms whose share rose and fell most between two periods, as bars of the change in percentage points from
 * a zero line; a change within noise (`proportionTest`) is drawn faint and marked so.
 */
export function TermChangeChart({
  rose,
  fell,
  width = 640,
  rowHeight = 24,
  comparable = true,
}: TermChangeChartProps) {
  const rows = [...rose, ...fell];
  if (rows.length === 0)
    return <EmptyChart message="No term appears in five papers or more of these periods." />;
  const fitted = fitRowLabels(
    rows.map((t) => t.label),
    { maxWidth: width * 0.3 },
  );
  const marginTop = 26;
  const valueRoom = 170;
  const height = marginTop + rows.length * rowHeight + 8;
  const change = (t: TermChange) => (t.shareAfter - t.shareBefore) * 100;
  const most = max(rows, (t) => Math.abs(change(t))) ?? 1;
  const x = scaleLinear([-most, most], [fitted.margin + valueRoom, width - valueRoom]).nice();
  const y = scaleBand(
    rows.map((t) => `${t.shareAfter > t.shareBefore ? 'up' : 'down'}:${t.key}`),
    [marginTop, height - 8],
  )
    .padding(0.2)
    .round(true);
  const zero = x(0);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Terms whose share of papers rose and fell most from the previous period"
      className="chart"
    >
      <g className="axis">
        {x.ticks(4).map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`}>
            <line y1={marginTop - 4} y2={height - 8} className="grid" />
            <text y={marginTop - 10} textAnchor="middle">
              {tick > 0 ? `+${tick}` : tick < 0 ? `−${Math.abs(tick)}` : '0'}
            </text>
          </g>
        ))}
        <text x={0} y={marginTop - 10} className="axis-title">
          change in share of papers, points
        </text>
      </g>
      {rows.map((t, i) => {
        const id = `${t.shareAfter > t.shareBefore ? 'up' : 'down'}:${t.key}`;
        const top = y(id) ?? 0;
        const middle = top + y.bandwidth() / 2;
        const end = x(change(t));
        const up = end >= zero;
        const faint = !comparable || !t.test.significant;
        const value =
          `${formatShare(t.shareBefore)} → ${formatShare(t.shareAfter)} (${t.before} → ${t.after})` +
          (faint ? ' n.s.' : '');
        return (
          <g
            key={id}
            className="bar-row"
            data-tip={`${t.label}: ${plural(t.before, 'paper')} (${formatShare(t.shareBefore)}) before, ${plural(t.after, 'paper')} (${formatShare(t.shareAfter)}) now; ${t.test.method}, ${formatP(t.test.p)}`}
          >
            <text x={fitted.margin - 8} y={middle} dy="0.35em" textAnchor="end" className="label">
              {fitted.labels[i] ?? t.label}
            </text>
            <rect
              className={faint ? 'bar bar-faint' : up ? 'bar' : 'bar bar-down'}
              x={Math.min(zero, end)}
              y={top}
              width={Math.max(1, Math.abs(end - zero))}
              height={y.bandwidth()}
              rx={2}
            />
            <text
              x={up ? end + 6 : end - 6}
              y={middle}
              dy="0.35em"
              textAnchor={up ? 'start' : 'end'}
              className="value"
            >
              {value}
            </text>
          </g>
        );
      })}
      <line x1={zero} x2={zero} y1={marginTop - 4} y2={height - 8} className="zero-line" />
    </svg>
  );
}
