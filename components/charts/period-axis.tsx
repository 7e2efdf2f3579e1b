import type { PeriodTick } from '@/components/charts/axis-labels';

export interface PeriodAxisProps {
  ticks: readonly PeriodTick[];
  /** Centre of a period's band. */
  x: (period: string) => number;
  /** Baseline of the first line of labels. */
  y: number;
}

/** Period labels under an axis: the month (or year), and under January and the first month its year. */
export function PeriodAxis({ ticks, x, y }: PeriodAxisProps) {
  return ticks.map((tick) => (
    <text key={tick.period} x={x(tick.period)} y={y} textAnchor="middle" className="period-tick">
      {tick.label}
      {tick.year ? (
        <tspan x={x(tick.period)} dy="1.15em">
          {tick.year}
        </tspan>
      ) : null}
    </text>
  ));
}
