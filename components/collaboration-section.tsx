import { collaborationFigures } from '@/components/figures/collaboration-figures';
import { FigureCard } from '@/components/figures/figure';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { getCoauthorPairs } from '@/lib/query/views';

export interface CollaborationSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The dashboard's URL for another filter: venues, institutions, countries, categories and authors link to it. */
  hrefFor?: (next: PaperFilter) => string;
}

/** Who works with whom: the co-authorship map of the top authors. Nothing where sources give no names. */
export async function CollaborationSection({ corpusId, filter, slug, hrefFor }: CollaborationSectionProps) {
  const [figure] = collaborationFigures(await getCoauthorPairs(corpusId, filter), {
    slug,
    links: hrefFor ? { filter, hrefFor } : undefined,
  });
  if (!figure) return null;
  return (
    <section className="section" aria-labelledby="collaboration-title">
      <h2 id="collaboration-title" className="section-title">
        Who works with whom
      </h2>
      <FigureCard figure={figure} />
    </section>
  );
}
