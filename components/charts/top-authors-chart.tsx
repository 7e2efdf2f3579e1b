import { max, scaleBand, scaleLinear } from 'd3';
import { fitRowLabels } from '@/components/charts/axis-labels';
import { BarRow, ValueTicks } from '@/components/charts/bar-row';
import { EmptyChart } from '@/components/charts/empty-chart';
import { countTicks } from '@/components/charts/y-grid';
import type { TopAuthors } from '@/lib/analyze/author-stats';
import { formatNumber, plural } from '@/lib/format';

export interface TopAuthorsChartProps {
  data: TopAuthors;
  width?: number;
  rowHeight?: number;
  /** Room for the names; by default as wide as the longest needs, up to 35% of the width. */
  marginLeft?: number;
  /** The author filtered on, by key. */
  active?: string | null;
  /** The link that filters everything to an author's papers (or removes that filter). */
  hrefFor?: (key: string) => string;
  /** Authors shown, most papers first. */
  limit?: number;
}

/** Horizontal bars: papers per author, among the papers whose source lists names. */
export function TopAuthorsChart({
  data,
  width = 640,
  rowHeight = 22,
  marginLeft,
  limit,
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
  const authors = limit ? data.authors.slice(0, limit) : data.authors;
  const fitted = fitRowLabels(
    authors.map((a) => a.name),
    { maxWidth: marginLeft ? marginLeft - 14 : width * 0.35 },
  );
  const left = marginLeft ?? fitted.margin;
  const marginTop = 24;
  const marginRight = 48;
  const height = marginTop + authors.length * rowHeight + 8;
  const y = scaleBand(
    authors.map((a) => a.key),
    [marginTop, height - 8],
  )
    .padding(0.2)
    .round(true);
  const x = scaleLinear([0, max(authors, (a) => a.papers) ?? 1], [left, width - marginRight]).nice();
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
      {authors.map((a, i) => {
        const row = (
          <BarRow
            key={a.key}
            className={active === a.key ? 'bar-row is-active' : 'bar-row'}
            top={y(a.key) ?? 0}
            height={y.bandwidth()}
            left={left}
            end={x(a.papers)}
            label={fitted.labels[i] ?? a.name}
            value={formatNumber(a.papers)}
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
