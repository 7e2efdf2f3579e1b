import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { periodTicks } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { PeriodAxis } from '@/components/charts/period-axis';
import { countTicks, YGrid } from '@/components/charts/y-grid';
import type { TimelinePoint } from '@/lib/analyze/publication-timeline';
import { formatCount, formatMonth, formatNumber, plural } from '@/lib/format';

export interface TimelineChartProps {
  data: readonly TimelinePoint[];
  /** `month` points are `YYYY-MM`, `year` points `YYYY`. */
  unit: 'month' | 'year';
  width?: number;
  height?: number;
  /** Where clicking a period goes (a filter); no links without it. */
  hrefFor?: (period: string) => string;
  /** The filtered span, inclusive, `YYYY` or `YYYY-MM`. */
  active?: { from: string | null; to: string | null };
}

/** Geometry of the bars, shared with the brush that selects a span of them. */
export const TIMELINE_MARGIN = { top: 20, right: 48, bottom: 40, left: 44 };

export function timelinePadding(unit: 'month' | 'year'): number {
  return unit === 'month' ? 0.15 : 0.3;
}

function inSpan(period: string, { from, to }: { from: string | null; to: string | null }): boolean {
  return (!from || period.slice(0, from.length) >= from) && (!to || period.slice(0, to.length) <= to);
}

/** Papers per period as bars, with the running total as a line on its own axis. */
export function TimelineChart({
  data,
  unit,
  width = 640,
  height = 280,
  hrefFor,
  active,
}: TimelineChartProps) {
  if (data.length === 0) return <EmptyChart message="No paper in this selection has a date." />;
  const margin = TIMELINE_MARGIN;
  const x = scaleBand(
    data.map((d) => d.period),
    [margin.left, width - margin.right],
  ).padding(timelinePadding(unit));
  const filtered = !!active && (!!active.from || !!active.to);
  const y = scaleLinear([0, max(data, (d) => d.papers) ?? 1], [height - margin.bottom, margin.top])
    .nice()
    .interpolate(interpolateRound);
  const total = data.at(-1)?.cumulative ?? 0;
  const yTotal = scaleLinear([0, total || 1], [height - margin.bottom, margin.top])
    .nice()
    .interpolate(interpolateRound);
  const center = (d: TimelinePoint) => (x(d.period) ?? 0) + x.bandwidth() / 2;
  const cumulativePath = data.map((d, i) => `${i ? 'L' : 'M'}${center(d)},${yTotal(d.cumulative)}`).join('');
  // Months named (with the year under January and the first), thinned so labels never collide.
  const xLabels = periodTicks(
    data.map((d) => d.period),
    unit,
    x.step(),
  );
  const name = unit === 'month' ? formatMonth : (p: string) => p;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label={`Papers per ${unit}, with the cumulative total`}
      className="chart"
    >
      <g className="axis">
        <YGrid ticks={countTicks(y)} y={y} left={margin.left} right={width - margin.right} />
        {yTotal.ticks(5).map((tick) => (
          <text key={tick} x={width - margin.right + 8} y={yTotal(tick)} dy="0.32em" className="secondary">
            {formatCount(tick)}
          </text>
        ))}
        <PeriodAxis
          ticks={xLabels}
          x={(period) => (x(period) ?? 0) + x.bandwidth() / 2}
          y={height - margin.bottom + 16}
        />
        <text x={margin.left} y={12} className="axis-title">
          papers per {unit}
        </text>
        <text x={width - margin.right + 40} y={12} textAnchor="end" className="axis-title secondary">
          cumulative
        </text>
      </g>
      {data.map((d) => (
        <rect
          key={d.period}
          className={filtered && active && inSpan(d.period, active) ? 'bar is-active' : 'bar'}
          x={x(d.period)}
          y={y(d.papers)}
          width={x.bandwidth()}
          height={y(0) - y(d.papers)}
        />
      ))}
      <path d={cumulativePath} className="line secondary-line" fill="none" />
      {/* Wide transparent hit areas so a month with no papers still has a tooltip. */}
      {data.map((d) => {
        const tip = `${name(d.period)}: ${plural(d.papers, 'paper')} (${formatNumber(d.cumulative)} in all so far)`;
        const hit = (
          <rect
            key={`hit-${d.period}`}
            className="hit"
            x={(x(d.period) ?? 0) - (x.step() - x.bandwidth()) / 2}
            y={margin.top}
            width={x.step()}
            height={height - margin.top - margin.bottom}
            data-tip={tip}
          />
        );
        return hrefFor ? (
          <a key={`hit-${d.period}`} href={hrefFor(d.period)} aria-label={`Filter to ${name(d.period)}`}>
            {hit}
          </a>
        ) : (
          hit
        );
      })}
    </svg>
  );
}
