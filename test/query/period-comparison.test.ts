import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { authorIdentities } from '@/lib/analyze/author-stats';
import { matchesFilter, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { comparisonWindows } from '@/lib/analyze/period-change';
import type { AnalyzedPaper } from '@/lib/model';
import { freshDataDir, importCorpus } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus, referencePapers } from './reference';

const dir = freshDataDir();

/** Which window a paper falls in, computed apart from the query: by month a year-only date is in none. */
function sideOf(paper: AnalyzedPaper, windows: NonNullable<ReturnType<typeof comparisonWindows>>) {
  if (!paper.date || (windows.unit === 'month' && paper.datePrecision === 'year')) return null;
  const period = paper.date.slice(0, windows.unit === 'month' ? 7 : 4);
  if (period >= windows.previous.from && period <= windows.previous.to) return 'previous';
  if (period >= windows.current.from && period <= windows.current.to) return 'current';
  return null;
}

async function check(source: string, filters: (papers: AnalyzedPaper[]) => PaperFilter[]) {
  const { tagCorpus } = await import('@/lib/store/tagging');
  const { periodComparison } = await import('@/lib/query/period-comparison');
  const papers = parsedCorpus(source);
  const id = await importCorpus(source, papers);
  await tagCorpus(id);
  const analyzed = referencePapers(papers);
  const identities = authorIdentities(analyzed);
  for (const filter of filters(analyzed)) {
    const at = `${source} ${JSON.stringify(filter)}`;
    const rest = analyzed
      .map((paper, i) => ({ paper, i }))
      .filter(({ paper }) => matchesFilter(paper, { ...filter, from: null, to: null }));
    const dated = rest.map(({ paper }) => paper).filter((p) => p.date);
    const dates = dated.map((p) => p.date ?? '').sort();
    const monthly = dated.filter((p) => p.datePrecision !== 'year').length * 2 >= dated.length;
    const windows = comparisonWindows(filter, {
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      monthly: dated.length > 0 && monthly,
    });
    const result = await periodComparison(id, filter);
    if (!windows) {
      expect(result, at).toBeNull();
      continue;
    }
    expect(result?.windows, at).toEqual(windows);
    if (!result) continue;

    const sides = { previous: [] as number[], current: [] as number[] };
    for (const { paper, i } of rest) {
      const side = sideOf(paper, windows);
      if (side) sides[side].push(i);
    }
    for (const side of ['previous', 'current'] as const) {
      const kept = sides[side].map((i) => analyzed[i] as AnalyzedPaper);
      const counts = kept.map((p) => p.authorCount).filter((n): n is number => n !== null && n > 0);
      const got = result[side];
      expect(got.papers, `${at} ${side}`).toBe(kept.length);
      expect(got.named, at).toBe(kept.filter((p) => p.authors.length > 0).length);
      expect(got.linked, at).toBe(kept.filter((p) => p.codeStatus === 'linked').length);
      expect(got.codeKnown, at).toBe(kept.filter((p) => p.codeStatus !== 'unknown').length);
      expect(got.authorsKnown, at).toBe(counts.length);
      if (counts.length)
        expect(got.authorsMean, at).toBeCloseTo(counts.reduce((a, b) => a + b, 0) / counts.length, 9);
      expect(got.first, at).toBe(kept.map((p) => p.date ?? '').sort()[0] ?? null);
    }

    // Term counts by window, each paper counting a term once; multi-word terms only, as the top terms.
    const termCounts = new Map<string, { before: number; after: number }>();
    for (const side of ['previous', 'current'] as const) {
      for (const i of sides[side]) {
        for (const key of new Set((analyzed[i]?.terms ?? []).map((t) => t.key))) {
          if (key.split(' ').length < 2) continue;
          const entry = termCounts.get(key) ?? { before: 0, after: 0 };
          if (side === 'previous') entry.before++;
          else entry.after++;
          termCounts.set(key, entry);
        }
      }
    }
    const change = ({ before, after }: { before: number; after: number }) =>
      after / Math.max(1, result.current.papers) - before / Math.max(1, result.previous.papers);
    for (const term of [...result.rose, ...result.fell]) {
      expect({ before: term.before, after: term.after }, `${at} ${term.key}`).toEqual(
        termCounts.get(term.key),
      );
    }
    // No term left out moved more than the last one shown.
    const eligible = [...termCounts].filter(([, c]) => c.before + c.after >= 5);
    const lastRose = result.rose.at(-1);
    if (lastRose && result.rose.length === 6) {
      const shown = new Set(result.rose.map((t) => t.key));
      for (const [key, c] of eligible) {
        if (!shown.has(key)) expect(change(c), `${at} ${key}`).toBeLessThanOrEqual(change(lastRose) + 1e-12);
      }
    }
    expect(result.rose.every((t) => change(t) > 0)).toBe(true);
    expect(result.fell.every((t) => change(t) < 0)).toBe(true);

    // New top authors: their papers in each window, by the matched identities.
    const authorCount = (key: string, side: 'previous' | 'current') =>
      sides[side].filter((i) => identities.keys[i]?.includes(key)).length;
    for (const author of result.newAuthors) {
      expect(author.before, `${at} ${author.name}`).toBe(authorCount(author.key, 'previous'));
      expect(author.after, `${at} ${author.name}`).toBe(authorCount(author.key, 'current'));
    }
  }
}

describe.skipIf(!HAS_CORPORA)(`periodComparison on the exports in ${CORPORA}`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts both windows of a listing by month, under no filter, a period and a term', async () => {
    await check('hf-listing/distribution-matching-search.txt', (papers) => {
      const term = papers.flatMap((p) => p.terms).find((t) => t.key.includes(' '))?.key;
      return [
        NO_FILTER,
        { ...NO_FILTER, from: '2025-01', to: '2025-06' },
        { ...NO_FILTER, from: '2024' },
        { ...NO_FILTER, terms: term ? [term] : [] },
        { ...NO_FILTER, code: 'none' },
      ];
    });
  }, 120_000);

  it('counts both windows of a Web of Science export by year', async () => {
    await check('wos/bibliometrix__RPT_papers.txt', () => [
      NO_FILTER,
      { ...NO_FILTER, from: '2010', to: '2012' },
      { ...NO_FILTER, authors: '3' },
    ]);
  }, 120_000);
});
