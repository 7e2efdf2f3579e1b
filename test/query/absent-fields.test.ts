import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { filterPapers } from '@/lib/analyze/filter-papers';
import type { Paper } from '@/lib/model';
import { filtersFor, freshDataDir, importCorpus } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus, referencePapers } from './reference';

const dir = freshDataDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each gives some optional fields and lacks others: venues and addresses (WoS), organisations instead of authors
// (the copied listing), arXiv categories, GitHub stars (the Hugging Face daily papers of a month).
const SOURCES: [string, (paper: Paper) => boolean][] = [
  ['wos/bibliometrix__RPT_papers.txt', () => true],
  ['hf-listing/distribution-matching-search.txt', () => true],
  ['arxiv', () => true],
  ['hf-daily-papers', (p) => (p.date ?? '') >= '2025-06-15' && (p.date ?? '') < '2025-07-15'],
];

const named = (value: string | null | undefined) => (value ?? '').trim() !== '';

/** Papers per value, most first, ties by value: as the queries order them. */
function countsOf(values: readonly string[]): { name: string; papers: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([name, papers]) => ({ name, papers }))
    .sort((a, b) => b.papers - a.papers || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

describe.skipIf(!HAS_CORPORA)(
  `impact counts, sources, places, categories and stars agree with the papers (${CORPORA})`,
  () => {
    for (const [source, keep] of SOURCES) {
      it(`on ${source}, under every filter`, async () => {
        const { tagCorpus } = await import('@/lib/store/tagging');
        const { corpusColumns } = await import('@/lib/query/corpus-columns');
        const { sourceStatistics } = await import('@/lib/query/source-statistics');
        const { placeStatistics } = await import('@/lib/query/place-statistics');
        const { categoryCounts } = await import('@/lib/query/category-counts');
        const { starDistribution } = await import('@/lib/query/star-distribution');
        const { impactSummary } = await import('@/lib/query/impact-summary');
        const { organisationCounts } = await import('@/lib/query/paper-tally');
        const { corpusStats } = await import('@/lib/query/corpus-stats');

        const papers = parsedCorpus(source).filter(keep);
        const id = await importCorpus(source, papers);
        await tagCorpus(id);
        const columns = await corpusColumns(id);
        expect(columns.venue).toBe(papers.filter((p) => p.venue !== null).length);
        expect(columns.stars).toBe(papers.filter((p) => p.githubStars !== null).length);
        expect(columns.category).toBe(papers.filter((p) => p.categories.length > 0).length);

        const analyzed = referencePapers(papers);
        for (const filter of filtersFor(analyzed)) {
          const at = `${source} ${JSON.stringify(filter)}`;
          const kept = filterPapers(analyzed, filter).map((i) => analyzed[i] as Paper);

          const sources = await sourceStatistics(id, filter);
          const venues = kept.filter((p) => named(p.venue)).map((p) => (p.venue ?? '').trim());
          expect(sources.counts.sources, at).toEqual(countsOf(venues));
          expect(sources.counts.unknown, at).toBe(kept.length - venues.length);
          for (const row of sources.production) {
            const expected = kept.filter(
              (p) => (p.venue ?? '').trim() === row.name && p.date?.slice(0, 4) === row.year,
            ).length;
            expect(row.papers, `${at} ${row.name} ${row.year}`).toBe(expected);
          }
          expect(sources.production.length > 0, at).toBe(kept.some((p) => named(p.venue) && p.date !== null));

          const places = await placeStatistics(id, filter);
          const institutions = kept.filter(
            (p) => named(p.organisation) || p.affiliations.some((a) => named(a.institution)),
          );
          expect(places.institutions.known, at).toBe(institutions.length);
          expect(places.institutions.unknown, at).toBe(kept.length - institutions.length);
          const placed = kept.filter(
            (p) => p.correspondingCountry !== null || p.affiliations.some((a) => a.country !== null),
          );
          expect(places.countries.unknown, at).toBe(kept.length - placed.length);
          expect(
            places.countries.countries.reduce((sum, c) => sum + c.papers, 0),
            at,
          ).toBe(placed.length);

          const categories = await categoryCounts(id, filter);
          const categorised = kept.filter((p) => p.categories.length > 0);
          expect(categories.unknown, at).toBe(kept.length - categorised.length);
          expect(countsOf(categories.rows.flatMap((r) => Array(r.papers).fill(r.category))), at).toEqual(
            countsOf(categorised.map((p) => p.categories[0] ?? '')),
          );

          const impact = await impactSummary(id, filter);
          const cited = kept.flatMap((p) => (p.citations === null ? [] : [p.citations]));
          const upvoted = kept.flatMap((p) => (p.upvotes === null ? [] : [p.upvotes]));
          expect(impact.papers, at).toBe(kept.length);
          expect([impact.citations.known, impact.citations.total], at).toEqual([
            cited.length,
            cited.reduce((sum, n) => sum + n, 0),
          ]);
          expect([impact.upvotes.known, impact.upvotes.unknown, impact.upvotes.total], at).toEqual([
            upvoted.length,
            kept.length - upvoted.length,
            upvoted.reduce((sum, n) => sum + n, 0),
          ]);
          const codeUnknown = (count: (p: Paper) => number | null) =>
            kept.filter((p) => count(p) !== null && p.codeStatus === 'unknown').length;
          expect(impact.codeUnknown, at).toEqual({
            citations: codeUnknown((p) => p.citations),
            upvotes: codeUnknown((p) => p.upvotes),
          });

          const stars = await starDistribution(id, filter);
          const linked = kept.filter((p) => p.codeStatus === 'linked');
          const starred = linked.filter((p) => p.githubStars !== null);
          expect(stars.known, at).toBe(starred.length);
          expect(stars.unknown, at).toBe(linked.length - starred.length);
          expect(stars.median === null, at).toBe(starred.length === 0);

          const organisations = await organisationCounts(id, filter);
          const stated = (await corpusStats(id, filter)).summary.organisations;
          expect(
            organisations.reduce((sum, o) => sum + o.papers, 0),
            at,
          ).toBe(kept.filter((p) => named(p.organisation)).length);
          expect(stated.length > 0 || !kept.some((p) => named(p.organisation)), at).toBe(true);
        }
      }, 120_000);
    }

    it('hold each field in one export and lack it in another, so both ways of answering are checked', () => {
      const gives: Record<string, (paper: Paper) => boolean> = {
        venue: (p) => named(p.venue),
        institution: (p) => p.affiliations.some((a) => named(a.institution)),
        category: (p) => p.categories.length > 0,
        stars: (p) => p.githubStars !== null,
        organisation: (p) => named(p.organisation),
        citations: (p) => p.citations !== null,
        upvotes: (p) => p.upvotes !== null,
      };
      const exports = SOURCES.map(([source, keep]) => parsedCorpus(source).filter(keep));
      for (const [field, given] of Object.entries(gives)) {
        const holding = exports.map((papers) => papers.some(given));
        expect([field, holding.includes(true), holding.includes(false)]).toEqual([field, true, true]);
      }
    });
  },
);
