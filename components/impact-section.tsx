import { CitationsPerYearChart } from '@/components/charts/citations-per-year-chart';
import { CodeImpactChart } from '@/components/charts/code-impact-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { ChartCard } from '@/components/ui/chart-card';
import { StatTile } from '@/components/ui/stat-tile';
import { citationsPerYear } from '@/lib/analyze/citations-per-year';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import {
  citationsPerYearTakeaway,
  codeImpactTakeaway,
  formatP,
  hIndexByTakeaway,
  hIndexTakeaway,
  mostCitedTakeaway,
  starsTakeaway,
} from '@/lib/analyze/impact-takeaways';
import type { MedianInterval } from '@/lib/analyze/median-interval';
import type { CsvValue } from '@/lib/export/csv';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import type { HIndexOf } from '@/lib/query/h-index-by';
import { getImpactStatistics } from '@/lib/query/views';

export interface ImpactSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
}

const round = (value: number | null, digits = 4) => (value === null ? null : Number(value.toFixed(digits)));

function groupRow(group: string, m: MedianInterval, u: number | null, p: number | null): CsvValue[] {
  return [group, m.n, m.median, m.low, m.high, round(m.coverage), u, round(p, 6)];
}

function coverage(known: number, papers: number, what: string): string {
  return known === papers
    ? `all ${plural(papers, 'paper')} ${what}`
    : `${formatNumber(known)} of ${plural(papers, 'paper')} ${what}`;
}

function HIndexCard({
  id,
  rows,
  kind,
  slug,
  known,
}: {
  id: string;
  rows: HIndexOf[];
  kind: 'author' | 'source';
  slug: string;
  known: number;
}) {
  const title = kind === 'author' ? 'h-index by author' : 'h-index by source';
  return (
    <ChartCard
      id={id}
      title={title}
      note={`Over the ${plural(known, 'paper')} with a citation count; ties by citations`}
      takeaway={hIndexByTakeaway(rows, kind)}
      csv={{
        filename: `${slug}-${id}.csv`,
        header: [kind, 'h_index', 'papers', 'citations'],
        rows: rows.map((r) => [r.name, r.h, r.papers, r.citations]),
      }}
    >
      <RankedBarChart
        data={rows.map((r) => ({
          key: r.key,
          label: r.name,
          value: r.h,
          shown: `h ${r.h} · ${plural(r.papers, 'paper')}`,
          tip: `${r.name}: h-index ${r.h} · ${plural(r.papers, 'paper')} · ${plural(r.citations, 'citation')}`,
        }))}
        label={`${kind === 'author' ? 'Authors' : 'Sources'} with the highest h-index`}
        emptyMessage={`No ${kind} of a paper with a citation count is known.`}
        marginLeft={kind === 'author' ? 180 : 260}
        marginRight={110}
      />
    </ChartCard>
  );
}

/**
 * Which papers matter: the most cited (or upvoted), citations per year of age, the h-index of the selection and of
 * its authors and sources; and whether papers that link code get more of it.
 */
