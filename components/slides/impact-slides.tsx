import { categoryFigures } from '@/components/figures/category-figures';
import { collaborationFigures } from '@/components/figures/collaboration-figures';
import type { Figure } from '@/components/figures/figure';
import { impactFigures } from '@/components/figures/impact-figures';
import { placeFigures } from '@/components/figures/place-figures';
import { sourceFigures } from '@/components/figures/source-figures';
import { ChartSlide } from '@/components/slides/chart-slide';
import type { Slide } from '@/components/slides/slide-deck';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import {
  getCategoryCounts,
  getCoauthorPairs,
  getImpactStatistics,
  getPlaceStatistics,
  getSourceStatistics,
} from '@/lib/query/views';

// File names are the dashboard's business: slides download nothing.
const SLUG = 'slide';

function slide(figure: Figure): Slide {
  return {
    id: figure.id,
    title: figure.title,
    content: (
      <ChartSlide
        title={figure.title}
        takeaway={figure.takeaway}
        note={figure.note}
        data={{ header: figure.csv.header, rows: figure.csv.rows }}
      >
        {figure.chart}
      </ChartSlide>
    ),
  };
}

/**
 * One slide for each impact, source, place, collaboration and category figure the selection's sources support,
 * each with the takeaway its dashboard card has.
 */
export async function impactSlides(corpusId: string, filter: PaperFilter): Promise<Slide[]> {
  const [impact, sources, places, pairs, categories] = await Promise.all([
    getImpactStatistics(corpusId, filter),
    getSourceStatistics(corpusId, filter),
    getPlaceStatistics(corpusId, filter),
    getCoauthorPairs(corpusId, filter),
    getCategoryCounts(corpusId, filter),
  ]);
  return [
    ...impactFigures(impact, { slug: SLUG, today: new Date().toISOString().slice(0, 10) }),
    ...sourceFigures(sources, { slug: SLUG }),
    ...placeFigures(places, { slug: SLUG }).figures,
    ...collaborationFigures(pairs, { slug: SLUG, width: 960, height: 560 }),
    ...categoryFigures(categories, { slug: SLUG }),
  ].map(slide);
}
