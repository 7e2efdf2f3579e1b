import { LotkaChart } from '@/components/charts/lotka-chart';
import { TopAuthorsChart } from '@/components/charts/top-authors-chart';
import { ChartCard } from '@/components/ui/chart-card';
import { StatTile } from '@/components/ui/stat-tile';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber, formatPercent } from '@/lib/format';
import { getAuthorStatistics } from '@/lib/query/views';

export interface AuthorsSectionProps {
  corpusId: string;
  filter: PaperFilter;
  slug: string;
  /** The link that shows the view with the filter changed. */
  hrefFor?: (filter: PaperFilter) => string;
}

/** Who writes the corpus, where the sources name authors: top authors, team size over time, Lotka's law. */
export async function AuthorsSection({ corpusId, filter, slug, hrefFor }: AuthorsSectionProps) {
  const { top, single, teams, law } = await getAuthorStatistics(corpusId, filter);
  const papers = top.known + top.unknown;
  if (top.known === 0) {
    return (
      <section className="section card section-note" aria-labelledby="authors-title">
        <h2 id="authors-title">Who writes it</h2>
        <p>
          The sources of these {formatNumber(papers)} papers give author counts only, not names, so top
          authors and Lotka's law cannot be computed. Authors per paper is shown above.
        </p>
      </section>
    );
  }
  const teamYears = teams.years.filter((y) => y.mean !== null);
  const firstTeam = teamYears[0];
  const lastTeam = teamYears.at(-1);

  return (
    <section className="section" aria-labelledby="authors-title">
      <h2 id="authors-title" className="section-title">
        Who writes it
      </h2>
      <div className="tiles">
        <StatTile
          label="Single-author papers"
          value={formatPercent(single.share)}
          detail={
            single.known
              ? `${formatNumber(single.single)} of ${formatNumber(single.known)} papers with a known author count` +
                (single.unknown ? ` · ${formatNumber(single.unknown)} unknown` : '')
              : 'no paper states its author count'
          }
        />
        <StatTile
          label="Authors per paper over time"
          value={
            firstTeam && lastTeam && firstTeam !== lastTeam
              ? `${formatNumber(firstTeam.mean)} → ${formatNumber(lastTeam.mean)}`
              : formatNumber(lastTeam?.mean ?? null)
          }
          detail={
            firstTeam && lastTeam
              ? `mean in ${firstTeam.year}${firstTeam === lastTeam ? '' : ` and in ${lastTeam.year}`}; ${formatNumber(teams.known)} papers with a known count`
              : 'no dated paper states its author count'
          }
        />
        <StatTile
          label="Distinct authors"
          value={top.known ? formatNumber(top.distinct) : 'unknown'}
          detail={
            top.known
              ? `named on ${formatNumber(top.known)} papers` +
                (top.unknown ? ` · ${formatNumber(top.unknown)} papers give no names` : '')
              : 'the sources give author counts only, not names'
          }
        />
      </div>
      <div className="charts">
        <ChartCard
          id="top-authors"
          title="Top authors"
          note={
            top.known
              ? `Papers per author (full counting), names matched across spellings; ${formatNumber(top.known)} of ${formatNumber(papers)} papers name their authors`
              : 'No paper in this selection names its authors'
          }
          csv={{
            filename: `${slug}-top-authors.csv`,
            header: ['author', 'papers'],
            rows: top.authors.map((a) => [a.name, a.papers]),
          }}
        >
          <TopAuthorsChart
            data={top}
            active={filter.author}
            hrefFor={hrefFor && ((key) => hrefFor({ ...filter, author: filter.author === key ? null : key }))}
          />
        </ChartCard>
        <ChartCard
          id="lotka"
          title="Lotka's law"
          note={
            law.beta === null
              ? 'Authors by number of papers written: too few distinct counts to fit'
              : `Authors by papers written: fitted β = ${law.beta.toFixed(2)}, C = ${formatNumber(law.c, 3)}, R² = ${formatNumber(law.r2, 2)}` +
                (law.pValue === null ? '' : `; against β = 2, KS p = ${law.pValue.toFixed(2)}`)
          }
          csv={{
            filename: `${slug}-lotka.csv`,
            header: ['papers_written', 'authors', 'share', 'fitted_share', 'inverse_square_share'],
            rows: law.distribution.map((row) => [
              row.papers,
              row.authors,
              Number(row.share.toFixed(5)),
              row.fitted === null ? null : Number(row.fitted.toFixed(5)),
              row.theoretical === null ? null : Number(row.theoretical.toFixed(5)),
            ]),
          }}
        >
          <LotkaChart data={law} />
        </ChartCard>
      </div>
    </section>
  );
}
