import type { ScaleLinear } from 'd3';
import { formatCount } from '@/lib/format';

export interface BarRowProps {
  /** Top of the row and its height, from the band scale. */
  top: number;
  height: number;
  /** Where bars start: the right edge of the labels. */
  left: number;
  /** Where this bar ends. */
  end: number;
  label: string;
  value: string;
  tip: string;
  className?: string;
  /** Extra attributes for the row group, such as `data-term`. */
  data?: Record<`data-${string}`, string>;
}

/** One row of a horizontal bar chart: the label at the left, the bar, its value at the end. */
export function BarRow({
  top,
  height,
  left,
  end,
  label,
  value,
  tip,
  className = 'bar-row',
  data,
}: BarRowProps) {
  const middle = top + height / 2;
  return (
    <g className={className} data-tip={tip} {...data}>
      <text x={left - 8} y={middle} dy="0.35em" textAnchor="end" className="label">
        {label}
      </text>
      <rect className="bar" x={left} y={top} width={Math.max(1, end - left)} height={height} rx={2} />
      <text x={end + 6} y={middle} dy="0.35em" className="value">
        {value}
      </text>
    </g>
  );
}

export interface ValueTicksProps {
  x: ScaleLinear<number, number>;
  ticks: readonly number[];
  top: number;
  bottom: number;
}

/** Vertical grid lines with their values above: the value axis of the horizontal bar charts. */
export function ValueTicks({ x, ticks, top, bottom }: ValueTicksProps) {
  return (
    <g className="axis">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${x(tick)},0)`}>
          <line y1={top - 4} y2={bottom} className="grid" />
          <text y={top - 10} textAnchor="middle">
            {formatCount(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}
