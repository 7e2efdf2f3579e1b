/**
 * Term extraction throughput: in process, on a pool of 1 worker, and on a pool of os.availableParallelism()
 * workers, over the same real texts (title + abstract from ../shared/corpora/hf-daily-papers).
 *   npx tsx bench/tag-pool.ts
 *   npx tsx bench/tag-pool.ts --texts 4000 --batch 25
 * Workers start before the clock does: a warm-up batch per worker loads compromise in each.
 * "cores busy" is the process's CPU time (all threads) over wall time: below the worker count, the workers
 * waited for a CPU (other load on the machine), which the load average at the top also shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFiles } from '../lib/ingest/parse-files.ts';
import { termText } from '../lib/store/text-hash.ts';
import { extractTerms } from '../lib/terms/extract-terms.ts';
import { createTagPool } from '../lib/terms/tag-pool.ts';

const { values } = parseArgs({
  options: {
    texts: { type: 'string', default: '2000' },
    batch: { type: 'string', default: '50' },
  },
});
const count = Number(values.texts);
const batchSize = Number(values.batch);

// Read through the project's parser, as an import would: the daily files change shape over time.
const dir = path.resolve('../shared/corpora/hf-daily-papers');
const texts: string[] = [];
for (const name of readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { papers } = parseFiles([{ name, bytes: readFileSync(path.join(dir, name)) }]);
  texts.push(...papers.map(termText));
  if (texts.length >= count) break;
}
texts.length = Math.min(texts.length, count);
const batches: string[][] = [];
for (let i = 0; i < texts.length; i += batchSize) batches.push(texts.slice(i, i + batchSize));
const warmUp = texts.slice(0, 5);

interface Run {
  /** Wall time, ms. */
  ms: number;
  /** CPU time of the whole process, every thread, ms. */
  cpuMs: number;
}

async function timed(work: () => Promise<void> | void): Promise<Run> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

function report(label: string, { ms, cpuMs }: Run, baseline?: number): number {
  const rate = (texts.length / ms) * 1000;
  const speedUp = baseline === undefined ? '' : `  ×${(rate / baseline).toFixed(2)} vs 1 worker`;
  console.log(
    `${label.padEnd(20)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${rate.toFixed(0).padStart(5)} texts/s  ` +
      `${(cpuMs / ms).toFixed(2)} cores busy${speedUp}`,
  );
  return rate;
}

async function timePool(size: number): Promise<Run> {
  const pool = createTagPool({ size });
  const startUp = performance.now();
  await Promise.all(Array.from({ length: size }, () => pool.tag(warmUp)));
  console.log(
    `  (${size} worker${size === 1 ? '' : 's'} started in ${(performance.now() - startUp).toFixed(0)} ms)`,
  );
  const run = await timed(async () => {
    await Promise.all(batches.map((batch) => pool.tag(batch)));
  });
  await pool.close();
  return run;
}

const parallelism = os.availableParallelism();
console.log(
  `${texts.length} texts in ${batches.length} batches of ≤${batchSize}; availableParallelism ${parallelism}; ` +
    `load average ${os.loadavg()[0]?.toFixed(2)}; node ${process.version}`,
);

for (const text of warmUp) extractTerms(text);
report(
  'in process',
  await timed(() => {
    for (const text of texts) extractTerms(text);
  }),
);

const single = report('pool of 1 worker', await timePool(1));
if (parallelism > 1) report(`pool of ${parallelism} workers`, await timePool(parallelism), single);
