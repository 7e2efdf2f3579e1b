import { CountryCollaborationChart } from '@/components/charts/country-collaboration-chart';
import { RankedBarChart } from '@/components/charts/ranked-bar-chart';
import { WorldMap } from '@/components/charts/world-map';
import { ChartCard } from '@/components/ui/chart-card';
import { countryCollaboration } from '@/lib/analyze/country-collaboration';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { countriesTakeaway, countrySpreadTakeaway, topListTakeaway } from '@/lib/analyze/impact-takeaways';
import { formatNumber, formatPercent, plural } from '@/lib/format';
import { countryCodes } from '@/lib/ingest/countries';
import { getPlaceStatistics } from '@/lib/query/views';

export interface PlacesSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
}

const TOP_COUNTRIES = 15;
const MAP_TABLE_ROWS = 12;

/** Which institutions and countries produce the papers: top institutions, SCP/MCP by country, a world map. */
export async function PlacesSection({ corpusId, filter, slug }: PlacesSectionProps) {
  const { institutions, countries: lead } = await getPlaceStatistics(corpusId, filter);
  const papers = institutions.known + institutions.unknown;
  const collab = countryCollaboration(lead.countries, lead.unknown);
  if (institutions.known === 0 && collab.known === 0) {
    return (
      <section className="section card section-note" aria-labelledby="places-title">
        <h2 id="places-title">Who produces it</h2>
        <p>
          None of these {formatNumber(papers)} papers gives its authors' affiliations or an organisation, so
          institutions and countries are unknown.
        </p>
      </section>
    );
  }
  const top = collab.countries.slice(0, TOP_COUNTRIES);
  const mapped = collab.countries.flatMap((c) => {
    const codes = countryCodes(c.country);
    return codes?.numeric ? [{ id: codes.numeric, name: c.country, papers: c.papers }] : [];
  });
  const countryRows = collab.countries.map((c) => [
    c.country,
    c.papers,
    Number(c.share.toFixed(4)),
    c.scp,
    c.mcp,
    Number(c.mcpRatio.toFixed(4)),
  ]);
  const countryHeader = ['country', 'papers', 'share', 'scp', 'mcp', 'mcp_ratio'];
  const countryNote = `Country of the corresponding author, else of the first address naming one · ${formatNumber(collab.known)} of ${plural(papers, 'paper')} name a country${collab.unknown ? `, ${formatNumber(collab.unknown)} unknown left out` : ''}`;

  return (
    <section className="section" aria-labelledby="places-title">
      <h2 id="places-title" className="section-title">
        Who produces it
      </h2>
      <div className="charts">
        <ChartCard
          id="top-institutions"
          title="Top institutions and organisations"
          note={`Papers per institution of the authors' addresses (or organisation on a Hugging Face card), a paper counted once per institution · ${formatNumber(institutions.known)} of ${plural(papers, 'paper')} name one`}
          takeaway={topListTakeaway(
            institutions.institutions.map((i) => ({ name: i.name, value: i.papers })),
            institutions,
            { thing: 'institution', verb: 'is on' },
          )}
          csv={{
            filename: `${slug}-top-institutions.csv`,
            header: ['institution', 'papers'],
            rows: institutions.institutions.map((i) => [i.name, i.papers]),
          }}
        >
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
          />
        </ChartCard>
        {collab.known ? (
          <ChartCard
            id="countries"
            title="Countries: single- and multiple-country papers"
            note={`${countryNote} · SCP/MCP as bibliometrix reports them`}
            takeaway={countriesTakeaway(collab)}
            csv={{
              filename: `${slug}-countries.csv`,
              header: countryHeader,
              rows: countryRows.slice(0, TOP_COUNTRIES),
            }}
          >
            <CountryCollaborationChart data={top} />
          </ChartCard>
        ) : (
          <p className="card section-note">
            No paper in this selection names its authors' countries: countries and the world map need author
            addresses (as Web of Science, Scopus and OpenAlex exports give).
          </p>
        )}
      </div>
      {collab.known ? (
        <ChartCard
          id="world-map"
          title="Papers by country"
          note={countryNote}
          takeaway={countrySpreadTakeaway(collab)}
          csv={{ filename: `${slug}-countries-map.csv`, header: countryHeader, rows: countryRows }}
        >
          <div className="map-with-table">
            <WorldMap data={mapped} measure="papers by corresponding author's country" />
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
                    <td>{formatPercent(c.share)}</td>
                    <td>{formatPercent(c.mcpRatio)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ChartCard>
      ) : null}
    </section>
  );
}
