import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { SeriesLinesChart } from '@/components/charts/series-lines-chart';
import { ChartCard } from '@/components/ui/chart-card';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import {
  type CategoryShift,
  categoriesTakeaway,
  categoryTrendTakeaway,
} from '@/lib/analyze/impact-takeaways';
import { yearlySeries } from '@/lib/analyze/yearly-series';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import { getCategoryCounts } from '@/lib/query/views';

export interface CategoriesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
}

const TOP_CATEGORIES = 12;
const TREND_CATEGORIES = 6;

/** arXiv corpora: the top primary categories and their share of each year's papers. Nothing for other sources. */
export async function CategoriesSection({ corpusId, filter, slug }: CategoriesSectionProps) {
  const { rows, unknown } = await getCategoryCounts(corpusId, filter);
  if (rows.length === 0) return null;
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
  const dated = rows.filter((r): r is typeof r & { year: string } => r.year !== null);
  const trend = yearlySeries(
    dated.map((r) => ({ name: r.category, year: r.year, papers: r.papers })),
    { names, totals: perYear },
  );
  const shifts: CategoryShift[] = trend.series.flatMap((s) => {
    const points = s.values.flatMap((v, i) =>
      v === null ? [] : [{ year: trend.periods[i] ?? '', share: v }],
    );
    const [from, to] = [points[0], points.at(-1)];
    return from && to ? [{ name: s.label, from, to }] : [];
  });
  const coverage = { known, unknown };

  return (
    <section className="section" aria-labelledby="categories-title">
      <h2 id="categories-title" className="section-title">
        arXiv categories
      </h2>
      <div className="charts">
        <ChartCard
          id="top-categories"
          title="Top primary categories"
          note={`Papers by their primary (first listed) arXiv category · ${formatNumber(known)} of ${plural(known + unknown, 'paper')} have one`}
          takeaway={categoriesTakeaway(top, coverage)}
          csv={{
            filename: `${slug}-arxiv-categories.csv`,
            header: ['category', 'papers', 'share'],
            rows: top.map((c) => [c.name, c.value, Number((c.value / known).toFixed(4))]),
          }}
        >
          <RankedBarChart
            data={top.map((c) => ({
              key: c.name,
              label: c.name,
              value: c.value,
              shown: `${c.value} · ${formatPercent(c.value / known)}`,
              tip: `${c.name}: ${plural(c.value, 'paper')} (${formatPercent(c.value / known)})`,
            }))}
            label="Primary arXiv categories with the most papers"
            emptyMessage="No paper has an arXiv category."
            marginLeft={110}
            marginRight={90}
          />
        </ChartCard>
        <ChartCard
          id="category-trend"
          title="Categories over time"
          note={`Share of each year's papers (with a category) whose primary category it is · top ${plural(names.length, 'category', 'categories')} · dated papers only`}
          takeaway={categoryTrendTakeaway(shifts)}
          csv={{
            filename: `${slug}-arxiv-category-trend.csv`,
            header: ['year', ...names],
            rows: trend.periods.map((period, i) => [
              period,
              ...trend.series.map((s) => {
                const v = s.values[i];
                return v === null || v === undefined ? null : Number(v.toFixed(4));
              }),
            ]),
          }}
        >
          <SeriesLinesChart
            periods={trend.periods}
            series={trend.series}
            label="Share of each year's papers by primary arXiv category"
            axisTitle="year · share of the year's papers"
            emptyMessage="No dated paper has an arXiv category."
            format={(v) => formatPercent(v)}
            tipValue={(v) => formatPercent(v, 1)}
          />
        </ChartCard>
      </div>
    </section>
  );
}
