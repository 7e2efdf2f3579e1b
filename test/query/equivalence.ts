import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import {
  type AuthorIdentities,
  authorIdentities,
  compare,
  authorStatistics as referenceAuthors,
  topAuthors,
} from '@/lib/analyze/author-stats';
import { corpusStats as referenceStats } from '@/lib/analyze/corpus-stats';
import { filterPapers, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { termMovement as referenceMovement, trendUnit as referenceUnit } from '@/lib/analyze/term-movement';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { selectRows, toPaperRow, toTableRow } from '@/lib/paper-row';
import { SORTABLE_COLUMNS, type ViewParams } from '@/lib/view-params';
import { referencePapers, referenceWeights } from './reference';

/** A fresh data directory for this test file's database; set before any store module loads. */
export function freshDataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-query-'));
  process.env.PAPERSCOPE_DATA_DIR = dir;
  return dir;
}

/** Stores `papers` as a corpus with no uploads nor problems, as an import would, and gives its id. */
export async function importCorpus(name: string, papers: Paper[]): Promise<string> {
  const { createCorpus } = await import('@/lib/store/corpora');
  return (await createCorpus({ name, uploads: [], papers, problems: [], merged: 0 })).id;
}

const PLACE_SORTS = new Set<string>(['citations', 'upvotes', 'stars', 'venue', 'institution']);

const SORTS: ViewParams['sort'][] = [
  null,
  ...SORTABLE_COLUMNS.flatMap((id) => [
    { id, desc: false },
    { id, desc: true },
  ]),
];

/** Filters that exercise every part of the WHERE clause on a corpus: terms, a span, author bins, code status. */
export function filtersFor(analyzed: readonly AnalyzedPaper[]): PaperFilter[] {
  const stats = referenceStats(analyzed);
  const top = stats.topTerms;
  const years = stats.timeline.years.map((y) => y.period);
  const months = stats.timeline.months.map((m) => m.period);
  return [
    NO_FILTER,
    { ...NO_FILTER, terms: top.slice(0, 1).map((t) => t.key) },
    { ...NO_FILTER, terms: top.slice(1, 3).map((t) => t.key) },
    { ...NO_FILTER, from: years.at(-2) ?? null, to: years.at(-1) ?? null },
    { ...NO_FILTER, from: months.at(-3) ?? null },
    { ...NO_FILTER, authors: '3' },
    { ...NO_FILTER, authors: '11–20' },
    { ...NO_FILTER, authors: 'unknown' },
    { ...NO_FILTER, code: 'none' },
    { ...NO_FILTER, code: 'unknown', terms: top.slice(0, 1).map((t) => t.key), to: years.at(-1) ?? null },
    ...placeFilters(analyzed),
  ];
}

