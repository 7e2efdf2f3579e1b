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
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '40' },
    port: { type: 'string', default: '3210' },
    query: { type: 'string', default: '' },
    import: { type: 'string' },
  },
});
const requests = Number(values.requests);
const base = `http://127.0.0.1:${values.port}`;

function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
}

async function waitForServer(server: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error('next start exited');
    try {
      await fetch(`${base}/icon.svg`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('next start did not answer within 30 s');
}

interface Timing {
  /** Until the headline numbers, main charts and table have arrived (the slower sections stream after). */
  shell: number;
  /** Until the whole page has arrived. */
  total: number;
}

// The papers table closes the part of the page sent before the deferred sections.
const SHELL_MARKER = 'id="papers-title"';

async function timed(url: string): Promise<Timing> {
  const start = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
  const decoder = new TextDecoder();
  let body = '';
  let shell = Number.NaN;
  for await (const chunk of response.body) {
    body += decoder.decode(chunk, { stream: true });
    if (Number.isNaN(shell) && body.includes(SHELL_MARKER)) shell = performance.now() - start;
  }
  if (!body.includes('Top terms')) throw new Error(`${url} did not render the dashboard`);
  return { shell, total: performance.now() - start };
}

function summary(times: Timing[]): string {
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${fmt(quantile(sorted, 0.5))}, p95 ${fmt(quantile(sorted, 0.95))}, max ${fmt(sorted.at(-1) ?? 0)}`;
  };
  return (
    `  main view (tiles, charts, table): ${spread(times.map((t) => t.shell))}\n` +
    `  whole page (with trends and authors): ${spread(times.map((t) => t.total))}`
  );
}

const fmt = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

interface ImportTimes {
  timings: { parse: number; terms: number; save: number };
  total: number;
  papers: number;
  merged: number;
  cached: number;
  url: string;
}

/** Uploads the files with `?stream=1`; the last event carries the server's stage timings. */
async function importFiles(dir: string, name: string): Promise<ImportTimes> {
  const form = new FormData();
  form.set('name', name);
  for (const file of readdirSync(dir)
    .filter((f) => !f.endsWith('.md') && !f.endsWith('.csv'))
    .sort()) {
    form.append('files', new Blob([readFileSync(path.join(dir, file))]), file);
  }
  const start = performance.now();
  const response = await fetch(`${base}/api/corpora?stream=1`, { method: 'POST', body: form });
  const events = (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const last = events.at(-1);
  if (typeof last?.url !== 'string') throw new Error(`import failed: ${JSON.stringify(last).slice(0, 300)}`);
  const lastTerms = events.filter((e) => e.stage === 'terms').at(-1);
  return { ...last, cached: Number(lastTerms?.cached ?? 0), total: performance.now() - start };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-bench-'));
const server = spawn(
  process.execPath,
  ['node_modules/next/dist/bin/next', 'start', '-p', values.port, '-H', '127.0.0.1'],
  {
    env: { ...process.env, PAPERSCOPE_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  },
);

try {
  await waitForServer(server);
  let page = '/';
  if (values.import) {
    const first = await importFiles(values.import, 'bench import');
    console.log(`import of ${values.import}: ${first.papers} papers (${first.merged} duplicates merged)`);
    console.log(
      `  parsing ${fmt(first.timings.parse)}; term extraction ${fmt(first.timings.terms)}; ` +
        `saving ${fmt(first.timings.save)}; whole upload and import ${fmt(first.total)}`,
    );
    console.log(`  server memory after import: ${rssMiB(server.pid).toFixed(0)} MiB resident`);
    const again = await importFiles(values.import, 'bench re-import');
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
  console.log(`  server memory: ${rssMiB(server.pid).toFixed(0)} MiB resident`);

  const stats = (await (
    await fetch(`${base}/api/corpora/${page === '/' ? 'default' : page.split('/').pop()}/stats`)
  ).json()) as {
    topTerms: { key: string }[];
    timeline: { years: { period: string }[] };
  };
  const term = (rank: number) => encodeURIComponent(stats.topTerms[rank % stats.topTerms.length]?.key ?? '');
  const first = stats.timeline.years[0]?.period ?? '2024';
  const last = stats.timeline.years.at(-1)?.period ?? '2025';
  const statuses = ['linked', 'none', 'unknown'];
  // Seven kinds of view, each round with other values: every request of a round is a state not seen before.
  const filtersOf = (round: number) => [
    `term=${term(round)}`,
    `from=${last}-0${1 + round}&to=${last}-0${4 + round}`,
    `authors=${3 + round}`,
    `code=${statuses[round % 3]}`,
    `term=${term(round)}&term=${term(round + 1)}&code=none&from=${first}`,
    `q=model+${round}&sort=authors.desc`,
    `term=${term(round + 2)}&timeline=year&page=2`,
  ];
  const fresh: Timing[] = [];
  const again: Timing[] = [];
  const rounds = Math.max(1, Math.round(requests / 7));
  for (let round = 0; round < rounds; round++) {
    for (const filter of filtersOf(round)) fresh.push(await timed(`${base}${page}?${filter}`));
  }
  for (let round = 0; round < rounds; round++) {
    for (const filter of filtersOf(round)) again.push(await timed(`${base}${page}?${filter}`));
  }
  console.log(
    `filter changes, first time: ${fresh.length} requests over ${rounds} rounds of 7 kinds of view`,
  );
  console.log(summary(fresh));
  console.log(`the same filters again: ${again.length} requests`);
  console.log(summary(again));
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
