/**
 * Time of the what-changed comparison (this period against the previous one) on an imported corpus, against the
 * headline statistics of the same filter for scale. Stop the server that uses the data directory first.
 *   PAPERSCOPE_DATA_DIR=.paperscope npm run bench:change -- CORPUS_ID [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { corpusStats } from '@/lib/query/corpus-stats';
import { periodComparison } from '@/lib/query/period-comparison';
import { getCorpus } from '@/lib/store/corpora';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '3' } },
});
const id = positionals[0];
if (!id) {
  process.stderr.write('Usage: npm run bench:change -- CORPUS_ID [--rounds N]\n');
  process.exit(1);
}
const corpus = await getCorpus(id);
if (!corpus) {
  process.stderr.write(`No corpus ${id} in ${process.env.PAPERSCOPE_DATA_DIR ?? '.paperscope'}\n`);
  process.exit(1);
}

const stats = await corpusStats(id, NO_FILTER);
const months = stats.timeline.months.map((m) => m.period);
const years = stats.timeline.years.map((y) => y.period);
const term = stats.topTerms[0]?.key;
const filters: [string, PaperFilter][] = [
  ['no filter (latest stretch)', NO_FILTER],
  ['the last six months', { ...NO_FILTER, from: months.at(-6) ?? null, to: months.at(-1) ?? null }],
  ['the last year', { ...NO_FILTER, from: years.at(-1) ?? null, to: years.at(-1) ?? null }],
  ['the top term', { ...NO_FILTER, terms: term ? [term] : [] }],
  ['linked code', { ...NO_FILTER, code: 'linked' }],
];

const ms = async (run: () => Promise<unknown>) => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(`${corpus.name}: ${corpus.papers.toLocaleString('en-US')} papers, ${values.rounds} rounds`);
for (const [name, filter] of filters) {
  const change: number[] = [];
  const headline: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    change.push(await ms(() => periodComparison(id, filter)));
    headline.push(await ms(() => corpusStats(id, filter)));
  }
  console.log(
    `  ${name.padEnd(28)} what changed ${median(change).toFixed(0).padStart(5)} ms · headline statistics ${median(headline).toFixed(0).padStart(5)} ms (medians)`,
  );
}
