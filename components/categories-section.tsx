import { categoryFigures } from '@/components/figures/category-figures';
import { FigureCard } from '@/components/figures/figure';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { getCategoryCounts } from '@/lib/query/views';

export interface CategoriesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The dashboard's URL for another filter: venues, institutions, countries, categories and authors link to it. */
  hrefFor?: (next: PaperFilter) => string;
}

/** arXiv corpora: the top primary categories and their trend. Nothing for other sources. */
export async function CategoriesSection({ corpusId, filter, slug, hrefFor }: CategoriesSectionProps) {
  const figures = categoryFigures(await getCategoryCounts(corpusId, filter), {
    slug,
    links: hrefFor ? { filter, hrefFor } : undefined,
  });
  if (figures.length === 0) return null;
  return (
    <section className="section" aria-labelledby="categories-title">
      <h2 id="categories-title" className="section-title">
        arXiv categories
      </h2>
      <div className="charts">
        {figures.map((figure) => (
          <FigureCard key={figure.id} figure={figure} />
        ))}
      </div>
    </section>
  );
}
