import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authorIdentities, authorStatistics as referenceAuthors } from '@/lib/analyze/author-stats';
import { corpusStats as referenceStats } from '@/lib/analyze/corpus-stats';
import { filterPapers, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { termMovement as referenceMovement, trendUnit as referenceUnit } from '@/lib/analyze/term-movement';
import { selectRows, toPaperRow } from '@/lib/paper-row';
import { SORTABLE_COLUMNS, type ViewParams } from '@/lib/view-params';
import { CORPORA, HAS_CORPORA, parsedCorpus, referencePapers } from './reference';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-query-'));
process.env.PAPERSCOPE_DATA_DIR = dir;
const { createCorpus } = await import('@/lib/store/corpora');
const { tagCorpus } = await import('@/lib/store/tagging');
const { corpusStats } = await import('@/lib/query/corpus-stats');
const { termMovement, trendUnit } = await import('@/lib/query/term-movement');
const { authorStatistics } = await import('@/lib/query/author-statistics');
const { papersPage, selectedPapers } = await import('@/lib/query/papers-table');

async function allSelected(id: string, params: Pick<ViewParams, 'filter' | 'q' | 'sort'>) {
  const rows = [];
  for await (const chunk of selectedPapers(id, params)) rows.push(...chunk);
  return rows;
}

const SORTS: ViewParams['sort'][] = [
  null,
  ...SORTABLE_COLUMNS.flatMap((id) => [
    { id, desc: false },
    { id, desc: true },
  ]),
];

const SOURCES = ['wos/bibliometrix__RPT_papers.txt', 'hf-listing/distribution-matching-search.txt'];

describe.skipIf(!HAS_CORPORA)(`SQL statistics equal the reference functions (${CORPORA})`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const source of SOURCES) {
    it(`on ${source}`, async () => {
      const papers = parsedCorpus(source);
      const { id } = await createCorpus({ name: source, uploads: [], papers, problems: [], merged: 0 });
      await tagCorpus(id);
      const analyzed = referencePapers(papers);
      const reference = referenceStats(analyzed);
      const top = reference.topTerms;
      const years = reference.timeline.years.map((y) => y.period);
      const filters: PaperFilter[] = [
        NO_FILTER,
        { ...NO_FILTER, terms: top.slice(0, 1).map((t) => t.key) },
        { ...NO_FILTER, terms: top.slice(1, 3).map((t) => t.key) },
        { ...NO_FILTER, from: years.at(-2) ?? null, to: years.at(-1) ?? null },
        { ...NO_FILTER, authors: '3' },
        { ...NO_FILTER, authors: 'unknown' },
        { ...NO_FILTER, code: 'none' },
      ];
      const identities = authorIdentities(analyzed);
      for (const filter of filters) {
        const at = JSON.stringify(filter);
        const indices = filterPapers(analyzed, filter);
        const kept = indices.map((i) => analyzed[i] as (typeof analyzed)[number]);
        const stats = referenceStats(kept);
        expect(await corpusStats(id, filter), at).toEqual(stats);
        const unit = referenceUnit(kept);
        expect(await trendUnit(id, filter), at).toBe(unit);
        const keys = stats.topTerms.map((t) => t.key);
        for (const by of ['year', 'month'] as const) {
          expect(await termMovement(id, filter, keys, by), at).toEqual(referenceMovement(kept, keys, by));
        }
        const keptIdentities = {
          keys: indices.map((i) => identities.keys[i] ?? []),
          names: identities.names,
        };
        expect(await authorStatistics(id, filter), at).toEqual(referenceAuthors(kept, keptIdentities));
      }
      const rows = analyzed.map(toPaperRow);
      const searches = ['', top[0]?.label.split(' ')[0] ?? 'model', 'learning data', 'zzz-no-such-word'];
      for (const filter of filters.slice(0, 3)) {
        const filtered = filterPapers(analyzed, filter).map((i) => rows[i] as (typeof rows)[number]);
        for (const q of searches) {
          for (const sort of SORTS) {
            const at = JSON.stringify({ filter, q, sort });
            const expected = selectRows(filtered, { q, sort }).map(({ search: _s, ...row }) => row);
            expect(await allSelected(id, { filter, q, sort }), at).toEqual(expected);
          }
          const page = await papersPage(id, {
            filter,
            q,
            sort: { id: 'date', desc: true },
            page: 2,
            size: 10,
          });
          expect(page.selected).toBe(selectRows(filtered, { q, sort: null }).length);
        }
      }
    });
  }
});
