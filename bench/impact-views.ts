/**
 * Time of the impact, sources, places, co-author and category statistics, computed afresh (no view cache), on a
 * corpus imported into a data dir of its own (papers only: these statistics read no terms).
 *   npm run bench:impact -- PATH… [--runs 5]
 * Prints each statistic's median time over the runs, for the whole corpus and under two filters.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '5' } },
});
const runs = Number(values.runs);
const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-impact-bench-'));
process.env.PAPERSCOPE_DATA_DIR = dataDir;

const { NO_FILTER } = await import('@/lib/analyze/filter-papers');
const { parseFiles } = await import('@/lib/ingest/parse-files');
const { createCorpus } = await import('@/lib/store/corpora');
const { impactStatistics } = await import('@/lib/query/impact-statistics');
const { sourceStatistics } = await import('@/lib/query/source-statistics');
const { placeStatistics } = await import('@/lib/query/place-statistics');
const { coauthorPairs } = await import('@/lib/query/coauthor-pairs');
const { categoryCounts } = await import('@/lib/query/category-counts');

function files(target: string): { name: string; bytes: Uint8Array }[] {
  if (!statSync(target).isDirectory()) return [{ name: path.basename(target), bytes: readFileSync(target) }];
  return readdirSync(target)
    .filter((name) => /\.(json|txt|csv|bib|ris|jsonl)$/i.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(target, name)) }));
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

try {
  const started = performance.now();
  const parsed = parseFiles(positionals.flatMap(files));
  const { id } = await createCorpus({
    name: 'bench',
    uploads: [],
    papers: parsed.papers,
    problems: [],
    merged: 0,
  });
  console.log(
    `${parsed.papers.length} papers imported in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const years = parsed.papers
    .map((p) => p.date?.slice(0, 4))
    .filter((y): y is string => !!y)
    .sort();
  const lastYear = years.at(-1) ?? null;
  const filters = [
    ['whole corpus', NO_FILTER],
    ['code: linked', { ...NO_FILTER, code: 'linked' as const }],
    [`from ${lastYear}`, { ...NO_FILTER, from: lastYear }],
  ] as const;
  const statistics = [
    ['impact', impactStatistics],
    ['sources', sourceStatistics],
    ['places', placeStatistics],
    ['co-authors', coauthorPairs],
    ['categories', categoryCounts],
  ] as const;
  for (const [label, filter] of filters) {
    const parts: string[] = [];
    for (const [name, statistic] of statistics) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const t = performance.now();
        await statistic(id, filter);
        times.push(performance.now() - t);
      }
      parts.push(`${name} ${median(times).toFixed(0)} ms`);
    }
    console.log(`${label}: ${parts.join(' · ')}`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
