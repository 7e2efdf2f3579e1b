import { max, scaleBand, scaleLinear } from 'd3';
import { BarRow, ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';
import type { TopAuthors } from '@/lib/analyze/author-stats';
import { plural, truncateLabel } from '@/lib/format';

export interface TopAuthorsChartProps {
  data: TopAuthors;
  width?: number;
  rowHeight?: number;
  marginLeft?: number;
  /** The author filtered on, by key. */
  active?: string | null;
  /** The link that filters everything to an author's papers (or removes that filter). */
  hrefFor?: (key: string) => string;
}

const MAX_LABEL = 30;

/** Horizontal bars: papers per author, among the papers whose source lists names. */
export function TopAuthorsChart({
  data,
  width = 640,
  rowHeight = 22,
  marginLeft = 200,
  active = null,
  hrefFor,
}: TopAuthorsChartProps) {
  if (data.known === 0) {
    return (
      <EmptyChart
        message={
          data.unknown
            ? `This corpus's sources give author counts only, not names: none of its ${plural(data.unknown, 'paper')} says who wrote it, so no author can be ranked.`
            : 'No papers in this selection.'
        }
      />
    );
  }
  const marginTop = 24;
  const marginRight = 48;
  const height = marginTop + data.authors.length * rowHeight + 8;
  const y = scaleBand(
    data.authors.map((a) => a.key),
    [marginTop, height - 8],
  )
    .padding(0.2)
    .round(true);
  const x = scaleLinear(
    [0, max(data.authors, (a) => a.papers) ?? 1],
    [marginLeft, width - marginRight],
  ).nice();
  const ticks = countTicks(x, 4);

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      // With filter links inside, the chart is a group of controls, not a picture.
      role={hrefFor ? 'group' : 'img'}
      aria-label="Authors with the most papers"
      className="chart"
    >
      <ValueTicks x={x} ticks={ticks} top={marginTop} bottom={height - 8} />
      {data.authors.map((a) => {
        const row = (
          <BarRow
            key={a.key}
            className={active === a.key ? 'bar-row is-active' : 'bar-row'}
            top={y(a.key) ?? 0}
            height={y.bandwidth()}
            left={marginLeft}
            end={x(a.papers)}
            label={truncateLabel(a.name, MAX_LABEL)}
            value={String(a.papers)}
            tip={`${a.name}: ${plural(a.papers, 'paper')}`}
            data={{ 'data-author': a.key }}
          />
        );
        return hrefFor ? (
          <a key={a.key} href={hrefFor(a.key)} aria-label={`Filter to papers by ${a.name}`}>
            {row}
          </a>
        ) : (
          row
        );
      })}
    </svg>
  );
}
