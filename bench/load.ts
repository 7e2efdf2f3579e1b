/**
 * Many readers at once: `--clients` clients (default 50) each load the dashboard again and again for `--seconds`
 * (default 60) against a production build (run `next build` first), as a room does when a link is shared in a
 * meeting. Prints the median, p95 and max time to the whole page, pages per second, bytes per page and errors.
 *   npm run bench:load
 *   npm run bench:load -- --import ../shared/corpora/hf-daily-papers --data-dir .paperscope-bench-load
 * `--import DIR` loads that folder as one corpus first (once per `--data-dir`: a kept data dir is reused, so a
 * second run times the same corpus without importing it again) and waits until its terms are all extracted.
 * `--views filtered` spreads the clients over a few filtered views instead of all reading the same one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fmt, importFiles, projectRoot, quantile, startServer, untilTagged } from './server';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    port: { type: 'string', default: '3210' },
    import: { type: 'string' },
    'data-dir': { type: 'string' },
    views: { type: 'string', default: 'same' },
    warmup: { type: 'string', default: '5' },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);

const keep = values['data-dir'] !== undefined;
const dataDir = keep
  ? path.resolve(projectRoot, values['data-dir'] as string)
  : mkdtempSync(path.join(tmpdir(), 'paperscope-load-'));
const server = await startServer(dataDir, Number(values.port));
const base = server.base;

interface CorpusRow {
  id: string;
  name: string;
}

/** The corpus to read: the imported folder (imported now unless the data dir already holds it), or the shipped one. */
async function corpusPath(): Promise<string> {
  if (!values.import) return '/';
  const name = `load bench: ${path.basename(values.import)}`;
  const listed = (await (await fetch(`${base}/api/corpora`)).json()) as { corpora: CorpusRow[] };
  const known = listed.corpora.find((c) => c.name === name);
  if (known) return `/corpora/${known.id}`;
  const imported = await importFiles(base, path.resolve(projectRoot, values.import), name);
  console.log(`imported ${values.import}: ${imported.papers} papers in ${fmt(imported.total)}`);
  return imported.url;
}

/** A few filtered views of a corpus, read from its statistics. */
async function filteredViews(page: string, id: string): Promise<string[]> {
  const stats = (await (await fetch(`${base}/api/corpora/${id}/stats`)).json()) as {
    topTerms: { key: string }[];
    timeline: { years: { period: string }[] };
  };
  const term = (i: number) => encodeURIComponent(stats.topTerms[i]?.key ?? 'model');
  const year = stats.timeline.years.at(-1)?.period ?? '2025';
  return [
    page,
    `${page}?term=${term(0)}`,
    `${page}?term=${term(1)}`,
    `${page}?from=${year}-01&to=${year}-06`,
    `${page}?code=linked`,
    `${page}?authors=3`,
    `${page}?q=model&sort=date.desc`,
    `${page}?term=${term(2)}&timeline=year`,
  ];
}

/**
 * CPU time the server has used, in ms (user + system, from /proc; Linux counts it in 1/100 s). On a machine other
 * people share, CPU per page holds where response times do not.
 */
function serverCpuMs(): number {
  const stat = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Result {
  ms: number;
  bytes: number;
  ok: boolean;
}

async function load(url: string): Promise<Result> {
  const start = performance.now();
  try {
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    return { ms: performance.now() - start, bytes: body.byteLength, ok: response.ok };
  } catch {
    return { ms: performance.now() - start, bytes: 0, ok: false };
  }
}

try {
  const page = await corpusPath();
  const id = page === '/' ? 'default' : (page.split('/').pop() as string);
  await untilTagged(base, id);
  const urls = values.views === 'filtered' ? await filteredViews(page, id) : [page];
  // Each view once, then a few rounds alone: the load measures a server past its first requests.
  for (let i = 0; i < Number(values.warmup); i++) for (const url of urls) await load(`${base}${url}`);

  const results: Result[] = [];
  const cpuBefore = serverCpuMs();
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = client; performance.now() < end; n += clients) {
        results.push(await load(`${base}${urls[n % urls.length]}`));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const cpu = serverCpuMs() - cpuBefore;
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const errors = results.filter((r) => !r.ok).length;
  const bytes = results.filter((r) => r.ok).map((r) => r.bytes);
  const meanKB = bytes.reduce((sum, b) => sum + b, 0) / Math.max(1, bytes.length) / 1024;
  console.log(
    `\n${clients} clients for ${seconds} s reading ${urls.length === 1 ? page : `${urls.length} views of ${page}`}`,
  );
  console.log(
    `  ${results.length} pages, ${errors} errors: median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, ` +
      `max ${fmt(times.at(-1) ?? 0)}; ${(results.length / elapsed).toFixed(1)} pages/s; ${meanKB.toFixed(0)} KB a page`,
  );
  console.log(
    `  server CPU ${(cpu / Math.max(1, results.length)).toFixed(1)} ms a page (${(cpu / 1000 / elapsed).toFixed(2)} of the machine's CPUs busy on average)`,
  );
} finally {
  await server.stop();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
}
