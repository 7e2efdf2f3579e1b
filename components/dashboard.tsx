import { Suspense } from 'react';
import { AuthorsSection } from '@/components/authors-section';
import { CategoriesSection } from '@/components/categories-section';
import { AuthorsHistogram } from '@/components/charts/authors-histogram';
import { CodeLinkChart } from '@/components/charts/code-link-chart';
import { TermBarChart } from '@/components/charts/term-bar-chart';
import { TimelineBrush } from '@/components/charts/timeline-brush';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { CollaborationSection } from '@/components/collaboration-section';
import { ImpactSection } from '@/components/impact-section';
import { PlacesSection } from '@/components/places-section';
import { SourcesSection } from '@/components/sources-section';
import { PapersTable } from '@/components/table/papers-table';
import { TermSettingsForm } from '@/components/terms/term-settings-form';
import { TrendsSection } from '@/components/trends-section';
import { AfterShell, SectionPlaceholder } from '@/components/ui/after-shell';
import { ChartCard } from '@/components/ui/chart-card';
import { FilterChips } from '@/components/ui/filter-chips';
import { StatTile } from '@/components/ui/stat-tile';
import { codeLinkCoverage } from '@/lib/analyze/code-link-rate';
import type { CorpusStats } from '@/lib/analyze/corpus-stats';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { timelineUnit } from '@/lib/analyze/publication-timeline';
import { formatMonth, formatNumber, formatPercent, plural } from '@/lib/format';
import type { CodeStatus } from '@/lib/model';
import type { KnownColumns } from '@/lib/paper-row';
import type { PapersPage } from '@/lib/query/papers-table';
import type { TagProgress } from '@/lib/store/tagging';
import type { TermSettings } from '@/lib/store/term-settings';
import { type ViewParams, viewQuery } from '@/lib/view-params';
import './filters.css';

export interface DashboardProps {
  corpusId: string;
  /** Used in export file names. */
  slug: string;
  stats: CorpusStats;
  /** The table's page of the papers the filter and search select. */
  table: PapersPage;
  /** Papers in the corpus, before the filter. */
  total: number;
  termSettings: TermSettings;
  /** How far tagging has got; `null` once every paper has its terms. */
  tagging: TagProgress | null;
  params: ViewParams;
  /** The dashboard's own path, for links that change the view. */
  path: string;
  /** Papers of the corpus that know each optional table column. */
  known: KnownColumns;
  /** The name of the author filtered on, for its chip. */
  authorName?: string;
}

function viewHref(path: string, params: ViewParams, change: Partial<ViewParams>): string {
  return `${path}${viewQuery({ ...params, ...change })}`;
}

/** Links that switch one setting of the view, the current choice marked. */
function ChoiceLinks<T extends string>({
  label,
  choices,
  current,
  hrefFor,
}: {
  label: string;
  choices: readonly (readonly [T, string])[];
  current: T;
  hrefFor: (choice: T) => string;
}) {
  return (
    <nav className="segmented" aria-label={label}>
      {choices.map(([choice, text]) => (
        <a key={choice} href={hrefFor(choice)} aria-current={current === choice ? 'true' : undefined}>
          {text}
        </a>
      ))}
    </nav>
  );
}

const toggle = <T,>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

// The term trends, heatmap and map follow this many of the top terms, as the stats API does.
const TRENDED_TERMS = 25;

const CODE_CHOICES: [CodeStatus | null, string][] = [
  [null, 'All'],
  ['linked', 'Linked'],
  ['none', 'Not linked'],
  ['unknown', 'Unknown'],
];

/**
 * Headline tiles, the charts and the papers table of one corpus, all answering the same filter: clicking a
 * term, a period or an authors bar, brushing the timeline or choosing a code status narrows every part.
 */