/** The most frequent of some values, or `fallback` (which matches nothing) when there is none. */
function mostFrequent(values: readonly (string | null)[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? fallback;
}

/** Venue (in another case), institution, country, category and author filters, on the corpus's most frequent. */
function placeFilters(analyzed: readonly AnalyzedPaper[]): PaperFilter[] {
  const affiliations = analyzed.flatMap((p) => p.affiliations);
  const venue = mostFrequent(
    analyzed.map((p) => p.venue),
    'No Such Venue',
  );
  const institution = mostFrequent(
    affiliations.map((a) => a.institution),
    'No Such Institution',
  );
  const country = mostFrequent(
    affiliations.map((a) => a.country),
    'Atlantis',
  );
  const category = mostFrequent(
    analyzed.flatMap((p) => p.categories),
    'no.such',
  );
  const author = mostFrequent(authorIdentities(analyzed).keys.flat(), 'no such author');
  return [
    { ...NO_FILTER, venue: venue.toUpperCase() },
    { ...NO_FILTER, institution: institution.toLowerCase() },
    { ...NO_FILTER, country },
    { ...NO_FILTER, category },
    { ...NO_FILTER, author },
  ];
}

/**
 * Imports `papers` into the store, lets tagging finish, and checks that every SQL statistic, the table's pages
 * and its export equal what the pure reference functions give for the same papers, under several filters.
 */
export async function expectSqlEqualsReference(
  name: string,
  papers: Paper[],
  settings?: { stopTerms: string[]; merges: { from: string; to: string }[] },
): Promise<string> {
  const { tagCorpus } = await import('@/lib/store/tagging');
  const { setTermSettings } = await import('@/lib/store/term-settings');
  const { corpusStats } = await import('@/lib/query/corpus-stats');
  const { termMovement } = await import('@/lib/query/term-movement');
  const { trendUnit } = await import('@/lib/query/paper-tally');
  const { authorStatistics } = await import('@/lib/query/author-statistics');
  const { coauthorPairs } = await import('@/lib/query/coauthor-pairs');
  const { papersPage, selectedPapers } = await import('@/lib/query/papers-table');

  const id = await importCorpus(name, papers);
  await tagCorpus(id);
  if (settings) {
    await setTermSettings(id, settings);
  }
  const analyzed = referencePapers(papers, settings);
  const weights = referenceWeights(papers, settings);
  const identities = authorIdentities(analyzed);
  const filters = filtersFor(analyzed);
  for (const filter of filters) {
    const at = `${name} ${JSON.stringify(filter)}`;
    const indices = filterPapers(analyzed, filter);
    const kept = indices.map((i) => analyzed[i] as AnalyzedPaper);
    const stats = referenceStats(kept, { termRanking: 'relevance', weights });
    const counted = await corpusStats(id, filter);
    expect(counted, at).toEqual(stats);
    expect(await corpusStats(id, filter, { termRanking: 'frequency' }), at).toEqual(
      referenceStats(kept, { termRanking: 'frequency' }),
    );
    expect(await trendUnit(id, filter), at).toBe(referenceUnit(kept));
    const keys = stats.topTerms.map((t) => t.key);
    for (const unit of ['year', 'month'] as const) {
      expect(await termMovement(id, filter, counted.topTerms, unit), `${at} ${unit}`).toEqual(
        referenceMovement(kept, keys, unit),
      );
    }
    const keptIdentities = { ...identities, keys: indices.map((i) => identities.keys[i] ?? []) };
    expect(await authorStatistics(id, filter), at).toEqual(referenceAuthors(kept, keptIdentities));
    const pairs = await coauthorPairs(id, filter);
    expect({ ...pairs, pairs: [...pairs.pairs].sort(byPair) }, at).toEqual(
      referencePairs(kept, keptIdentities),
    );
  }

  const rows = analyzed.map(toPaperRow);
  const word = referenceStats(analyzed).topTerms[0]?.label.split(' ')[0] ?? 'model';
  for (const filter of filters.slice(0, 3)) {
    const filtered = filterPapers(analyzed, filter).map((i) => rows[i] as (typeof rows)[number]);
    for (const q of ['', word, 'learning data', 'zzz-no-such-word']) {
      // The impact and place sorts read no search text: once, without a search, is enough.
      for (const sort of q ? SORTS.filter((s) => !s || !PLACE_SORTS.has(s.id)) : SORTS) {
        const expected = selectRows(filtered, { q, sort }).map(({ search: _s, ...row }) => row);
        const selected = [];
        for await (const chunk of selectedPapers(id, { filter, q, sort })) selected.push(...chunk);
        expect(selected, `${name} ${JSON.stringify({ filter, q, sort })}`).toEqual(expected);
        const page = await papersPage(id, { filter, q, sort, page: 2, size: 10 });
        const last = Math.max(1, Math.ceil(expected.length / 10));
        expect(page.selected).toBe(expected.length);
        expect(page.rows).toEqual(
          expected.slice((Math.min(2, last) - 1) * 10, Math.min(2, last) * 10).map(toTableRow),
        );
      }
    }
  }
  return id;
}

const byPair = (a: { source: string; target: string }, b: { source: string; target: string }) =>
  compare(a.source, b.source) || compare(a.target, b.target);

/** The 30 top authors and the papers each two of them share, counted paper by paper. */
function referencePairs(kept: readonly AnalyzedPaper[], identities: AuthorIdentities) {
  const top = topAuthors(kept, { limit: 30, identities }).authors;
  const ranked = new Set(top.map((a) => a.key));
  const shared = new Map<string, { source: string; target: string; papers: number }>();
  for (const keys of identities.keys) {
    const mine = [...new Set(keys)].filter((key) => ranked.has(key)).sort();
    for (const [i, source] of mine.entries()) {
      for (const target of mine.slice(i + 1)) {
        const pair = shared.get(`${source}\u0000${target}`) ?? { source, target, papers: 0 };
        pair.papers++;
        shared.set(`${source}\u0000${target}`, pair);
      }
    }
  }
  return {
    nodes: top.map(({ key, name, papers }) => ({ key, label: name || key, papers })),
    pairs: [...shared.values()].sort(byPair),
  };
}
