import { geoEqualEarth, geoPath, max, scaleSqrt } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { EmptyChart } from '@/components/charts/empty-chart';
import { plural } from '@/lib/format';
import { memoOn } from '@/lib/memo-on';

/** Papers of a country, keyed by its ISO 3166-1 numeric code as Natural Earth's map is. */
export interface CountryPapers {
  /** ISO 3166-1 numeric code, three digits (`380`). */
  id: string;
  name: string;
  papers: number;
}

export interface WorldMapProps {
  data: readonly CountryPapers[];
  width?: number;
  /** What each country's count is, for the legend and tooltips (`papers by corresponding author`). */
  measure?: string;
  /** Where clicking a country with papers goes (a filter), by its name; no links without it. */
  hrefFor?: (name: string) => string;
}

type CountryFeature = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
// Antarctica has no papers and takes a sixth of the height.
const ANTARCTICA = '010';
const LEGEND_HEIGHT = 30;

function countries(): CountryFeature[] {
  return memoOn(topology, 'countries', () =>
    (
      feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
    ).features.filter((f) => f.id !== ANTARCTICA),
  );
}

/** Shapes of the countries fitted to a width, once per width. */
function shapes(width: number): { paths: { id: string; name: string; d: string }[]; height: number } {
  return memoOn(topology, `paths:${width}`, () => {
    const all = countries();
    const collection: FeatureCollection = { type: 'FeatureCollection', features: all };
    const projection = geoEqualEarth().fitWidth(width, collection);
    const path = geoPath(projection).digits(1);
    const [[, top], [, bottom]] = path.bounds(collection);
    projection.translate([projection.translate()[0], projection.translate()[1] - top]);
    return {
      paths: all.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? '' })),
      height: Math.ceil(bottom - top),
    };
  });
}

/** A choropleth of papers per country on Natural Earth's 1:110m map (world-atlas), shaded by the square root of papers. */
export function WorldMap({ data, width = 640, measure = 'papers', hrefFor }: WorldMapProps) {
  if (data.length === 0) return <EmptyChart message="No paper in this selection names a country." />;
  const { paths, height: mapHeight } = shapes(width);
  const height = mapHeight + LEGEND_HEIGHT;
  const byId = new Map(data.map((d) => [d.id, d]));
  const most = max(data, (d) => d.papers) ?? 1;
  const shade = scaleSqrt([0, most], [0.12, 1]);
  const steps = [...new Set([1, Math.round(most / 16), Math.round(most / 4), most])].filter((v) => v >= 1);
  // Countries on the list that the map does not draw (too small at this scale) are said below it.
  const drawn = new Set(paths.map((p) => p.id));
  const missing = data.filter((d) => !drawn.has(d.id));

  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`World map of ${measure} by country`}
      className="chart"
    >
      <g className="map-countries">
        {paths.map((p) => {
          const d = byId.get(p.id);
          if (d) {
            const shape = (
              <path
                key={p.id}
                d={p.d}
                className="map-country"
                fillOpacity={Math.round(shade(d.papers) * 100) / 100}
                data-country={d.name}
                data-tip={`${d.name}: ${plural(d.papers, 'paper')}`}
              />
            );
            return hrefFor ? (
              <a key={p.id} href={hrefFor(d.name)} aria-label={`Filter to papers from ${d.name}`}>
                {shape}
              </a>
            ) : (
              shape
            );
          }
          return (
            <path key={p.id} d={p.d} className="map-country map-empty" data-tip={`${p.name}: no papers`} />
          );
        })}
      </g>
      <g className="legend" transform={`translate(0,${mapHeight + 12})`}>
        <text y={10}>papers:</text>
        {steps.map((step, i) => (
          <g key={step} transform={`translate(${56 + i * 64},0)`}>
            <rect
              className="map-country"
              width={14}
              height={12}
              fillOpacity={Math.round(shade(step) * 100) / 100}
              rx={2}
            />
            <text x={19} y={10}>
              {step.toLocaleString('en-US')}
            </text>
          </g>
        ))}
        {missing.length ? (
          <text x={56 + steps.length * 64 + 10} y={10}>
            not drawn at this scale:{' '}
            {missing.length > 3
              ? `${missing
                  .slice(0, 2)
                  .map((m) => m.name)
                  .join(', ')} and ${missing.length - 2} more`
              : missing.map((m) => m.name).join(', ')}
          </text>
        ) : null}
      </g>
    </svg>
  );
}
