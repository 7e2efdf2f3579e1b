import { interpolateRound, max, scaleBand, scaleLinear } from 'd3';
import { countsIn } from '@/components/charts/axis-labels';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks, YGrid } from '@/components/charts/y-grid';
import type { AuthorsPerPaper } from '@/lib/analyze/authors-per-paper';
import { plural } from '@/lib/format';

export interface AuthorsHistogramProps {
  data: AuthorsPerPaper;
  width?: number;
  height?: number;
  /** Where clicking a bar goes (a filter); no links without it. */
  hrefFor?: (label: string) => string;
  /** The bin label the view is filtered to. */
  active?: string | null;
}

const UNKNOWN = 'unknown';

/** Papers by number of authors; papers whose count is unknown stand apart, after a gap, never at zero. */
export function AuthorsHistogram({
  data,
  width = 640,
  height = 260,
  hrefFor,
  active = null,
}: AuthorsHistogramProps) {
  if (data.known === 0 && data.unknown === 0) return <EmptyChart message="No papers in this selection." />;
  const margin = { top: 20, right: 16, bottom: 40, left: 40 };
  const domain = [...data.bins.map((b) => b.label), ...(data.unknown ? ['', UNKNOWN] : [])];
  const x = scaleBand(domain, [margin.left, width - margin.right])
    .padding(0.18)
    .round(true);
  const y = scaleLinear(
    [0, Math.max(max(data.bins, (b) => b.papers) ?? 0, data.unknown)],
    [height - margin.bottom, margin.top],
  )
    .nice()
    .interpolate(interpolateRound);
  const shown = countsIn(x.step(), Math.max(data.unknown, ...data.bins.map((b) => b.papers)));
  const bar = (label: string, papers: number, className: string, tip: string) => {
    const group = (
      <g key={label} data-tip={tip} className={active === label ? 'is-active' : undefined}>
        <rect
          className={className}
          x={x(label)}
          y={y(papers)}
          width={x.bandwidth()}
          height={y(0) - y(papers)}
          rx={2}
        />
        {papers > 0 ? (
          <text
            x={(x(label) ?? 0) + x.bandwidth() / 2}
            y={y(papers) - 4}
            textAnchor="middle"
            className="value"
          >
            {shown(papers)}
          </text>
        ) : null}
        <text
          x={(x(label) ?? 0) + x.bandwidth() / 2}
          y={height - margin.bottom + 16}
          textAnchor="middle"
          className="tick-label"
        >
          {label === UNKNOWN ? '?' : label}
        </text>
      </g>
    );
    if (!hrefFor) return group;
    const name = label === UNKNOWN ? 'whose author count is unknown' : `with ${label} authors`;
    return (
      <a key={label} href={hrefFor(label)} aria-label={`Filter to papers ${name}`}>
        {group}
      </a>
    );
  };

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label="Papers by number of authors"
      className="chart"
    >
      <g className="axis">
        <YGrid ticks={countTicks(y)} y={y} left={margin.left} right={width - margin.right} />
        <text x={margin.left} y={12} className="axis-title">
          papers
        </text>
        <text
          x={(width + margin.left - margin.right) / 2}
          y={height - 4}
          textAnchor="middle"
          className="axis-title"
        >
          authors per paper{data.unknown ? ' (? = not stated by the source)' : ''}
        </text>
      </g>
      {data.bins.map((b) =>
        bar(
          b.label,
          b.papers,
          'bar',
          `${plural(b.papers, 'paper')} with ${b.label} ${b.max === 1 ? 'author' : 'authors'}`,
        ),
      )}
      {data.unknown
        ? bar(
            UNKNOWN,
            data.unknown,
            'bar bar-unknown',
            `${plural(data.unknown, 'paper')} whose author count is unknown`,
          )
        : null}
    </svg>
  );
}
