import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { SeriesLinesChart } from '@/components/charts/series-lines-chart';
import { csvNumber, type Figure, type FigureLinks, linksFor } from '@/components/figures/figure';
import {
  type CategoryShift,
  categoriesTakeaway,
  categoryTrendTakeaway,
} from '@/lib/analyze/impact-takeaways';
import { yearlySeries } from '@/lib/analyze/yearly-series';
import { formatNumber, formatPercent, formatShare, plural } from '@/lib/format';
import type { CategoryCounts } from '@/lib/query/category-counts';

const TOP_CATEGORIES = 12;
const TREND_CATEGORIES = 6;

/** arXiv corpora: the top primary categories and their share of each year's papers; none for other sources. */
export function categoryFigures(
  { rows, unknown }: CategoryCounts,
  { slug, links }: { slug: string; links?: FigureLinks },
): Figure[] {
  if (rows.length === 0) return [];
  const totals = new Map<string, number>();
  const perYear = new Map<string, number>();
  for (const row of rows) {
    totals.set(row.category, (totals.get(row.category) ?? 0) + row.papers);
    if (row.year !== null) perYear.set(row.year, (perYear.get(row.year) ?? 0) + row.papers);
  }
  const known = [...totals.values()].reduce((sum, n) => sum + n, 0);
  const ranked = [...totals.entries()]
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const top = ranked.slice(0, TOP_CATEGORIES);
  const names = ranked.slice(0, TREND_CATEGORIES).map((c) => c.name);
  const dated = rows.flatMap((r) =>
    r.year === null ? [] : [{ name: r.category, year: r.year, papers: r.papers }],
  );
  const trend = yearlySeries(dated, { names, totals: perYear });
  const shifts: CategoryShift[] = trend.series.flatMap((s) => {
    const points = s.values.flatMap((v, i) =>
      v === null ? [] : [{ year: trend.periods[i] ?? '', share: v }],
    );
    const [from, to] = [points[0], points.at(-1)];
    return from && to ? [{ name: s.label, from, to }] : [];
  });
  const share = (n: number) => formatShare(n / known);
  return [
    {
      id: 'top-categories',
      title: 'Top primary arXiv categories',
      note: `Papers by their primary (first listed) arXiv category · ${formatNumber(known)} of ${plural(known + unknown, 'paper')} have one`,
      takeaway: categoriesTakeaway(top, { known, unknown }),
      csv: {
        filename: `${slug}-arxiv-categories.csv`,
        header: ['category', 'papers', 'share'],
        rows: top.map((c) => [c.name, c.value, csvNumber(c.value / known)]),
      },
      chart: (
        <RankedBarChart
          data={top.map((c) => ({
            key: c.name,
            label: c.name,
            value: c.value,
            shown: `${c.value} · ${share(c.value)}`,
            tip: `${c.name}: ${plural(c.value, 'paper')} (${share(c.value)})`,
          }))}
          label="Primary arXiv categories with the most papers"
          emptyMessage="No paper has an arXiv category."
          marginLeft={130}
          marginRight={90}
          {...linksFor(links, 'category')}
          linkLabel={(name) => `Filter to papers listed in ${name}`}
        />
      ),
    },
    {
      id: 'category-trend',
      title: 'arXiv categories over time',
      note: `Share of each year's papers (with a category) whose primary category it is · top ${plural(names.length, 'category', 'categories')} · dated papers only`,
      takeaway: categoryTrendTakeaway(shifts),
      csv: {
        filename: `${slug}-arxiv-category-trend.csv`,
        header: ['year', ...names],
        rows: trend.periods.map((period, i) => [
          period,
          ...trend.series.map((s) => csvNumber(s.values[i] ?? null)),
        ]),
      },
      chart: (
        <SeriesLinesChart
          periods={trend.periods}
          series={trend.series}
          label="Share of each year's papers by primary arXiv category"
          axisTitle="year · share of the year's papers"
          emptyMessage="No dated paper has an arXiv category."
          format={(v) => formatPercent(v)}
          tipValue={(v) => formatPercent(v, 1)}
        />
      ),
    },
  ];
}
