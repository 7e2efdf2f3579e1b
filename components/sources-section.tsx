import { FigureCard } from '@/components/figures/figure';
import { sourceFigures } from '@/components/figures/source-figures';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber } from '@/lib/format';
import { getSourceStatistics } from '@/lib/query/views';

export interface SourcesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The dashboard's URL for another filter: venues, institutions, countries, categories and authors link to it. */
  hrefFor?: (next: PaperFilter) => string;
}

/** Where the papers are published: the top sources, Bradford's zones and the top sources' production over time. */
export async function SourcesSection({ corpusId, filter, slug, hrefFor }: SourcesSectionProps) {
  const stats = await getSourceStatistics(corpusId, filter);
  const figures = sourceFigures(stats, { slug, links: hrefFor ? { filter, hrefFor } : undefined });
  if (figures.length === 0) {
    return (
      <section className="section card section-note" aria-labelledby="sources-title">
        <h2 id="sources-title">Where it is published</h2>
        <p>
          None of these {formatNumber(stats.counts.unknown)} papers names its journal, proceedings or venue,
          so sources and Bradford's law cannot be computed.
        </p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="sources-title">
      <h2 id="sources-title" className="section-title">
        Where it is published
      </h2>
      <div className="charts">
        {figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} />
        ))}
      </div>
    </section>
  );
}
