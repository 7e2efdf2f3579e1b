import { notFound } from 'next/navigation';
import { AuthorsHistogram } from '@/components/charts/authors-histogram';
import { CodeLinkChart } from '@/components/charts/code-link-chart';
import { TermBarChart } from '@/components/charts/term-bar-chart';
import { TimelineChart } from '@/components/charts/timeline-chart';
import { ChartSlide } from '@/components/slides/chart-slide';
import { type Slide, SlideDeck } from '@/components/slides/slide-deck';
import { TitleSlide } from '@/components/slides/title-slide';
import { codeLinkCoverage } from '@/lib/analyze/code-link-rate';
import { describeFilter } from '@/lib/analyze/filter-papers';
import { takeaways } from '@/lib/analyze/takeaways';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import { getCorpusStats } from '@/lib/query/views';
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

// Ten terms stay legible across a room; the dashboard shows more.
const SLIDE_TERMS = 10;

function href(path: string, query: Query, slide?: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'slide' || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, v);
  }
  if (slide !== undefined) search.set('slide', String(slide));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** `?slide=3` → 2; anything else → the first slide. */
function slideIndex(value: Query[string], count: number): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, count) - 1 : 0;
}

/** Presentation mode of one corpus: a title slide with the headline numbers, then one slide a chart. */
export async function CorpusSlides({ id, params, query, dashboardPath, path }: CorpusSlidesProps) {
  await ensureDefaultCorpus(id);
  const info = await getCorpus(id);
  if (!info) notFound();
  const stats = await getCorpusStats(id, params.filter);
  const { summary, timeline, authorsPerPaper: authors, codeLinkRate: code } = stats;
  const said = takeaways(stats, { today: new Date().toISOString().slice(0, 10) });
  const terms = stats.topTerms.slice(0, SLIDE_TERMS);
  const timelineData = params.timeline === 'year' ? timeline.years : timeline.months;
  const span = summary.dateSpan;

  const slides: Slide[] = [
    {
      id: 'title',
      title: info.name,
      content: (
        <TitleSlide
          name={info.name}
          filter={describeFilter(params.filter)
            .map((part) => part.label)
            .join(' · ')}
          takeaway={said.overview}
          numbers={[
            { label: 'Papers', value: formatNumber(summary.papers) },
            {
              label: 'Published',
              value: span ? `${span.first.slice(0, 4)}–${span.last.slice(0, 4)}` : 'unknown',
            },
            {
              label: 'Median authors',
              value: summary.authors.median === null ? 'unknown' : formatNumber(summary.authors.median),
            },
            { label: 'Link a GitHub repo', value: formatPercent(summary.code.rate) },
          ]}
        />
      ),
    },
    {
      id: 'top-terms',
      title: 'Top terms',
      content: (
        <ChartSlide
          title="Top terms"
          takeaway={said.topTerms}
          note={`Multi-word terms by papers that mention them · top ${terms.length} of ${plural(summary.papers, 'paper')}`}
          data={{
            header: ['term', 'papers', 'share'],
            rows: terms.map((t) => [t.label, t.papers, formatPercent(t.share)]),
          }}
        >
          <TermBarChart data={terms} />
        </ChartSlide>
      ),
    },
    {
      id: 'timeline',
      title: 'Publication timeline',
      content: (
        <ChartSlide
          title="Publication timeline"
          takeaway={said.timeline}
          note={
            `Papers per ${params.timeline}, line = cumulative` +
            (timeline.undated ? ` · ${timeline.undated} undated not shown` : '') +
            (timeline.outsideRange
              ? ` · ${timeline.outsideRange} outside range (implausible year) not shown`
              : '')
          }
          data={{
            header: [params.timeline, 'papers', 'cumulative'],
            rows: timelineData.map((d) => [d.period, d.papers, d.cumulative]),
          }}
        >
          <TimelineChart data={timelineData} unit={params.timeline} />
        </ChartSlide>
      ),
    },
    {
      id: 'authors',
      title: 'Authors per paper',
      content: (
        <ChartSlide
          title="Authors per paper"
          takeaway={said.authors}
          note={
            `${authors.known} of ${plural(summary.papers, 'paper')} state their author count` +
            (authors.unknown ? ` · ${authors.unknown} unknown, shown apart as “?”` : '')
          }
          data={{
            header: ['authors', 'papers'],
            rows: [
              ...authors.bins.map((b) => [b.label, b.papers]),
              ...(authors.unknown ? [['unknown', authors.unknown]] : []),
            ],
          }}
        >
          <AuthorsHistogram data={authors} />
        </ChartSlide>
      ),
    },
    {
      id: 'code-links',
      title: 'GitHub-link rate by year',
      content: (
        <ChartSlide
          title="GitHub-link rate by year"
          takeaway={said.codeLinks}
          note={codeLinkCoverage(code.overall)}
          data={{
            header: ['year', 'linked', 'known', 'rate'],
            rows: code.byYear.map((d) => [d.year, d.linked, d.known, formatPercent(d.rate)]),
          }}
        >
          <CodeLinkChart data={code} />
        </ChartSlide>
      ),
    },
  ];

  return (
    <SlideDeck
      slides={slides}
      initial={slideIndex(query.slide, slides.length)}
      hrefs={slides.map((_, i) => href(path, query, i + 1))}
      exitHref={href(dashboardPath, query)}
      name={info.name}
    />
  );
}
