/**
 * Where a filter change spends its time: every query a corpus page runs, timed one by one for a few filters not
 * asked before, on a data dir that already holds the corpus (imported with `npm run import`). No server: the
 * queries run in this process, on the same store and cache code the pages use.
 *   npm run bench:filters -- [--corpus ID] [--rounds 3]
 * with PAPERSCOPE_DATA_DIR pointing at the data dir.
 */
import { parseArgs } from 'node:util';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { authorStatistics } from '@/lib/query/author-statistics';
import { categoryCounts } from '@/lib/query/category-counts';
import { coauthorPairs } from '@/lib/query/coauthor-pairs';
import { corpusStats } from '@/lib/query/corpus-stats';
import { impactStatistics } from '@/lib/query/impact-statistics';
import { trendUnit } from '@/lib/query/paper-tally';
import { papersPage } from '@/lib/query/papers-table';
import { placeStatistics } from '@/lib/query/place-statistics';
import { sourceStatistics } from '@/lib/query/source-statistics';
import { termMovement } from '@/lib/query/term-movement';
import { getCorpora } from '@/lib/store/corpora';
import { dataDir } from '@/lib/store/database';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
const rounds = Number(values.rounds);

const corpora = await getCorpora();
const corpus = values.corpus ? corpora.find((c) => c.id === values.corpus) : corpora[0];
if (!corpus) {
  process.stderr.write(`No corpus ${values.corpus ?? ''} in ${dataDir()}.\n`);
  process.exit(1);
}
const id = corpus.id;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

const [whole] = await time(() => corpusStats(id, NO_FILTER));
const keys = whole.topTerms.map((t) => t.key);
const years = whole.timeline.years.map((y) => y.period);
const filters = (round: number): Record<string, { filter: PaperFilter; q?: string }> => ({
  term: { filter: { ...NO_FILTER, terms: [keys[round % keys.length] ?? ''] } },
  'year span': { filter: { ...NO_FILTER, from: years[round] ?? null, to: years[round + 1] ?? null } },
  'authors bin': { filter: { ...NO_FILTER, authors: String(1 + round) } },
  'code status': {
    filter: { ...NO_FILTER, code: (['linked', 'none', 'unknown'] as const)[round % 3] ?? null },
  },
  combined: {
    filter: {
      ...NO_FILTER,
      terms: [keys[round] ?? '', keys[round + 1] ?? ''],
      code: 'none',
      from: years[round] ?? null,
    },
  },
  search: { filter: NO_FILTER, q: keys[(round + 3) % keys.length] ?? 'model' },
});

process.stdout.write(`${corpus.name}: ${whole.summary.papers} papers, ${dataDir()}\n`);
process.stdout.write(
  'ms per part of a page, for a filter not asked before (parts share what an earlier one counted), and the CPU\n' +
    'time of the whole process over them, the database threads included\n',
);
for (let round = 0; round < rounds; round++) {
  for (const [kind, { filter, q = '' }] of Object.entries(filters(round))) {
    const parts: [string, number][] = [];
    const cpuBefore = process.cpuUsage();
    const [stats, statsMs] = await time(() => corpusStats(id, filter));
    const [unit, unitMs] = await time(() => trendUnit(id, filter));
    const [, movementMs] = await time(() => termMovement(id, filter, stats.topTerms, unit));
    parts.push(['stats', statsMs], ['unit', unitMs], ['movement', movementMs]);
    const sections: [string, () => Promise<unknown>][] = [
      ['authors', () => authorStatistics(id, filter)],
      ['coauthors', () => coauthorPairs(id, filter)],
      ['impact', () => impactStatistics(id, filter)],
      ['sources', () => sourceStatistics(id, filter)],
      ['places', () => placeStatistics(id, filter)],
      ['categories', () => categoryCounts(id, filter)],
      ['table', () => papersPage(id, { filter, q, sort: null, page: 1, size: 50 })],
    ];
    for (const [name, work] of sections) parts.push([name, (await time(work))[1]]);
    const cpu = process.cpuUsage(cpuBefore);
    const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
    const line = parts.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ');
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    process.stdout.write(`${kind.padEnd(12)} ${line}; total ${Math.round(total)}, CPU ${cpuMs}\n`);
  }
}
process.exit(0);
