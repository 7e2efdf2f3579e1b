/**
 * Response time of the dashboard against a production build (run `next build` first).
 * Default: the shipped corpus: the first request (which imports it into a fresh database) and the steady state.
 * With `--import DIR`: uploads every file of DIR through the API as one corpus, reports the import (parsing,
 * term extraction, memory), re-imports the same files (terms come from the cache), then times that dashboard.
 *   npm run bench
 *   npm run bench -- --import ../shared/corpora/hf-daily-papers --requests 20
 * After the steady state it times filter changes: each of a set of filtered views (a term, a span, an authors
 * bin, a code status, all combined, a search), each round with values the server has not seen, then all of
 * them again (the server keeps the last filters of a view, as going back needs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  FILTER_KINDS,
  filtersOf,
  filterValues,
  fmt,
  importFiles,
  rssMiB,
  startServer,
  summary,
  type Timing,
  timed,
} from './server';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '40' },
    port: { type: 'string', default: '3210' },
    query: { type: 'string', default: '' },
    import: { type: 'string' },
  },
});
const requests = Number(values.requests);

const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-bench-'));
const server = await startServer(dataDir, Number(values.port));
const base = server.base;

try {
  let page = '/';
  if (values.import) {
    const first = await importFiles(base, values.import, 'bench import');
    console.log(`import of ${values.import}: ${first.papers} papers (${first.merged} duplicates merged)`);
    console.log(
      `  parsing ${fmt(first.timings.parse)}; term extraction ${fmt(first.timings.terms)}; ` +
        `saving ${fmt(first.timings.save)}; whole upload and import ${fmt(first.total)}`,
    );
    console.log(`  server memory after import: ${rssMiB(server.process.pid).toFixed(0)} MiB resident`);
    const again = await importFiles(base, values.import, 'bench re-import');
    console.log(
      `re-import of the same files: term extraction ${fmt(again.timings.terms)}, ` +
        `${again.cached} of ${again.papers} papers' terms from the cache; whole import ${fmt(again.total)}`,
    );
    page = first.url;
  }
  const url = `${base}${page}${values.query}`;
  const firstView = await timed(url);
  const times: Timing[] = [];
  for (let i = 0; i < requests; i++) times.push(await timed(url));
  console.log(`dashboard ${page}${values.query}: ${requests} steady-state requests`);
  console.log(
    `  first request${values.import ? '' : ' (fresh database: imports the shipped corpus)'}: ${fmt(firstView.total)}`,
  );
  console.log(summary(times));
  console.log(`  server memory: ${rssMiB(server.process.pid).toFixed(0)} MiB resident`);

  const stats = await filterValues(base, page === '/' ? 'default' : (page.split('/').pop() ?? ''));
  const fresh: Timing[] = [];
  const again: Timing[] = [];
  const rounds = Math.max(1, Math.round(requests / FILTER_KINDS.length));
  for (let round = 0; round < rounds; round++) {
    for (const filter of Object.values(filtersOf(stats, round)))
      fresh.push(await timed(`${base}${page}?${filter}`));
  }
  for (let round = 0; round < rounds; round++) {
    for (const filter of Object.values(filtersOf(stats, round)))
      again.push(await timed(`${base}${page}?${filter}`));
  }
  console.log(
    `filter changes, first time: ${fresh.length} requests over ${rounds} rounds of 7 kinds of view`,
  );
  console.log(summary(fresh));
  console.log(`the same filters again: ${again.length} requests`);
  console.log(summary(again));
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
