import { formatCount } from '@/lib/format';

export interface YGridProps {
  /** Tick values, already chosen (for counts: integers only). */
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  format?: (value: number) => string;
}

/** Horizontal grid lines with their values at the left: the value axis every bar chart here shares. */
export function YGrid({ ticks, y, left, right, format = formatCount }: YGridProps) {
  return ticks.map((tick) => (
    <g key={tick} transform={`translate(0,${y(tick)})`}>
      <line x1={left} x2={right} className="grid" />
      <text x={left - 8} dy="0.32em" textAnchor="end">
        {format(tick)}
      </text>
    </g>
  ));
}

/** Ticks of a count axis: never a fraction of a paper. */
export function countTicks(scale: { ticks: (count: number) => number[] }, count = 5): number[] {
  return scale.ticks(count).filter(Number.isInteger);
}
