import './charts.css';
import { line, max, scaleLinear, scalePoint } from 'd3';
import { EmptyChart } from '@/components/charts/empty-chart';
import type { TermSlope, TermSlopes } from '@/lib/analyze/term-bursts';
import type { TermTrends } from '@/lib/analyze/term-trends';
import { formatMonth, formatNumber, formatPercent, formatShare, truncateLabel } from '@/lib/format';

export interface TermTrendLinesProps {
  data: TermTrends;
  slopes: TermSlopes;
  /** Panels per row: the steepest rising terms, then the steepest fading ones. */
  perRow?: number;
  width?: number;
  panelHeight?: number;
}

const MAX_LABEL = 26;

/** Small multiples of the share of the steepest rising and fading terms, with their least-squares lines. */
export function TermTrendLines({
  data,
  slopes,
  perRow = 3,
  width = 640,
  panelHeight = 120,
}: TermTrendLinesProps) {
  const rows = [
    { name: 'Rising', terms: slopes.rising.slice(0, perRow), fading: false },
    { name: 'Fading', terms: slopes.fading.slice(0, perRow), fading: true },
  ].filter((row) => row.terms.length > 0);
  if (rows.length === 0) {
    return (
      <EmptyChart
        message={`Too few ${data.unit}s with papers to tell rising terms from fading ones (${slopes.periods} usable).`}
      />
    );
  }
  const gap = 14;
  const rowTitle = 18;
  const panelWidth = (width - gap * (perRow - 1)) / perRow;
  const height = rows.length * (rowTitle + panelHeight + gap);
  const inner = { top: 36, bottom: 18, left: 34, right: 6 };
  const x = scalePoint(data.periods, [inner.left, panelWidth - inner.right]);
  const shown = rows.flatMap((row) => row.terms.map((t) => t.key));
  const top =
    max(
      data.terms.filter((t) => shown.includes(t.key)),
      (t) => max(t.series, (p) => p.share ?? 0),
    ) ?? 0;
  const y = scaleLinear([0, top || 1], [panelHeight - inner.bottom, inner.top]).nice();
  const [yTop = 1] = y.domain().slice(-1);
  const name = data.unit === 'month' ? formatMonth : (p: string) => p;
  const first = slopes.first ?? data.periods[0] ?? '';
  const last = slopes.last ?? data.periods.at(-1) ?? '';
  const perUnit = data.unit;

  const panel = (slope: TermSlope, fading: boolean) => {
    const trend = data.terms.find((t) => t.key === slope.key);
    if (!trend) return null;
    const path =
      line<(typeof trend.series)[number]>(
        (p) => x(p.period) ?? 0,
        (p) => y(p.share ?? 0),
      ).defined((p) => p.share !== null)(trend.series) ?? '';
    const at = (period: string) => slope.intercept + slope.slope * data.periods.indexOf(period);
    const tone = fading ? ' fading' : '';
    return (
      <>
        <text x={0} y={12} className="panel-title" data-tip={trend.label}>
          {truncateLabel(trend.label, MAX_LABEL)}
        </text>
        <text x={0} y={26} className="value">
          {slope.slope > 0 ? '+' : '−'}
          {(Math.abs(slope.slope) * 100).toFixed(Math.abs(slope.slope) < 0.001 ? 2 : 1)} points a {perUnit}
        </text>
        <g className="axis">
          {[0, yTop].map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x1={inner.left} x2={panelWidth - inner.right} className="grid" />
              <text x={inner.left - 4} dy="0.32em" textAnchor="end">
                {formatPercent(tick)}
              </text>
            </g>
          ))}
          <text x={inner.left} y={panelHeight - 4} textAnchor="start">
            {name(data.periods[0] ?? '').slice(-4)}
          </text>
          <text x={panelWidth - inner.right} y={panelHeight - 4} textAnchor="end">
            {name(data.periods.at(-1) ?? '').slice(-4)}
          </text>
        </g>
        <line
          className="trend-fit"
          x1={x(first)}
          x2={x(last)}
          y1={y(Math.max(0, at(first)))}
          y2={y(Math.max(0, at(last)))}
        />
        <path d={path} className={`trend-line${tone}`} />
        {trend.series.map((p) =>
          p.share === null ? null : (
            <circle
              key={p.period}
              className={`trend-dot${tone}`}
              cx={x(p.period)}
              cy={y(p.share)}
              r={data.periods.length > 24 ? 1.2 : 2.5}
              data-tip={`${trend.label} · ${name(p.period)}: ${formatNumber(p.papers)} of ${formatNumber(p.total)} papers (${formatShare(p.share)})`}
            />
          ),
        )}
      </>
    );
  };

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Share of papers per ${data.unit} for the steepest rising and fading terms`}
      className="chart"
    >
      {rows.map((row, r) => {
        const rowTop = r * (rowTitle + panelHeight + gap);
        return (
          <g key={row.name} transform={`translate(0,${rowTop})`}>
            <text y={12} className="axis-title">
              {row.name} ({name(first)}–{name(last)}, dashed = least-squares line)
            </text>
            {row.terms.map((slope, i) => (
              <g
                key={slope.key}
                data-term={slope.key}
                className="trend-panel"
                transform={`translate(${i * (panelWidth + gap)},${rowTitle})`}
              >
                {panel(slope, row.fading)}
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
