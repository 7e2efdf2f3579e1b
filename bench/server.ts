/** What the benchmarks share: a production server on a data dir of their own, timed page loads, summaries. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project root, whatever the working directory. */
export const projectRoot = path.resolve(import.meta.dirname, '..');

export interface Server {
  process: ChildProcess;
  base: string;
  stop(): Promise<void>;
}

/** This process's environment with `extra` on top; an `undefined` value removes the variable. */
export function childEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** `next start` (run `next build` first) on its own data dir; resolves once it answers. */
export async function startServer(
  dataDir: string,
  port: number,
  env: Record<string, string | undefined> = {},
): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: projectRoot,
      env: childEnv({ ...env, PAPERSCOPE_DATA_DIR: dataDir }),
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const server: Server = {
    process: child,
    base,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
  try {
    await waitForServer(child, base);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitForServer(server: ChildProcess, base: string): Promise<void> {
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

/** Resident memory of one process, in MiB. */
export function rssMiB(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  // A process that is exiting has no resident set left to report.
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Resident memory of a process and all its descendants, in MiB (npm, tsx and worker processes count too). */
export function treeRssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name is in parentheses and may hold spaces: the parent pid is the 2nd field after it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [pid];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    try {
      total += rssMiB(next);
    } catch {
      continue;
    }
    pending.push(...(children.get(next) ?? []));
  }
  return total;
}

/** Samples a process tree's memory until stopped; `max` is the peak seen so far. */
export function watchMemory(pid: number | undefined, everyMs = 250): { max(): number; stop(): number } {
  let max = 0;
  const sample = () => {
    max = Math.max(max, treeRssMiB(pid));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    max: () => {
      sample();
      return max;
    },
    stop: () => {
      clearInterval(timer);
      return max;
    },
  };
}

export interface Timing {
  /** Until the headline numbers, main charts and table have arrived (the slower sections stream after). */
  shell: number;
  /** Until the whole page has arrived. */
  total: number;
}

// The papers table closes the part of the page sent before the deferred sections.
const SHELL_MARKER = 'id="papers-title"';

export async function timed(url: string): Promise<Timing> {
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

export function summary(times: Timing[]): string {
  const spread = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${fmt(quantile(sorted, 0.5))}, p95 ${fmt(quantile(sorted, 0.95))}, max ${fmt(sorted.at(-1) ?? 0)}`;
  };
  return (
    `  main view (tiles, charts, table): ${spread(times.map((t) => t.shell))}\n` +
    `  whole page (with trends and authors): ${spread(times.map((t) => t.total))}`
  );
}

export const fmt = (ms: number) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;

/** The q-quantile of ascending values (nearest rank). */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

export interface ImportTimes {
  timings: { parse: number; terms: number; save: number };
  total: number;
  papers: number;
  merged: number;
  cached: number;
  url: string;
}

/** The files of a folder (not its README or CSV notes) as the import page sends them, in name order. */
export function folderForm(dir: string, name: string): FormData {
  const form = new FormData();
  form.set('name', name);
  for (const file of readdirSync(dir)
    .filter((f) => !f.endsWith('.md') && !f.endsWith('.csv'))
    .sort()) {
    form.append('files', new Blob([readFileSync(path.join(dir, file))]), file);
  }
  return form;
}

/** Uploads the files with `?stream=1`; the last event carries the server's stage timings. */
export async function importFiles(base: string, dir: string, name: string): Promise<ImportTimes> {
  const form = folderForm(dir, name);
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

/** Waits until every paper of a corpus has its terms, so a bench meets the corpus as its readers will. */
export async function untilTagged(base: string, id: string, quiet = false): Promise<void> {
  for (;;) {
    const stats = (await (await fetch(`${base}/api/corpora/${id}/stats`)).json()) as {
      tagging: { done: number; total: number } | null;
    };
    if (!stats.tagging) return;
    if (!quiet)
      process.stdout.write(`\rterms extracted for ${stats.tagging.done} of ${stats.tagging.total} papers`);
    await new Promise((resolve) => setTimeout(resolve, quiet ? 250 : 2000));
  }
}

/** What the dashboard's filters can be set to, read from the corpus statistics. */
export interface FilterValues {
  terms: string[];
  years: string[];
}

export async function filterValues(base: string, corpusId: string): Promise<FilterValues> {
  const response = await fetch(`${base}/api/corpora/${corpusId}/stats`);
  if (!response.ok) throw new Error(`stats of ${corpusId} answered ${response.status}`);
  const stats = (await response.json()) as {
    topTerms: { key: string }[];
    timeline: { years: { period: string }[] };
  };
  return { terms: stats.topTerms.map((t) => t.key), years: stats.timeline.years.map((y) => y.period) };
}

export const FILTER_KINDS = ['term', 'span', 'authors', 'code', 'combined', 'search', 'term page 2'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

/** One query string a kind of filtered view, each round with values the server has not seen yet. */
export function filtersOf(values: FilterValues, round: number): Record<FilterKind, string> {
  const term = (rank: number) => encodeURIComponent(values.terms[rank % values.terms.length] ?? '');
  const first = values.years[0] ?? '2024';
  const last = values.years.at(-1) ?? '2025';
  const statuses = ['linked', 'none', 'unknown'];
  return {
    term: `term=${term(round)}`,
    span: `from=${last}-0${1 + round}&to=${last}-0${4 + round}`,
    authors: `authors=${3 + round}`,
    code: `code=${statuses[round % 3]}`,
    combined: `term=${term(round)}&term=${term(round + 1)}&code=none&from=${first}`,
    search: `q=model+${round}&sort=authors.desc`,
    'term page 2': `term=${term(round + 2)}&timeline=year&page=2`,
  };
}
