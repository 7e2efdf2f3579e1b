import { BradfordChart } from '@/components/charts/bradford-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { SeriesLinesChart } from '@/components/charts/series-lines-chart';
import { csvNumber, type Figure, type FigureLinks, linksFor } from '@/components/figures/figure';
import { bradfordLaw } from '@/lib/analyze/bradford-law';
import { bradfordTakeaway, productionTakeaway, topListTakeaway } from '@/lib/analyze/impact-takeaways';
import { yearlySeries } from '@/lib/analyze/yearly-series';
import { formatNumber, formatShare, plural } from '@/lib/format';
import type { SourceStatistics } from '@/lib/query/source-statistics';

const TOP_SOURCES = 15;

/** Where the papers are published: the top sources, Bradford's zones and the top sources' production over time. */
export function sourceFigures(
  { counts, production }: SourceStatistics,
  { slug, links }: { slug: string; links?: FigureLinks },
): Figure[] {
  if (counts.known === 0) return [];
  const papers = counts.known + counts.unknown;
  const top = counts.sources.slice(0, TOP_SOURCES);
  const law = bradfordLaw(counts.sources);
  const totals = new Map<string, number>();
  for (const row of production) totals.set(row.name, (totals.get(row.name) ?? 0) + row.papers);
  const names = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const over = yearlySeries(production, { names, cumulative: true });
  const unknown = counts.unknown ? ` · ${formatNumber(counts.unknown)} without a source left out` : '';
  const share = (n: number) => formatShare(n / counts.known);
  return [
    {
      id: 'top-sources',
      title: 'Top sources',
      note: `Papers per journal, proceedings or venue as the export names it · ${plural(counts.sources.length, 'source')} for ${formatNumber(counts.known)} of ${plural(papers, 'paper')}${unknown}`,
      takeaway: topListTakeaway(
        top.map((s) => ({ name: s.name, value: s.papers })),
        counts,
        { thing: 'source', verb: 'publishes' },
      ),
      csv: {
        filename: `${slug}-top-sources.csv`,
        header: ['source', 'papers', 'share'],
        rows: top.map((s) => [s.name, s.papers, csvNumber(s.papers / counts.known)]),
      },
      chart: (
        <RankedBarChart
          data={top.map((s) => ({
            key: s.name,
            label: s.name,
            value: s.papers,
            shown: `${s.papers} · ${share(s.papers)}`,
            tip: `${s.name}: ${plural(s.papers, 'paper')} (${share(s.papers)} of those with a source)`,
          }))}
          label="Sources with the most papers"
          emptyMessage="No paper names its source."
          marginLeft={300}
          marginRight={80}
          {...linksFor(links, 'venue')}
          linkLabel={(name) => `Filter to papers in ${name}`}
        />
      ),
    },
    {
      id: 'bradford',
      title: "Bradford's law",
      note: `Sources ranked by papers; zones as bibliometrix draws them (each about a third of the papers)${law.fit ? ` · fit C(r) = ${formatNumber(law.fit.a, 1)} + ${formatNumber(law.fit.b, 1)}·ln r, R² = ${formatNumber(law.fit.r2, 3)}` : ''}${unknown}`,
      takeaway: bradfordTakeaway(law),
      csv: {
        filename: `${slug}-bradford.csv`,
        header: ['source', 'rank', 'papers', 'cumulative', 'zone'],
        rows: law.sources.map((s) => [s.name, s.rank, s.papers, s.cumulative, `Zone ${s.zone}`]),
      },
      chart: <BradfordChart data={law} />,
    },
    {
      id: 'source-production',
      title: 'Source production over time',
      note: `Cumulative papers of the top ${plural(names.length, 'source')} by year, as biblioshiny draws it · dated papers only`,
      takeaway: productionTakeaway(
        names.map((name) => ({ name, value: totals.get(name) ?? 0 })),
        over.periods.at(-1) ?? null,
      ),
      csv: {
        filename: `${slug}-source-production.csv`,
        header: ['year', ...names],
        rows: over.periods.map((period, i) => [period, ...over.series.map((s) => s.values[i] ?? null)]),
      },
      chart: (
        <SeriesLinesChart
          periods={over.periods}
          series={over.series}
          label="Cumulative papers of the top sources by year"
          axisTitle="year · cumulative papers"
          emptyMessage="No dated paper names its source."
          tipValue={(v) => `${plural(v, 'paper')} so far`}
        />
      ),
    },
  ];
}