export async function ImpactSection({ corpusId, filter, slug }: ImpactSectionProps) {
  const stats = await getImpactStatistics(corpusId, filter);
  const { summary, metric, code, stars } = stats;
  const papers = summary.papers;
  if (metric === null && summary.papers > 0 && stars.known === 0) {
    return (
      <section className="section card section-note" aria-labelledby="impact-title">
        <h2 id="impact-title">Which papers matter</h2>
        <p>
          The sources of these {formatNumber(papers)} papers give no citation, upvote or star counts, so
          impact cannot be measured: it is unknown, not zero.
        </p>
      </section>
    );
  }
  const citations = summary.citations;
  const upvotes = summary.upvotes;
  const perYear = citationsPerYear(stats.byYear, { today: new Date().toISOString().slice(0, 10) });
  const metricWord = metric === 'upvotes' ? 'upvotes' : 'citations';
  const total = metric === 'upvotes' ? upvotes.total : citations.total;
  const metricKnown = metric === 'upvotes' ? upvotes : citations;

  return (
    <section className="section" aria-labelledby="impact-title">
      <h2 id="impact-title" className="section-title">
        Which papers matter
      </h2>
      {citations.known ? <p className="section-lead">{hIndexTakeaway(citations)}</p> : null}
      <div className="tiles">
        <StatTile
          label="Citations"
          value={citations.known ? formatNumber(citations.total) : 'unknown'}
          detail={
            citations.known
              ? `${coverage(citations.known, papers, 'with a count')} · mean ${formatNumber(citations.total / citations.known)}`
              : `no source gives citation counts for these ${plural(papers, 'paper')}`
          }
        />
        <StatTile
          label="h-index"
          value={citations.known ? String(citations.hIndex) : 'unknown'}
          detail={
            citations.known
              ? `${citations.hIndex} papers cited at least ${citations.hIndex} times each`
              : 'needs citation counts'
          }
        />
        <StatTile
          label="Not cited"
          value={citations.known ? formatPercent(citations.uncited / citations.known) : 'unknown'}
          detail={
            citations.known
              ? `${citations.uncited} of ${plural(citations.known, 'paper')} with a count`
              : 'needs citation counts'
          }
        />
        {upvotes.known ? (
          <StatTile
            label="Upvotes"
            value={`${formatNumber(upvotes.median)} median`}
            detail={`${coverage(upvotes.known, papers, 'with a count')} · ${formatNumber(upvotes.total)} in all · ${upvotes.none} with none`}
          />
        ) : null}
      </div>
      <div className="charts">
        {metric ? (
          <ChartCard
            id="most-cited"
            title={metric === 'citations' ? 'Most cited papers' : 'Most upvoted papers'}
            note={`Top ${stats.top.length} by ${metricWord} · ${coverage(metricKnown.known, papers, 'with a count')}${metricKnown.unknown ? `, ${metricKnown.unknown} unknown left out` : ''}`}
            takeaway={mostCitedTakeaway(
              stats.top.map((p) => ({ name: p.title, value: p.value })),
              metric,
              total,
              metricKnown,
            )}
            csv={{
              filename: `${slug}-most-${metric === 'citations' ? 'cited' : 'upvoted'}.csv`,
              header: ['title', 'year', 'venue', metric],
              rows: stats.top.map((p) => [p.title, p.year, p.venue, p.value]),
            }}
          >
            <RankedBarChart
              data={stats.top.map((p) => ({
                key: p.id,
                label: p.title,
                value: p.value,
                tip: `${p.title}${p.year ? ` (${p.year})` : ''}${p.venue ? ` · ${p.venue}` : ''}: ${plural(p.value, metric === 'citations' ? 'citation' : 'upvote')}`,
              }))}
              label={metric === 'citations' ? 'Most cited papers' : 'Most upvoted papers'}
              emptyMessage="No paper in this selection has a count."
              marginLeft={330}
            />
          </ChartCard>
        ) : null}
        {citations.known ? (
          <ChartCard
            id="citations-per-year"
            title="Average citations per year"
            note={`biblioshiny's measure: mean citations of a year's papers ÷ (this year + 1 − year) · ${coverage(perYear.known, perYear.known + perYear.unknown, 'dated with a count')}`}
            takeaway={citationsPerYearTakeaway(perYear)}
            csv={{
              filename: `${slug}-citations-per-year.csv`,
              header: [
                'year',
                'papers',
                'with_count',
                'mean_citations_per_paper',
                'citable_years',
                'mean_citations_per_year',
              ],
              rows: perYear.years.map((y) => [
                y.year,
                y.papers,
                y.known,
                round(y.perPaper),
                y.citableYears,
                round(y.perYear),
              ]),
            }}
          >
            <CitationsPerYearChart data={perYear} />
          </ChartCard>
        ) : null}
        {citations.known ? (
          <HIndexCard
            id="h-index-authors"
            rows={stats.hAuthors}
            kind="author"
            slug={slug}
            known={citations.known}
          />
        ) : null}
        {citations.known ? (
          <HIndexCard
            id="h-index-sources"
            rows={stats.hSources}
            kind="source"
            slug={slug}
            known={citations.known}
          />
        ) : null}
        {code && code.linked.n > 0 && code.none.n > 0 ? (
          <ChartCard
            id="code-impact"
            title={`Code and ${code.metric}`}
            note={
              `Papers that link a GitHub repository against those that do not · ${plural(code.linked.n + code.none.n, 'paper')} with a known ${code.metric} count and code status` +
              (code.unknownCode ? ` · ${code.unknownCode} of unknown code status left out` : '') +
              (code.unknownMetric ? ` · ${code.unknownMetric} without a count left out` : '') +
              (code.test
                ? ` · Mann–Whitney U = ${formatNumber(code.test.u)}, ${formatP(code.test.p)}, P(with code ranks higher) = ${formatPercent(code.test.superiority)}`
                : '')
            }
            takeaway={codeImpactTakeaway(code)}
            csv={{
              filename: `${slug}-code-and-${code.metric}.csv`,
              header: [
                'group',
                'papers',
                'median',
                'ci95_low',
                'ci95_high',
                'ci_coverage',
                'mann_whitney_u',
                'p_value',
              ],
              rows: [
                groupRow('links a repository', code.linked, code.test?.u ?? null, code.test?.p ?? null),
                groupRow(
                  'no repository',
                  code.none,
                  code.test ? code.linked.n * code.none.n - code.test.u : null,
                  code.test?.p ?? null,
                ),
              ],
            }}
          >
            <CodeImpactChart data={code} />
          </ChartCard>
        ) : null}
        {stars.known || stars.unknown ? (
          <ChartCard
            id="github-stars"
            title="GitHub stars of linked papers"
            note={`${coverage(stars.known, stars.known + stars.unknown, 'linked papers with a star count')} · median ${formatNumber(stars.median)}`}
            takeaway={starsTakeaway(stars)}
            csv={{
              filename: `${slug}-github-stars.csv`,
              header: ['stars', 'papers'],
              rows: [
                ...stars.bins.map((b) => [b.label, b.papers]),
                ...(stars.unknown ? [['unknown', stars.unknown]] : []),
              ],
            }}
          >
            <RankedBarChart
              data={stars.bins.map((b) => ({
                key: b.label,
                label: `${b.label} stars`,
                value: b.papers,
                tip: `${b.label} stars: ${plural(b.papers, 'paper')} (${formatPercent(stars.known ? b.papers / stars.known : null)})`,
              }))}
              label="Linked papers by GitHub stars of their repository"
              emptyMessage="No linked repository has a star count."
              marginLeft={130}
            />
          </ChartCard>
        ) : null}
      </div>
    </section>
  );
}