export function Dashboard({
  corpusId,
  slug,
  stats,
  table,
  total,
  termSettings,
  tagging,
  params,
  path,
  known,
  authorName,
}: DashboardProps) {
  const { summary, topTerms: terms, timeline, authorsPerPaper: authors, codeLinkRate: code } = stats;
  const { filter } = params;
  const hrefFor = (next: PaperFilter) => viewHref(path, params, { filter: next, page: 1 });
  const csvQuery = new URLSearchParams(viewQuery({ ...params, page: 1, size: 25, timeline: null }).slice(1));
  csvQuery.set('filename', `${slug}-papers`);
  const termsSoFar = tagging
    ? ` · terms for ${formatNumber(tagging.done)} of ${plural(tagging.total, 'paper')} so far, tagging goes on`
    : '';
  const noTermsYet = tagging
    ? `Terms are being extracted: ${formatNumber(tagging.done)} of ${plural(tagging.total, 'paper')} so far.`
    : undefined;
  const unit = params.timeline ?? timelineUnit(timeline);
  const timelineData = unit === 'year' ? timeline.years : timeline.months;
  const span = summary.dateSpan;

  return (
    <div className="dashboard">
      <FilterChips
        filter={filter}
        termLabels={Object.fromEntries(terms.map((t) => [t.key, t.label]))}
        authorName={authorName}
        hrefFor={hrefFor}
        shown={summary.papers}
        total={total}
      />
      <section className="tiles" aria-label="Headline numbers">
        <StatTile
          label="Papers"
          value={formatNumber(summary.papers)}
          detail={
            summary.dated < summary.papers
              ? [
                  summary.papers - summary.dated - timeline.outsideRange
                    ? `${summary.papers - summary.dated - timeline.outsideRange} without a date`
                    : '',
                  timeline.outsideRange ? `${timeline.outsideRange} outside range` : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              : 'all dated'
          }
        />
        <StatTile
          label="Published"
          value={
            !span
              ? 'unknown'
              : span.first.slice(0, 4) === span.last.slice(0, 4)
                ? span.first.slice(0, 4)
                : `${span.first.slice(0, 4)}–${span.last.slice(0, 4)}`
          }
          detail={span ? `${formatMonth(span.first)} to ${formatMonth(span.last)}` : 'no paper is dated'}
        />
        <StatTile
          label="Authors per paper"
          value={
            summary.authors.median === null ? 'unknown' : `${formatNumber(summary.authors.median)} median`
          }
          detail={
            summary.authors.known
              ? `mean ${formatNumber(summary.authors.mean)} · max ${formatNumber(summary.authors.max)} · covers ${formatNumber(summary.authors.known)} of ${formatNumber(summary.papers)}` +
                (summary.authors.unknown ? ` (${formatNumber(summary.authors.unknown)} unknown)` : '')
              : `unknown for all ${formatNumber(summary.papers)} papers`
          }
        />
        <StatTile
          label="Link a GitHub repo"
          value={formatPercent(summary.code.rate)}
          detail={
            summary.code.known
              ? `${formatNumber(summary.code.linked)} of ${plural(summary.code.known, 'paper')} whose status is known` +
                (summary.code.unknown ? ` · ${formatNumber(summary.code.unknown)} unknown` : '')
              : `unknown for all ${plural(summary.papers, 'paper')}`
          }
        />
        <StatTile
          label="Organisations"
          value={formatNumber(summary.organisations.length)}
          detail={
            summary.organisations.length
              ? summary.organisations.map((o) => o.name).join(', ')
              : 'no card names an organisation'
          }
        />
      </section>

      <div className="charts">
        <ChartCard
          id="top-terms"
          title="Top terms"
          note={`${
            stats.termRanking === 'relevance'
              ? 'Ranked by relevance: papers that mention a term, weighted by how specific it is to this corpus (co-occurrences concentrated, repeated in its papers, defined with an acronym, rare in everyday English); bar = papers'
              : 'Ranked by frequency: multi-word terms by number of papers that mention them'
          }, top ${terms.length} of ${plural(summary.papers, 'paper')}${termsSoFar}`}
          controls={
            <ChoiceLinks
              label="Rank terms by"
              choices={[
                ['relevance', 'Relevance'],
                ['frequency', 'Frequency'],
              ]}
              current={stats.termRanking}
              hrefFor={(termRanking) => viewHref(path, params, { termRanking })}
            />
          }
          csv={{
            filename: `${slug}-top-terms.csv`,
            header: ['term', 'papers', 'share'],
            rows: terms.map((t) => [t.label, t.papers, Number(t.share.toFixed(4))]),
          }}
        >
          <TermBarChart
            data={terms}
            rowHeight={26}
            emptyMessage={noTermsYet}
            active={filter.terms}
            hrefFor={(key) => hrefFor({ ...filter, terms: toggle(filter.terms, key) })}
          />
        </ChartCard>

        <div className="chart-column">
          <ChartCard
            id="timeline"
            title="Publication timeline"
            note={
              `Papers per ${unit}, line = cumulative` +
              (timeline.undated ? ` · ${timeline.undated} undated not shown` : '') +
              (timeline.outsideRange
                ? ` · ${timeline.outsideRange} outside range (implausible year) not shown`
                : '') +
              (unit === 'month' && timeline.yearOnly ? ` · ${timeline.yearOnly} dated to the year only` : '')
            }
            controls={
              <ChoiceLinks
                label="Timeline unit"
                choices={[
                  ['month', 'Month'],
                  ['year', 'Year'],
                ]}
                current={unit}
                hrefFor={(timeline) => viewHref(path, params, { timeline })}
              />
            }
            csv={{
              filename: `${slug}-papers-per-${unit}.csv`,
              header: [unit, 'papers', 'cumulative'],
              rows: timelineData.map((d) => [d.period, d.papers, d.cumulative]),
            }}
          >
            <TimelineChart
              data={timelineData}
              unit={unit}
              active={filter}
              hrefFor={(period) => hrefFor({ ...filter, from: period, to: period })}
            />
            <TimelineBrush
              periods={timelineData.map((d) => d.period)}
              unit={unit}
              href={hrefFor({ ...filter, from: null, to: null })}
            />
          </ChartCard>

          <ChartCard
            id="authors"
            title="Authors per paper"
            note={
              `${formatNumber(authors.known)} of ${plural(summary.papers, 'paper')} state their author count` +
              (authors.unknown ? ` · ${formatNumber(authors.unknown)} unknown, shown apart as “?”` : '')
            }
            csv={{
              filename: `${slug}-authors-per-paper.csv`,
              header: ['authors', 'papers'],
              rows: [
                ...authors.bins.map((b) => [b.label, b.papers]),
                ...(authors.unknown ? [['unknown', authors.unknown]] : []),
              ],
            }}
          >
            <AuthorsHistogram
              data={authors}
              active={filter.authors}
              hrefFor={(label) => hrefFor({ ...filter, authors: filter.authors === label ? null : label })}
            />
          </ChartCard>

          <ChartCard
            id="code-links"
            title="GitHub-link rate by year"
            controls={
              <nav className="segmented" aria-label="Filter by GitHub link">
                {CODE_CHOICES.map(([status, label]) => (
                  <a
                    key={label}
                    href={hrefFor({ ...filter, code: status })}
                    aria-current={filter.code === status ? 'true' : undefined}
                  >
                    {label}
                  </a>
                ))}
              </nav>
            }
            note={codeLinkCoverage(code.overall)}
            csv={{
              filename: `${slug}-github-link-rate.csv`,
              header: ['year', 'linked', 'none', 'unknown', 'known', 'rate'],
              rows: code.byYear.map((d) => [
                d.year,
                d.linked,
                d.none,
                d.unknown,
                d.known,
                d.rate === null ? null : Number(d.rate.toFixed(4)),
              ]),
            }}
          >
            <CodeLinkChart data={code} />
          </ChartCard>
        </div>
      </div>

      <Suspense fallback={<SectionPlaceholder title="How the terms move" />}>
        <AfterShell>
          <TrendsSection
            corpusId={corpusId}
            filter={filter}
            topTerms={terms.slice(0, TRENDED_TERMS)}
            termRanking={stats.termRanking}
            termsSoFar={termsSoFar}
            noTermsYet={noTermsYet}
            slug={slug}
            termHref={hrefFor(filter)}
            unit={params.trends}
            unitHref={(unit) => viewHref(path, params, { trends: unit })}
          />
        </AfterShell>
      </Suspense>

      <Suspense fallback={<SectionPlaceholder title="Who writes it" />}>
        <AfterShell>
          <AuthorsSection corpusId={corpusId} filter={filter} slug={slug} hrefFor={hrefFor} />
        </AfterShell>
      </Suspense>

      {(
        [
          ['Which papers matter', ImpactSection],
          ['Where it is published', SourcesSection],
          ['Who produces it', PlacesSection],
          ['Who works with whom', CollaborationSection],
          ['arXiv categories', CategoriesSection],
        ] as const
      ).map(([title, Section]) => (
        <Suspense key={title} fallback={<SectionPlaceholder title={title} />}>
          <AfterShell>
            <Section corpusId={corpusId} filter={filter} slug={slug} hrefFor={hrefFor} />
          </AfterShell>
        </Suspense>
      ))}

      <details className="card term-settings">
        <summary>
          Edit terms: {termSettings.stopTerms.length} left out, {termSettings.merges.length} merged
        </summary>
        <TermSettingsForm
          corpusId={corpusId}
          stopTerms={termSettings.stopTerms}
          merges={termSettings.merges}
        />
      </details>

      <PapersTable
        rows={table.rows}
        selected={table.selected}
        total={summary.papers}
        params={{ ...params, page: table.page }}
        csvHref={`/api/corpora/${corpusId}/papers.csv?${csvQuery}`}
        known={known}
      />
    </div>
  );
}
