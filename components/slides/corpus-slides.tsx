import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AuthorsHistogram } from '@/components/charts/authors-histogram';
import { CodeLinkChart } from '@/components/charts/code-link-chart';
import { LotkaChart } from '@/components/charts/lotka-chart';
import { TeamSizeChart } from '@/components/charts/team-size-chart';
import { TermBarChart } from '@/components/charts/term-bar-chart';
import { TermHeatmap } from '@/components/charts/term-heatmap';
import { TermNetwork } from '@/components/charts/term-network';
import { TermTrendLines } from '@/components/charts/term-trend-lines';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { TopAuthorsChart } from '@/components/charts/top-authors-chart';
import { ChangeSlide } from '@/components/slides/change-slide';
import { ChartSlide } from '@/components/slides/chart-slide';
import { impactSlides } from '@/components/slides/impact-slides';
import { type Slide, SlideDeck } from '@/components/slides/slide-deck';
import { TitleSlide } from '@/components/slides/title-slide';
import { codeLinkCoverage } from '@/lib/analyze/code-link-rate';
import { describeFilter } from '@/lib/analyze/filter-papers';
import { timelineUnit } from '@/lib/analyze/publication-timeline';
import { MIN_SIDE } from '@/lib/analyze/significance';
import {
  burstsTakeaway,
  changeTakeaway,
  formatPeriodSpan,
  lotkaTakeaway,
  risingFadingTakeaway,
  takeaways,
  teamSizeTakeaway,
  termMapTakeaway,
  topAuthorsTakeaway,
} from '@/lib/analyze/takeaways';
import { formatNumber, formatPercent, formatShare, plural } from '@/lib/format';
import {
  getAuthorStatistics,
  getCorpusStats,
  getPeriodComparison,
  getTermMovement,
  getTrendUnit,
} from '@/lib/query/views';
import { getCorpus } from '@/lib/store/corpora';
import { ensureDefaultCorpus } from '@/lib/store/default-corpus';
import type { ViewParams } from '@/lib/view-params';

type Query = Record<string, string | string[] | undefined>;

export interface CorpusSlidesProps {
  id: string;
  params: ViewParams;
  /** The page's query as given, kept in every slide's URL and in the way back. */
  query: Query;
  /** The corpus's dashboard. */
  dashboardPath: string;
  /** The deck's own path. */
  path: string;
}

// What stays legible across a room: the dashboard shows more of each.
const SLIDE_TERMS = 10;
const SLIDE_AUTHORS = 10;
const SLIDE_CHANGES = 4;
// Chart sizes whose text reads at about 1.6× on a 16:9 slide, so 12px labels show near 19px at 720p.
const WIDE = 720;
const TALL = 280;

const TEST_NOTE = `Up or down only when p < 0.05; sides under ${MIN_SIDE} papers are not compared`;

