import './figures.css';
import { CountryCollaborationChart } from '@/components/charts/country-collaboration-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { WorldMap } from '@/components/charts/world-map';
import { csvNumber, type Figure, type FigureLinks, linksFor } from '@/components/figures/figure';
import { type CountryCollaboration, countryCollaboration } from '@/lib/analyze/country-collaboration';
import { countriesTakeaway, countrySpreadTakeaway, topListTakeaway } from '@/lib/analyze/impact-takeaways';
import { formatNumber, formatPercent, formatShare, plural } from '@/lib/format';
import { countryCodes } from '@/lib/ingest/countries';
import type { PlaceStatistics } from '@/lib/query/place-statistics';

const TOP_COUNTRIES = 15;
const MAP_TABLE_ROWS = 12;

/** The world map with the countries' table beside it. */
function MapWithTable({
  collab,
  hrefFor,
}: {
  collab: CountryCollaboration;
  hrefFor?: (name: string) => string;
}) {
  const mapped = collab.countries.flatMap((c) => {
    const codes = countryCodes(c.country);
    return codes?.numeric ? [{ id: codes.numeric, name: c.country, papers: c.papers }] : [];
  });
  return (
    <div className="map-with-table">
      <WorldMap data={mapped} measure="papers by corresponding author's country" hrefFor={hrefFor} />
      <table className="data-table">
        <caption className="sr-only">Countries with the most papers</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Papers</th>
            <th scope="col">Share</th>
            <th scope="col">MCP</th>
          </tr>
        </thead>
        <tbody>
          {collab.countries.slice(0, MAP_TABLE_ROWS).map((c) => (
            <tr key={c.country}>
              <th scope="row">{c.country}</th>
              <td>{c.papers}</td>
              <td>{formatShare(c.share)}</td>
              <td>{formatPercent(c.mcpRatio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Which institutions and countries produce the papers: top institutions (or organisations), SCP/MCP by country and
 * a world map; the country figures only where some paper names a country.
 */
export function placeFigures(
  { institutions, countries }: PlaceStatistics,
  { slug, links }: { slug: string; links?: FigureLinks },
): { figures: Figure[]; countriesKnown: boolean } {
  const papers = institutions.known + institutions.unknown;
  const collab = countryCollaboration(countries.countries, countries.unknown);
  const figures: Figure[] = [];
  if (institutions.known) {
    // Organisations named on Hugging Face cards are no address: an institution filter finds none of their papers.
    const linked = linksFor(links, 'institution');
    const institutionLinks = {
      active: linked.active,
      hrefFor: institutions.institutions.every((i) => i.address) ? linked.hrefFor : undefined,
    };
    figures.push({
      id: 'top-institutions',
      title: 'Top institutions and organisations',
      note: `Papers per institution of the authors' addresses (or organisation on a Hugging Face card), a paper counted once per institution · ${formatNumber(institutions.known)} of ${plural(papers, 'paper')} name one`,
      takeaway: topListTakeaway(
        institutions.institutions.map((i) => ({ name: i.name, value: i.papers })),
        institutions,
        { thing: 'institution', verb: 'is on' },
      ),
      csv: {
        filename: `${slug}-top-institutions.csv`,
        header: ['institution', 'papers'],
        rows: institutions.institutions.map((i) => [i.name, i.papers]),
      },
      chart: (
        <RankedBarChart
          data={institutions.institutions.map((i) => ({
            key: i.name,
            label: i.name,
            value: i.papers,
            tip: `${i.name}: ${plural(i.papers, 'paper')}`,
          }))}
          label="Institutions with the most papers"
          emptyMessage="No paper in this selection names an institution."
          marginLeft={300}
          {...institutionLinks}
          linkLabel={(name) => `Filter to papers from ${name}`}
        />
      ),
    });
  }
  if (collab.known === 0) return { figures, countriesKnown: false };
  const header = ['country', 'papers', 'share', 'scp', 'mcp', 'mcp_ratio'];
  const rows = collab.countries.map((c) => [
    c.country,
    c.papers,
    csvNumber(c.share),
    c.scp,
    c.mcp,
    csvNumber(c.mcpRatio),
  ]);
  const note = `Country of the corresponding author, else of the first address naming one · ${formatNumber(collab.known)} of ${plural(papers, 'paper')} name a country${collab.unknown ? `, ${formatNumber(collab.unknown)} unknown left out` : ''}`;
  figures.push(
    {
      id: 'countries',
      title: 'Countries: single- and multiple-country papers',
      note: `${note} · SCP/MCP as bibliometrix reports them`,
      takeaway: countriesTakeaway(collab),
      csv: { filename: `${slug}-countries.csv`, header, rows: rows.slice(0, TOP_COUNTRIES) },
      chart: (
        <CountryCollaborationChart
          data={collab.countries.slice(0, TOP_COUNTRIES)}
          {...linksFor(links, 'country')}
        />
      ),
    },
    {
      id: 'world-map',
      title: 'Papers by country',
      note,
      takeaway: countrySpreadTakeaway(collab),
      csv: { filename: `${slug}-countries-map.csv`, header, rows },
      chart: <MapWithTable collab={collab} hrefFor={linksFor(links, 'country').hrefFor} />,
    },
  );
  return { figures, countriesKnown: true };
}
