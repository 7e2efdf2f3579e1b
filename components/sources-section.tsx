import { BradfordChart } from '@/components/charts/bradford-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { SeriesLinesChart } from '@/components/charts/series-lines-chart';
import { ChartCard } from '@/components/ui/chart-card';
import { bradfordLaw } from '@/lib/analyze/bradford-law';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { bradfordTakeaway, productionTakeaway, topListTakeaway } from '@/lib/analyze/impact-takeaways';
import { yearlySeries } from '@/lib/analyze/yearly-series';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import { getSourceStatistics } from '@/lib/query/views';

export interface SourcesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
}

const TOP_SOURCES = 15;

/** Where the papers are published: the top sources, Bradford's zones and the top sources' production over time. */
export async function SourcesSection({ corpusId, filter, slug }: SourcesSectionProps) {
  const { counts, production } = await getSourceStatistics(corpusId, filter);
  const papers = counts.known + counts.unknown;
  if (counts.known === 0) {
    return (
      <section className="section card section-note" aria-labelledby="sources-title">
        <h2 id="sources-title">Where it is published</h2>
        <p>
          None of these {formatNumber(papers)} papers names its journal, proceedings or venue, so sources and
          Bradford's law cannot be computed.
        </p>
      </section>
    );
  }
  const top = counts.sources.slice(0, TOP_SOURCES);
  const law = bradfordLaw(counts.sources);
  const totals = new Map<string, number>();
  for (const row of production) totals.set(row.name, (totals.get(row.name) ?? 0) + row.papers);
  const names = [...totals.keys()].sort(
    (a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const over = yearlySeries(production, { names, cumulative: true });
  const lastYear = over.periods.at(-1) ?? null;
  const unknown = counts.unknown ? ` · ${counts.unknown} without a source left out` : '';

  return (
    <section className="section" aria-labelledby="sources-title">
      <h2 id="sources-title" className="section-title">
        Where it is published
      </h2>
      <div className="charts">
        <ChartCard
          id="top-sources"
          title="Top sources"
          note={`Papers per journal, proceedings or venue as the export names it · ${plural(counts.sources.length, 'source')} for ${formatNumber(counts.known)} of ${plural(papers, 'paper')}${unknown}`}
          takeaway={topListTakeaway(
            top.map((s) => ({ name: s.name, value: s.papers })),
            counts,
            { thing: 'source', verb: 'publishes' },
          )}
          csv={{
            filename: `${slug}-top-sources.csv`,
            header: ['source', 'papers', 'share'],
            rows: top.map((s) => [s.name, s.papers, Number((s.papers / counts.known).toFixed(4))]),
          }}
        >
          <RankedBarChart
            data={top.map((s) => ({
              key: s.name,
              label: s.name,
              value: s.papers,
              shown: `${s.papers} · ${formatPercent(s.papers / counts.known)}`,
              tip: `${s.name}: ${plural(s.papers, 'paper')} (${formatPercent(s.papers / counts.known)} of those with a source)`,
            }))}
            label="Sources with the most papers"
            emptyMessage="No paper names its source."
            marginLeft={300}
            marginRight={80}
          />
        </ChartCard>
        <ChartCard
          id="bradford"
          title="Bradford's law"
          note={`Sources ranked by papers; zones as bibliometrix draws them (each about a third of the papers)${law.fit ? ` · fit C(r) = ${formatNumber(law.fit.a, 1)} + ${formatNumber(law.fit.b, 1)}·ln r, R² = ${formatNumber(law.fit.r2, 3)}` : ''}${unknown}`}
          takeaway={bradfordTakeaway(law)}
          csv={{
            filename: `${slug}-bradford.csv`,
            header: ['source', 'rank', 'papers', 'cumulative', 'zone'],
            rows: law.sources.map((s) => [s.name, s.rank, s.papers, s.cumulative, `Zone ${s.zone}`]),
          }}
        >
          <BradfordChart data={law} />
        </ChartCard>
        <ChartCard
          id="source-production"
          title="Source production over time"
          note={`Cumulative papers of the top ${plural(names.length, 'source')} by year, as biblioshiny draws it · dated papers only`}
          takeaway={productionTakeaway(
            names.map((name) => ({ name, value: totals.get(name) ?? 0 })),
            lastYear,
          )}
          csv={{
            filename: `${slug}-source-production.csv`,
            header: ['year', ...names],
            rows: over.periods.map((period, i) => [period, ...over.series.map((s) => s.values[i] ?? null)]),
          }}
        >
          <SeriesLinesChart
            periods={over.periods}
            series={over.series}
            label="Cumulative papers of the top sources by year"
            axisTitle="year · cumulative papers"
            emptyMessage="No dated paper names its source."
            tipValue={(v) => `${plural(v, 'paper')} so far`}
          />
        </ChartCard>
      </div>
    </section>
  );
}