function href(path: string, query: Query, change: Record<string, string | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key in change || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  for (const [key, value] of Object.entries(change)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `?slide=3` → 2; anything else → the first slide. */
function slideIndex(value: Query[string], count: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, count) - 1 : 0;
}

/** Slide ids the presenter left out: `?omit=lotka,term-map`. */
function omitted(value: Query[string]): Set<string> {
  const all = (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(','));
  return new Set(all.map((id) => id.trim()).filter(Boolean));
}

interface DeckSlide extends Slide {
  /** Whether the section has something to say for this selection; silent slides are not offered. */
  speaks: boolean;
}

/**
 * Presentation mode of one corpus: the headline numbers, then a slide for each dashboard section that has
 * something to say, in the dashboard's order, then what changed against the previous period.
 */
export async function CorpusSlides({ id, params, query, dashboardPath, path }: CorpusSlidesProps) {
  await ensureDefaultCorpus(id);
  const info = await getCorpus(id);
  if (!info) notFound();
  const { filter } = params;
  const [stats, trendUnit, authorStats, comparison] = await Promise.all([
    getCorpusStats(id, filter, 25, params.termRanking),
    params.trends ? Promise.resolve(params.trends) : getTrendUnit(id, filter),
    getAuthorStatistics(id, filter),
    getPeriodComparison(id, filter),
  ]);
  const movement = await getTermMovement(id, filter, stats.topTerms, trendUnit);
  const today = new Date().toISOString().slice(0, 10);
  const { summary, timeline, authorsPerPaper: authors, codeLinkRate: code } = stats;
  const unit = params.timeline ?? timelineUnit(timeline);
  const said = takeaways(stats, { today, unit });
  const terms = stats.topTerms.slice(0, SLIDE_TERMS);
  const timelineData = unit === 'year' ? timeline.years : timeline.months;
  const span = summary.dateSpan;
  const { trends, bursts, slopes, map } = movement;
  const heatTrends = { ...trends, terms: trends.terms.slice(0, SLIDE_TERMS) };
  const { top, teams, law, single } = authorStats;
  const named = top.known > 0;
  const filterWords = describeFilter(filter)
    .map((part) => part.label)
    .join(' · ');

  const chart = (
    slideId: string,
    title: string,
    takeaway: string,
    note: string,
    data: { header: string[]; rows: (string | number | null)[][] },
    content: ReactNode,
    speaks = true,
  ): DeckSlide => ({
    id: slideId,
    title,
    speaks,
    content: (
      <ChartSlide title={title} takeaway={takeaway} note={note} data={data}>
        {content}
      </ChartSlide>
    ),
  });

  const all: DeckSlide[] = [
    {
      id: 'title',
      title: info.name,
      speaks: true,
      content: (
        <TitleSlide
          name={info.name}
          filter={filterWords}
          takeaway={said.overview}
          numbers={[
            { label: 'Papers', value: formatNumber(summary.papers) },
            {
              label: 'Published',
              value: !span
                ? 'unknown'
                : span.first.slice(0, 4) === span.last.slice(0, 4)
                  ? span.first.slice(0, 4)
                  : `${span.first.slice(0, 4)}–${span.last.slice(0, 4)}`,
            },
            {
              label: 'Median authors',
              value: summary.authors.median === null ? 'unknown' : formatNumber(summary.authors.median),
            },
            { label: 'Link a GitHub repo', value: formatShare(summary.code.rate) },
          ]}
        />
      ),
    },
    chart(
      'top-terms',
      'Top terms',
      said.topTerms,
      `${stats.termRanking === 'relevance' ? 'Terms by relevance, bar = papers that mention them' : 'Multi-word terms by papers that mention them'} · top ${terms.length} of ${plural(summary.papers, 'paper')}`,
      {
        header: ['term', 'papers', 'share'],
        rows: terms.map((t) => [t.label, t.papers, formatShare(t.share)]),
      },
      <TermBarChart data={terms} width={WIDE} />,
      terms.length > 0,
    ),
    chart(
      'timeline',
      'Publication timeline',
      said.timeline,
      `Papers per ${unit}, line = cumulative` +
        (timeline.undated ? ` · ${timeline.undated} undated not shown` : '') +
        (timeline.outsideRange
          ? ` · ${timeline.outsideRange} outside range (implausible year) not shown`
          : '') +
        (unit === 'month' && timeline.yearOnly ? ` · ${timeline.yearOnly} dated to the year only` : '') +
        ` · ${TEST_NOTE}`,
      {
        header: [unit, 'papers', 'cumulative'],
        rows: timelineData.map((d) => [d.period, d.papers, d.cumulative]),
      },
      <TimelineChart data={timelineData} unit={unit} width={WIDE} height={TALL} />,
      timelineData.length > 0,
    ),
    chart(
      'authors',
      'Authors per paper',
      said.authors,
      `${formatNumber(authors.known)} of ${plural(summary.papers, 'paper')} state their author count` +
        (authors.unknown ? ` · ${formatNumber(authors.unknown)} unknown, shown apart as “?”` : ''),
      {
        header: ['authors', 'papers'],
        rows: [
          ...authors.bins.map((b) => [b.label, b.papers]),
          ...(authors.unknown ? [['unknown', authors.unknown]] : []),
        ],
      },
      <AuthorsHistogram data={authors} width={WIDE} height={270} />,
      authors.known > 0,
    ),
    chart(
      'code-links',
      'GitHub-link rate by year',
      said.codeLinks,
      `${codeLinkCoverage(code.overall)} · ${TEST_NOTE}`,
      {
        header: ['year', 'linked', 'known', 'rate'],
        rows: code.byYear.map((d) => [d.year, d.linked, d.known, formatPercent(d.rate)]),
      },
      <CodeLinkChart data={code} width={WIDE} height={TALL} />,
      code.overall.known > 0,
    ),
    chart(
      'term-trends',
      `Term trends by ${trends.unit}`,
      burstsTakeaway(heatTrends, bursts),
      `Share of each ${trends.unit}'s papers that mention the term (top terms by ${stats.termRanking}); outlined cells are bursts (Kleinberg, s = 2, γ = 1)` +
        (trends.partial.length ? ` · ${trends.partial.join(', ')} only partly covered` : ''),
      {
        header: ['term', ...trends.periods, 'bursts'],
        rows: heatTrends.terms.map((term) => [
          term.label,
          ...term.series.map((p) => (p.share === null ? null : formatShare(p.share))),
          bursts
            .filter((b) => b.key === term.key)
            .map((b) => (b.start === b.end ? b.start : `${b.start}–${b.end}`))
            .join('; '),
        ]),
      },
      <TermHeatmap data={heatTrends} bursts={bursts} width={WIDE} rowHeight={20} id="slide-heatmap" />,
      heatTrends.terms.length > 0 && trends.periods.length > 1,
    ),
    chart(
      'rising-fading',
      'Rising and fading terms',
      risingFadingTakeaway(trends, slopes),
      (slopes.first && slopes.last
        ? `Least-squares line of each term's share over ${slopes.periods} complete ${trends.unit}s (${formatPeriodSpan(slopes.first, slopes.last)})`
        : `Too few complete ${trends.unit}s to fit a trend`) +
        ` · rising or fading only when the Cochran–Armitage trend test gives p < 0.05 after Bonferroni for ${plural(trends.terms.length, 'term')}`,
      {
        header: ['term', 'direction', 'points per period', 'papers'],
        rows: [
          ...slopes.rising.map((s) => [s.label, 'rising', (s.slope * 100).toFixed(2), s.papers]),
          ...slopes.fading.map((s) => [s.label, 'fading', (s.slope * 100).toFixed(2), s.papers]),
        ],
      },
      <TermTrendLines data={trends} slopes={slopes} width={WIDE} />,
      slopes.periods >= 3 && (slopes.rising.length > 0 || slopes.fading.length > 0),
    ),
    chart(
      'term-map',
      'Term map',
      termMapTakeaway(map),
      `Co-occurrence of the top ${plural(map.nodes.length, 'term')} (by ${stats.termRanking}) in ${plural(summary.papers, 'paper')}; pairs sharing two papers or more`,
      {
        header: ['term', 'other term', 'papers with both'],
        rows: map.links.map((link) => [
          map.nodes.find((n) => n.key === link.source)?.label ?? link.source,
          map.nodes.find((n) => n.key === link.target)?.label ?? link.target,
          link.papers,
        ]),
      },
      <TermNetwork data={map} width={800} height={330} labelled={20} />,
      map.links.length > 0,
    ),
    chart(
      'top-authors',
      'Top authors',
      topAuthorsTakeaway(top, law),
      `Papers per author (full counting), names matched across spellings; ${formatNumber(top.known)} of ${plural(top.known + top.unknown, 'paper')} name their authors`,
      { header: ['author', 'papers'], rows: top.authors.map((a) => [a.name, a.papers]) },
      <TopAuthorsChart data={top} width={WIDE} limit={SLIDE_AUTHORS} />,
      named && top.authors.length > 0,
    ),
    chart(
      'team-size',
      'Team size over time',
      teamSizeTakeaway(teams, stats, today),
      `Mean authors per paper by year over ${plural(teams.known, 'paper')} of known count` +
        (single.share !== null ? ` · ${formatShare(single.share)} written alone` : '') +
        ` · ${TEST_NOTE}`,
      {
        header: ['year', 'mean', 'median', 'papers'],
        rows: teams.years.map((y) => [y.year, y.mean === null ? null : y.mean.toFixed(2), y.median, y.known]),
      },
      <TeamSizeChart data={teams} width={WIDE} height={TALL} />,
      teams.years.filter((y) => y.mean !== null).length > 1,
    ),
    chart(
      'lotka',
      "Lotka's law",
      lotkaTakeaway(law),
      'Authors by papers written, log-log: observed shares, the fitted power law and Lotka’s inverse square',
      {
        header: ['papers written', 'authors', 'share'],
        rows: law.distribution.map((row) => [row.papers, row.authors, formatPercent(row.share, 1)]),
      },
      <LotkaChart data={law} width={WIDE} height={TALL} />,
      named && law.beta !== null,
    ),
    ...(await impactSlides(id, filter)).map((slide) => ({ ...slide, speaks: true })),
    {
      id: 'what-changed',
      title: 'What changed',
      speaks: comparison !== null,
      content: comparison ? (
        <ChangeSlide comparison={comparison} takeaway={changeTakeaway(comparison)} shown={SLIDE_CHANGES} />
      ) : null,
    },
  ];

  const offered = all.filter((slide) => slide.speaks);
  const omit = omitted(query.omit);
  const slides = offered.filter((slide) => slide.id === 'title' || !omit.has(slide.id));
  const withOmit = (ids: Set<string>) => {
    const list = offered.filter((s) => ids.has(s.id)).map((s) => s.id);
    return list.length ? list.join(',') : null;
  };

  return (
    <SlideDeck
      slides={slides.map(({ id: slideId, title, content }) => ({ id: slideId, title, content }))}
      initial={slideIndex(query.slide, slides.length)}
      hrefs={slides.map((_, i) => href(path, query, { slide: String(i + 1) }))}
      exitHref={href(dashboardPath, query, { slide: null, omit: null })}
      name={info.name}
      choices={offered
        .filter((slide) => slide.id !== 'title')
        .map((slide) => {
          const next = new Set(omit);
          if (next.has(slide.id)) next.delete(slide.id);
          else next.add(slide.id);
          return {
            id: slide.id,
            title: slide.title,
            shown: !omit.has(slide.id),
            href: href(path, query, { slide: null, omit: withOmit(next) }),
          };
        })}
      filename={`${info.name}${filterWords ? ` (${filterWords})` : ''}`}
    />
  );
}
