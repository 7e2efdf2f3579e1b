import { FigureCard } from '@/components/figures/figure';
import { impactFigures } from '@/components/figures/impact-figures';
import { StatTile } from '@/components/ui/stat-tile';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { hIndexTakeaway } from '@/lib/analyze/impact-takeaways';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import { getImpactStatistics } from '@/lib/query/views';

export interface ImpactSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The dashboard's URL for another filter: venues, institutions, countries, categories and authors link to it. */
  hrefFor?: (next: PaperFilter) => string;
}

/**
 * Which papers matter: the most cited (or upvoted), citations per year of age, the h-index of the selection and of
 * its authors and sources; and whether papers that link code get more of it.
 */
export async function ImpactSection({ corpusId, filter, slug, hrefFor }: ImpactSectionProps) {
  const stats = await getImpactStatistics(corpusId, filter);
  const { summary, metric, stars } = stats;
  const papers = summary.papers;
  if (metric === null && stars.known === 0) {
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
  const { citations, upvotes } = summary;
  const figures = impactFigures(stats, {
    slug,
    today: new Date().toISOString().slice(0, 10),
    links: hrefFor ? { filter, hrefFor } : undefined,
  });
  const needsCitations = 'needs citation counts';

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
              ? `${formatNumber(citations.known)} of ${plural(papers, 'paper')} with a count · mean ${formatNumber(citations.total / citations.known)}`
              : `no source gives citation counts for these ${plural(papers, 'paper')}`
          }
        />
        <StatTile
          label="h-index"
          value={citations.known ? String(citations.hIndex) : 'unknown'}
          detail={
            citations.known
              ? `${citations.hIndex} papers cited at least ${citations.hIndex} times each`
              : needsCitations
          }
        />
        <StatTile
          label="Not cited"
          value={citations.known ? formatPercent(citations.uncited / citations.known) : 'unknown'}
          detail={
            citations.known
              ? `${formatNumber(citations.uncited)} of ${plural(citations.known, 'paper')} with a count`
              : needsCitations
          }
        />
        {upvotes.known ? (
          <StatTile
            label="Upvotes"
            value={`${formatNumber(upvotes.median)} median`}
            detail={`${formatNumber(upvotes.known)} of ${plural(papers, 'paper')} with a count · ${formatNumber(upvotes.total)} in all · ${upvotes.none} with none`}
          />
        ) : null}
      </div>
      <div className="charts">
        {figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} />
        ))}
      </div>
    </section>
  );
}
