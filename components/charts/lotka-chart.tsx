import './charts.css';
import { line, max, min, range, scaleLog } from 'd3';
import { EmptyChart } from '@/components/charts/empty-chart';
import type { Lotka } from '@/lib/analyze/author-stats';
import { formatP } from '@/lib/analyze/significance';
import { formatCount, formatNumber, formatPercent, plural } from '@/lib/format';

export interface LotkaChartProps {
  data: Lotka;
  width?: number;
  height?: number;
}

const leading = (value: number) => Number(value.toExponential(0).slice(0, 1));

/** Enough decimals to tell small shares apart: 0.1%, 0.01%. */
function percent(share: number): string {
  return formatPercent(share, share >= 0.01 || share <= 0 ? 0 : Math.ceil(-Math.log10(share)) - 2);
}

/** Authors by papers written on log-log axes: observed shares, the fitted power law and Lotka's β = 2. */
export function LotkaChart({ data, width = 640, height = 300 }: LotkaChartProps) {
  if (data.known === 0) {
    return (
      <EmptyChart
        message={
          data.unknown
            ? `This corpus's sources give author counts only, not names: Lotka's law needs to know who wrote which of its ${plural(data.unknown, 'paper')}.`
            : 'No papers in this selection.'
        }
      />
    );
  }
  if (data.beta === null || data.c === null) {
    return (
      <EmptyChart
        message={`All ${plural(data.authors, 'author')} wrote the same number of papers here, so there is no distribution to fit.`}
      />
    );
  }
  const { beta, c } = data;
  const margin = { top: 16, right: 20, bottom: 40, left: 62 };
  const most = max(data.distribution, (d) => d.papers) ?? 1;
  const xMax = Math.max(2, most);
  const x = scaleLog([1, xMax], [margin.left, width - margin.right]);
  const lowest = Math.min(
    min(data.distribution, (d) => d.share) ?? 1,
    c / xMax ** 2,
    c / xMax ** Math.max(beta, 0.01),
  );
  const y = scaleLog([lowest, 1], [height - margin.bottom, margin.top]).nice();
  const [yMin = lowest, yMax = 1] = y.domain();
  const decades = Math.log10(yMax / yMin);
  const yTicks = y.ticks().filter((t) => (decades > 3 ? leading(t) === 1 : [1, 2, 5].includes(leading(t))));
  // Every count up to ten; beyond, 1-2-5 steps.
  const xTicks = xMax <= 10 ? range(1, xMax + 1) : x.ticks().filter((t) => [1, 2, 5].includes(leading(t)));
  // From where the curve enters the plot: a fitted C above 1 would draw it over the axis title.
  const curve = (exponent: number) => {
    const start = Math.min(xMax, Math.max(1, (c / yMax) ** (1 / Math.max(exponent, 0.01))));
    return (
      line<number>(
        (n) => x(n),
        (n) => y(Math.max(yMin, Math.min(yMax, c / n ** exponent))),
      )(range(0, 61).map((i) => start * (xMax / start) ** (i / 60))) ?? ''
    );
  };
  const legendX = width - margin.right - 260;

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Lotka's law: share of authors by number of papers written, log-log"
      className="chart"
    >
      <g className="axis">
        {yTicks.map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={margin.left} x2={width - margin.right} className="grid" />
            <text x={margin.left - 8} dy="0.32em" textAnchor="end">
              {percent(tick)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <g key={tick} transform={`translate(${x(tick)},0)`}>
            <line y1={margin.top} y2={height - margin.bottom} className="grid" />
            <text y={height - margin.bottom + 16} textAnchor="middle">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        <text x={margin.left} y={12} className="axis-title">
          share of authors
        </text>
        <text
          x={(width + margin.left - margin.right) / 2}
          y={height - 4}
          textAnchor="middle"
          className="axis-title"
        >
          papers written (log scale)
        </text>
      </g>
      <path d={curve(2)} className="lotka-theory" />
      <path d={curve(beta)} className="lotka-fit" />
      {data.distribution.map((d) => (
        <circle
          key={d.papers}
          className="lotka-point"
          cx={x(d.papers)}
          cy={y(d.share)}
          r={4}
          data-tip={`${plural(d.authors, 'author')} wrote ${plural(d.papers, 'paper')} (${percent(d.share)} of ${formatNumber(data.authors)}); β = 2 predicts ${percent(d.theoretical ?? 0)}`}
        />
      ))}
      <g className="legend" transform={`translate(${legendX},${margin.top + 8})`}>
        <circle className="lotka-point" cx={6} cy={0} r={4} />
        <text x={16} y={4}>
          observed ({plural(data.authors, 'author')})
        </text>
        <line className="lotka-fit" x1={0} x2={12} y1={16} y2={16} />
        <text x={16} y={20}>
          fitted: β = {formatNumber(beta, 2)}, C = {formatNumber(c, 2)}, R² = {formatNumber(data.r2, 2)}
        </text>
        <line className="lotka-theory" x1={0} x2={12} y1={32} y2={32} />
        <text x={16} y={36}>
          Lotka, β = 2{data.pValue === null ? '' : ` (K–S ${formatP(data.pValue)})`}
        </text>
      </g>
    </svg>
  );
}
