import { TermHeatmap } from '@/components/charts/term-heatmap';
import { TermNetwork } from '@/components/charts/term-network';
import { TermTrendLines } from '@/components/charts/term-trend-lines';
import { ChartCard } from '@/components/ui/chart-card';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { TermCount, TermRanking } from '@/lib/analyze/top-terms';
import { formatNumber, plural } from '@/lib/format';
import { getTermMovement, getTrendUnit } from '@/lib/query/views';

export interface TrendsSectionProps {
  corpusId: string;
  filter: PaperFilter;
  topTerms: readonly TermCount[];
  /** How the top terms are ranked: the notes say which terms are shown. */
  termRanking: TermRanking;
  /** Said after each note while tagging goes on: how many papers have their terms. */
  termsSoFar: string;
  /** Said instead of an empty chart while tagging goes on. */
  noTermsYet?: string;
  slug: string;
  /** The view's URL: a click on a term adds it to the view's terms. */
  termHref: string;
  /** The unit asked for; `null` chooses from the span. */
  unit: 'month' | 'year' | null;
  /** The view's URL with the trends shown by `month` or by `year`. */
  unitHref: (unit: 'month' | 'year') => string;
}

/** How the top terms move: shares over time with bursts, rising and fading terms, and the term map. */
export async function TrendsSection({
  corpusId,
  filter,
  topTerms,
  termRanking,
  termsSoFar,
  noTermsYet,
  slug,
  termHref,
  unit: asked,
  unitHref,
}: TrendsSectionProps) {
  const unit = asked ?? (await getTrendUnit(corpusId, filter));
  const { trends, bursts, slopes, map } = await getTermMovement(corpusId, filter, topTerms, unit);
  const partial = trends.partial.length ? ` · ${trends.partial.join(', ')} only partly covered` : '';
  const ranked = `by ${termRanking}`;

  return (
    <section className="section" aria-labelledby="trends-title">
      <h2 id="trends-title" className="section-title">
        How the terms move
      </h2>
      <div data-term-href={termHref}>
        <ChartCard
          id="term-trends"
          title={`Term trends by ${unit}`}
          controls={
            <nav className="segmented" aria-label="Term trends unit">
              {(['month', 'year'] as const).map((choice) => (
                <a key={choice} href={unitHref(choice)} aria-current={unit === choice ? 'true' : undefined}>
                  {choice === 'month' ? 'Month' : 'Year'}
                </a>
              ))}
            </nav>
          }
          note={`The top ${plural(trends.terms.length, 'term')} ${ranked}: share of each ${unit}'s papers that mention the term; outlined cells are bursts (Kleinberg)${partial}${termsSoFar}`}
          csv={{
            // One row a term, one column a period, as the heatmap reads: the share of that period's papers.
            filename: `${slug}-term-trends.csv`,
            header: ['term', ...trends.periods, 'bursts'],
            rows: trends.terms.map((term) => [
              term.label,
              ...term.series.map((point) => (point.share === null ? null : Number(point.share.toFixed(3)))),
              bursts
                .filter((b) => b.key === term.key)
                .map((b) => (b.start === b.end ? b.start : `${b.start}–${b.end}`))
                .join('; '),
            ]),
          }}
        >
          <TermHeatmap data={trends} bursts={bursts} width={1200} emptyMessage={noTermsYet} />
        </ChartCard>
      </div>
      <div className="charts" data-term-href={termHref}>
        <ChartCard
          id="rising-fading"
          title="Rising and fading terms"
          note={
            (slopes.periods > 1
              ? `Least-squares slope of each term's share over ${slopes.periods} complete ${unit}s (${slopes.first}–${slopes.last})`
              : `Too few complete ${unit}s to fit a trend`) + termsSoFar
          }
          csv={{
            filename: `${slug}-rising-fading-terms.csv`,
            header: ['term', 'direction', 'slope_per_period', 'papers'],
            rows: [
              ...slopes.rising.map((s) => [s.label, 'rising', Number(s.slope.toFixed(5)), s.papers]),
              ...slopes.fading.map((s) => [s.label, 'fading', Number(s.slope.toFixed(5)), s.papers]),
            ],
          }}
        >
          <TermTrendLines data={trends} slopes={slopes} />
        </ChartCard>
        <ChartCard
          id="term-map"
          title="Term map"
          note={`The top ${plural(map.nodes.length, 'term')} ${ranked}: size = papers, line = co-occurrence (association strength); ${formatNumber(map.links.length)} links${termsSoFar}`}
          csv={{
            filename: `${slug}-term-map.csv`,
            header: ['term', 'other_term', 'papers_with_both', 'association_strength'],
            rows: map.links.map((link) => [
              map.nodes.find((n) => n.key === link.source)?.label ?? link.source,
              map.nodes.find((n) => n.key === link.target)?.label ?? link.target,
              link.papers,
              Number(link.strength.toFixed(4)),
            ]),
          }}
        >
          <TermNetwork data={map} emptyMessage={noTermsYet} />
        </ChartCard>
      </div>
    </section>
  );
}
