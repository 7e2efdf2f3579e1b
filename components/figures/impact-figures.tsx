import { CitationsPerYearChart } from '@/components/charts/citations-per-year-chart';
import { CodeImpactChart } from '@/components/charts/code-impact-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { coverage, csvNumber, type Figure, type FigureLinks, linksFor } from '@/components/figures/figure';
import { citationsPerYear } from '@/lib/analyze/citations-per-year';
import {
  citationsPerYearTakeaway,
  codeImpactTakeaway,
  formatP,
  hIndexByTakeaway,
  mostCitedTakeaway,
  starsTakeaway,
} from '@/lib/analyze/impact-takeaways';
import type { MedianInterval } from '@/lib/analyze/median-interval';
import type { CsvValue } from '@/lib/export/csv';
import { formatNumber, formatPercent, formatShare, plural } from '@/lib/format';
import type { HIndexOf } from '@/lib/query/h-index-by';
import type { ImpactStatistics } from '@/lib/query/impact-statistics';

function groupRow(group: string, m: MedianInterval, u: number | null, p: number | null): CsvValue[] {
  return [group, m.n, m.median, m.low, m.high, csvNumber(m.coverage), u, csvNumber(p, 6)];
}

function hIndexFigure(
  rows: HIndexOf[],
  kind: 'author' | 'source',
  { slug, known, links }: { slug: string; known: number; links?: FigureLinks },
): Figure {
  const id = kind === 'author' ? 'h-index-authors' : 'h-index-sources';
  return {
    id,
    title: kind === 'author' ? 'h-index by author' : 'h-index by source',
    note: `Over the ${plural(known, 'paper')} with a citation count; ties by citations`,
    takeaway: hIndexByTakeaway(rows, kind),
    csv: {
      filename: `${slug}-${id}.csv`,
      header: [kind, 'h_index', 'papers', 'citations'],
      rows: rows.map((r) => [r.name, r.h, r.papers, r.citations]),
    },
    chart: (
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
        {...linksFor(links, kind === 'author' ? 'author' : 'venue')}
        linkLabel={(name) =>
          kind === 'author' ? `Filter to papers by ${name}` : `Filter to papers in ${name}`
        }
      />
    ),
  };
}

/**
 * The impact figures of a selection, those its sources can support: most cited (or upvoted) papers, citations per
 * year, h-index by author and by source, papers with code against without, stars of linked repositories.
 */
export function impactFigures(
  stats: ImpactStatistics,
  { slug, today, links }: { slug: string; today: string; links?: FigureLinks },
): Figure[] {
  const { summary, metric, code, stars } = stats;
  const papers = summary.papers;
  const citations = summary.citations;
  const figures: Figure[] = [];
  if (metric) {
    const known = metric === 'upvotes' ? summary.upvotes : citations;
    const title = metric === 'citations' ? 'Most cited papers' : 'Most upvoted papers';
    figures.push({
      id: 'most-cited',
      title,
      note: `Top ${stats.top.length} by ${metric} · ${coverage(known.known, papers, 'with a count')}${known.unknown ? `, ${formatNumber(known.unknown)} unknown left out` : ''}`,
      takeaway: mostCitedTakeaway(
        stats.top.map((p) => ({ name: p.title, value: p.value })),
        metric,
        known.total,
        known,
      ),
      csv: {
        filename: `${slug}-most-${metric === 'citations' ? 'cited' : 'upvoted'}.csv`,
        header: ['title', 'year', 'venue', metric],
        rows: stats.top.map((p) => [p.title, p.year, p.venue, p.value]),
      },
      chart: (
        <RankedBarChart
          data={stats.top.map((p) => ({
            key: p.id,
            label: p.title,
            value: p.value,
            tip: `${p.title}${p.year ? ` (${p.year})` : ''}${p.venue ? ` · ${p.venue}` : ''}: ${plural(p.value, metric === 'citations' ? 'citation' : 'upvote')}`,
          }))}
          label={title}
          emptyMessage="No paper in this selection has a count."
          marginLeft={330}
        />
      ),
    });
  }
  if (citations.known) {
    const perYear = citationsPerYear(stats.byYear, { today });
    figures.push(
      {
        id: 'citations-per-year',
        title: 'Average citations per year',
        note: `biblioshiny's measure: mean citations of a year's papers ÷ (this year + 1 − year) · ${coverage(perYear.known, perYear.known + perYear.unknown, 'dated with a count')}`,
        takeaway: citationsPerYearTakeaway(perYear),
        csv: {
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
            csvNumber(y.perPaper),
            y.citableYears,
            csvNumber(y.perYear),
          ]),
        },
        chart: <CitationsPerYearChart data={perYear} />,
      },
      hIndexFigure(stats.hAuthors, 'author', { slug, known: citations.known, links }),
      hIndexFigure(stats.hSources, 'source', { slug, known: citations.known, links }),
    );
  }
  if (code && code.linked.n > 0 && code.none.n > 0) {
    const test = code.test;
    figures.push({
      id: 'code-impact',
      title: `Code and ${code.metric}`,
      note:
        `Papers that link a GitHub repository against those that do not · ${plural(code.linked.n + code.none.n, 'paper')} with a known ${code.metric} count and code status` +
        (code.unknownCode ? ` · ${formatNumber(code.unknownCode)} of unknown code status left out` : '') +
        (code.unknownMetric ? ` · ${formatNumber(code.unknownMetric)} without a count left out` : '') +
        (test
          ? ` · Mann–Whitney U = ${formatNumber(test.u)}, ${formatP(test.p)}, P(with code ranks higher) = ${formatPercent(test.superiority)}`
          : ''),
      takeaway: codeImpactTakeaway(code),
      csv: {
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
          groupRow('links a repository', code.linked, test?.u ?? null, test?.p ?? null),
          groupRow(
            'no repository',
            code.none,
            test ? code.linked.n * code.none.n - test.u : null,
            test?.p ?? null,
          ),
        ],
      },
      chart: <CodeImpactChart data={code} />,
    });
  }
  if (stars.known) {
    figures.push({
      id: 'github-stars',
      title: 'GitHub stars of linked papers',
      note: `${coverage(stars.known, stars.known + stars.unknown, 'that link a repository have a star count')} · median ${formatNumber(stars.median)}`,
      takeaway: starsTakeaway(stars),
      csv: {
        filename: `${slug}-github-stars.csv`,
        header: ['stars', 'papers'],
        rows: [
          ...stars.bins.map((b) => [b.label, b.papers]),
          ...(stars.unknown ? [['unknown', stars.unknown]] : []),
        ],
      },
      chart: (
        <RankedBarChart
          data={stars.bins.map((b) => ({
            key: b.label,
            label: `${b.label} stars`,
            value: b.papers,
            tip: `${b.label} stars: ${plural(b.papers, 'paper')} (${formatShare(b.papers / stars.known)})`,
          }))}
          label="Linked papers by GitHub stars of their repository"
          emptyMessage="No linked repository has a star count."
          marginLeft={130}
        />
      ),
    });
  }
  return figures;
}
