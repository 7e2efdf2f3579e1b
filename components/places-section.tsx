import { FigureCard } from '@/components/figures/figure';
import { placeFigures } from '@/components/figures/place-figures';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber } from '@/lib/format';
import { getPlaceStatistics } from '@/lib/query/views';

export interface PlacesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The dashboard's URL for another filter: venues, institutions, countries, categories and authors link to it. */
  hrefFor?: (next: PaperFilter) => string;
}

/** Which institutions and countries produce the papers: top institutions, SCP/MCP by country, a world map. */
export async function PlacesSection({ corpusId, filter, slug, hrefFor }: PlacesSectionProps) {
  const stats = await getPlaceStatistics(corpusId, filter);
  const { figures, countriesKnown } = placeFigures(stats, {
    slug,
    links: hrefFor ? { filter, hrefFor } : undefined,
  });
  if (figures.length === 0) {
    return (
      <section className="section card section-note" aria-labelledby="places-title">
        <h2 id="places-title">Who produces it</h2>
        <p>
          None of these {formatNumber(stats.institutions.unknown)} papers gives its authors' affiliations or
          an organisation, so institutions and countries are unknown.
        </p>
      </section>
    );
  }
  // The map takes the full width; the cards before it go two by two.
  const map = figures.find((f) => f.id === 'world-map');
  return (
    <section className="section" aria-labelledby="places-title">
      <h2 id="places-title" className="section-title">
        Who produces it
      </h2>
      <div className="charts">
        {figures
          .filter((f) => f !== map)
          .map((figure) => (
            <FigureCard key={figure.id} figure={figure} />
          ))}
        {countriesKnown ? null : (
          <p className="card section-note">
            No paper in this selection names its authors' countries: countries and the world map need author
            addresses (as Web of Science, Scopus and OpenAlex exports give).
          </p>
        )}
      </div>
      {map ? <FigureCard figure={map} /> : null}
    </section>
  );
}
