/**
 * How Paperscope holds up as corpora grow: for each size, a synthetic corpus (bench/synthetic-corpus.ts) is
 * imported with the command-line importer into a data dir of its own, then a production server is started on
 * it and the dashboard timed: the first view after the restart, the steady state, first-time filter changes,
 * and the server's peak memory. Also tagging throughput with one worker against all, and the import of the
 * 415 shared Hugging Face files.
 *   npm run bench:scale
 *   npm run bench:scale -- --sizes 10000,100000 --keep ../bench-corpora --out scale.json
 * `--keep DIR` keeps the generated corpora there and reuses them on the next run. `--skip server,tagging,shared`
 * leaves parts out; `--no-build` uses the existing `next build`. `--data DIR --corpus ID` only times the dashboard of a
 * corpus already imported into DIR. Without the importer CLI (scripts/import.ts)
 * corpora go through `POST /api/corpora` instead (fine for 10k–100k, not for 1M: the upload is held in memory).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  childEnv,
  type FilterValues,
  filterValues,
  importFiles,
  projectRoot,
  quantile,
  type Server,
  startServer,
  timed,
  watchMemory,
} from './server';
import {
  loadSource,
  SHARED_HF_DAILY,
  type SyntheticMode,
  type SyntheticResult,
  writeSyntheticCorpus,
} from './synthetic-corpus';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    keep: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string', default: '3211' },
    requests: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '5' },
    'tag-sample': { type: 'string', default: '5000' },
    skip: { type: 'string', default: '' },
    'no-build': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    data: { type: 'string' },
    corpus: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes wants whole numbers: ${values.sizes}`);
const skip = new Set(values.skip.split(',').filter(Boolean));
const port = Number(values.port);
const requests = Number(values.requests);
const rounds = Number(values.rounds);
const seed = Number(values.seed);

// Up to 100k every text is new to the tagger; past that, texts come from a 10k pool, as in a corpus that
// shares most of its abstracts with corpora already imported.
const modeFor = (size: number): SyntheticMode => (size <= 100_000 ? 'fresh' : 'reuse');

const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const cli: string[] | null = packageJson.scripts.import
  ? ['npm', 'run', '--silent', 'import', '--']
  : existsSync(path.join(projectRoot, 'scripts/import.ts'))
    ? [path.join(projectRoot, 'node_modules/.bin/tsx'), 'scripts/import.ts']
    : null;
if (!cli) console.error('No importer CLI (scripts/import.ts): importing through POST /api/corpora instead.');

const workDir = values.keep
  ? path.resolve(values.keep)
  : mkdtempSync(path.join(tmpdir(), 'paperscope-scale-'));
mkdirSync(workDir, { recursive: true });
const dataDirs: string[] = [];
const freshDataDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-scale-data-'));
  dataDirs.push(dir);
  return dir;
};
const s = (ms: number) => Math.round(ms) / 1000;
const log = (message: string) => console.error(`[scale] ${message}`);

interface Generated extends Omit<SyntheticResult, 'ms'> {
  dir: string;
  mode: SyntheticMode;
  /** Seconds to write it; `null` when a kept one was reused. */
  seconds: number | null;
}

let source: ReturnType<typeof loadSource> | null = null;

/** The corpus folder for a size, written unless `--keep` already holds the same one. */
function corpusFor(size: number, mode: SyntheticMode, corpusSeed: number): Generated {
  const dir = path.join(workDir, `${mode}-${size}-seed${corpusSeed}`);
  // The marker sits beside the folder, so the importer never sees it, and is written last, so a cut-short
  // folder is written again.
  const marker = `${dir}.json`;
  if (existsSync(marker) && existsSync(dir)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as Omit<SyntheticResult, 'ms'>;
    log(`reusing ${dir} (${kept.papers} papers)`);
    return { ...kept, dir, mode, seconds: null };
  }
  rmSync(dir, { recursive: true, force: true });
  source ??= loadSource();
  log(`writing ${size} ${mode} papers to ${dir}`);
  const result = writeSyntheticCorpus(
    {
      dir,
      size,
      mode,
      seed: corpusSeed,
      onProgress: (papers, files) => {
        if (files % 200 === 0) log(`  ${papers} papers`);
      },
    },
    source,
  );
  const { ms, ...kept } = result;
  writeFileSync(marker, JSON.stringify(kept));
  log(
    `  ${(result.bytes / 1e6).toFixed(0)} MB in ${s(ms)} s (${Math.round(result.papers / (ms / 1000))} papers/s)`,
  );
  return { ...kept, dir, mode, seconds: s(ms) };
}

interface CliResult {
  corpus: { id: string; name: string; papers: number };
  timings: { parse: number; save: number; terms: number };
  tagged: number;
  workers: number;
}

interface Imported {
  corpusId: string;
  papers: number;
  /** Wall time of the whole import, process start to exit (or upload to answer), in seconds. */
  seconds: number;
  timings: CliResult['timings'];
  tagged: number | null;
  workers: number | null;
  /** Peak resident memory of the importer's process tree (the server's, through the API), MiB. */
  peakMiB: number;
}

/** Imports through the CLI contract: progress on stderr, the result as the last stdout line. */
async function importWithCli(
  command: string[],
  paths: string[],
  name: string,
  dataDir: string,
  env: Record<string, string | undefined>,
): Promise<Imported> {
  const [program, ...args] = command as [string, ...string[]];
  const start = performance.now();
  const child = spawn(program, [...args, ...paths, '--name', name], {
    cwd: projectRoot,
    env: childEnv({ ...env, PAPERSCOPE_DATA_DIR: dataDir }),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const memory = watchMemory(child.pid);
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const seconds = s(performance.now() - start);
  const peakMiB = memory.stop();
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0) throw new Error(`import of ${name} exited with ${code}: ${last.slice(0, 300)}`);
  const result = JSON.parse(last) as CliResult;
  return {
    corpusId: result.corpus.id,
    papers: result.corpus.papers,
    seconds,
    timings: result.timings,
    tagged: result.tagged,
    workers: result.workers,
    peakMiB,
  };
}

/** The same through the HTTP API, on a server of its own that is stopped afterwards. */
async function importWithApi(
  dir: string,
  name: string,
  dataDir: string,
  env: Record<string, string | undefined>,
): Promise<Imported> {
  const server = await startServer(dataDir, port, env);
  const memory = watchMemory(server.process.pid);
  try {
    const result = await importFiles(server.base, dir, name);
    return {
      corpusId: result.url.split('/').pop() ?? '',
      papers: result.papers,
      seconds: s(result.total),
      timings: result.timings,
      tagged: result.papers - result.cached,
      workers: null,
      peakMiB: memory.stop(),
    };
  } finally {
    memory.stop();
    await server.stop();
  }
}

function importCorpus(
  paths: string[],
  name: string,
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<Imported> {
  if (cli) return importWithCli(cli, paths, name, dataDir, env);
  const [dir] = paths;
  if (paths.length !== 1 || !dir) throw new Error('the API fallback imports one folder');
  return importWithApi(dir, name, dataDir, env);
}

const FILTER_KINDS = ['term', 'year span', 'authors bin', 'code status', 'combined', 'search'] as const;
type FilterKind = (typeof FILTER_KINDS)[number];

/** One query a kind of filter change, each round with values not asked before. */
function scaleFilters(v: FilterValues, round: number): Record<FilterKind, string> {
  const term = (rank: number) => encodeURIComponent(v.terms[rank % Math.max(1, v.terms.length)] ?? 'model');
  const year = (i: number) => v.years[Math.min(v.years.length - 1, i)] ?? '2024';
  const spanStart = round % Math.max(1, v.years.length - 1);
  const statuses = ['linked', 'none', 'unknown'];
  return {
    term: `term=${term(round)}`,
    'year span': `from=${year(spanStart)}&to=${year(spanStart + 1 + Math.floor(round / Math.max(1, v.years.length - 1)))}`,
    'authors bin': `authors=${1 + (round % 10)}`,
    // Three statuses; later rounds show them by year, so each request is still a view not seen before.
    'code status': `code=${statuses[round % 3]}${round >= 3 ? '&timeline=year' : ''}`,
    combined: `term=${term(round)}&term=${term(round + 1)}&code=none&from=${year(round)}`,
    search: `q=${term(round + 3)}`,
  };
}

interface Spread {
  p50: number;
  p95: number;
  n: number;
  /** Every time measured, each kind's in round order: the first of a kind pays for what no earlier request read. */
  ms: number[];
}

function spread(ms: number[]): Spread {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    n: ms.length,
    ms: ms.map(Math.round),
  };
}

interface Dashboard {
  /** Whole page, the first request after the server started. */
  firstViewMs: number;
  firstViewShellMs: number;
  steady: Spread;
  statsApiMs: number;
  filters: Record<FilterKind, Spread>;
  allFilters: Spread;
  /** Peak resident memory of the server over all of the above, MiB. */
  serverMaxRssMiB: number;
}

async function timeDashboard(dataDir: string, corpusId: string): Promise<Dashboard> {
  const server: Server = await startServer(dataDir, port);
  const memory = watchMemory(server.process.pid);
  try {
    const page = `${server.base}/corpora/${corpusId}`;
    const first = await timed(page);
    const steady: number[] = [];
    for (let i = 0; i < requests; i++) steady.push((await timed(page)).total);
    const statsStart = performance.now();
    const filterChoices = await filterValues(server.base, corpusId);
    const statsApiMs = performance.now() - statsStart;
    const byKind = Object.fromEntries(FILTER_KINDS.map((kind) => [kind, [] as number[]])) as Record<
      FilterKind,
      number[]
    >;
    for (let round = 0; round < rounds; round++) {
      for (const [kind, query] of Object.entries(scaleFilters(filterChoices, round)) as [
        FilterKind,
        string,
      ][]) {
        byKind[kind].push((await timed(`${page}?${query}`)).total);
      }
    }
    return {
      firstViewMs: Math.round(first.total),
      firstViewShellMs: Math.round(first.shell),
      steady: spread(steady),
      statsApiMs: Math.round(statsApiMs),
      filters: Object.fromEntries(FILTER_KINDS.map((kind) => [kind, spread(byKind[kind])])) as Record<
        FilterKind,
        Spread
      >,
      allFilters: spread(Object.values(byKind).flat()),
      serverMaxRssMiB: Math.round(memory.max()),
    };
  } finally {
    memory.stop();
    await server.stop();
  }
}

interface SizeResult {
  size: number;
  mode: SyntheticMode;
  corpus: { files: number; mb: number; texts: number; generateSeconds: number | null };
  import: Imported & { papersPerSecond: number };
  dashboard: Dashboard | null;
}

interface TaggingResult {
  papers: number;
  oneWorker: { papersPerSecond: number; termsMs: number; workers: number | null };
  allWorkers: { papersPerSecond: number; termsMs: number; workers: number | null };
  speedUp: number;
}

const results: {
  date: string;
  machine: { cpus: number; node: string };
  importer: 'cli' | 'api';
  sizes: SizeResult[];
  tagging: TaggingResult | null;
  sharedHfDaily: (Imported & { files: number }) | null;
} = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  importer: cli ? 'cli' : 'api',
  sizes: [],
  tagging: null,
  sharedHfDaily: null,
};

async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: projectRoot, env: childEnv({}), stdio: ['ignore', 2, 2] });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

if (values.data) {
  // Only the dashboard's times, on a data dir that already holds the corpus (imported with `npm run import`).
  if (!values.corpus) throw new Error('--data needs --corpus ID');
  if (!values['no-build']) await run('npm', ['run', 'build']);
  const dashboard = await timeDashboard(path.resolve(values.data), values.corpus);
  process.stdout.write(`${JSON.stringify(dashboard, null, 2)}\n`);
  process.exit(0);
}

try {
  if (!skip.has('server') && !values['no-build']) {
    log('npm run build');
    await run('npm', ['run', 'build']);
  }

  for (const size of sizes) {
    if (!cli && size > 200_000) {
      log(`skipping ${size}: without the CLI the upload would have to fit in memory`);
      continue;
    }
    const mode = modeFor(size);
    const corpus = corpusFor(size, mode, seed);
    const dataDir = freshDataDir();
    log(`importing ${corpus.papers} papers`);
    const imported = await importCorpus([corpus.dir], `scale ${mode} ${size}`, dataDir);
    const papersPerSecond = imported.papers / imported.seconds;
    log(
      `  ${imported.seconds} s (${Math.round(papersPerSecond)} papers/s), peak ${Math.round(imported.peakMiB)} MiB`,
    );
    const dashboard = skip.has('server') ? null : await timeDashboard(dataDir, imported.corpusId);
    if (dashboard) log(`  first view ${dashboard.firstViewMs} ms, steady p50 ${dashboard.steady.p50} ms`);
    results.sizes.push({
      size,
      mode,
      corpus: {
        files: corpus.files,
        mb: Math.round(corpus.bytes / 1e5) / 10,
        texts: corpus.texts,
        generateSeconds: corpus.seconds,
      },
      import: { ...imported, papersPerSecond: Math.round(papersPerSecond) },
      dashboard,
    });
    rmSync(dataDir, { recursive: true, force: true });
  }

  if (!skip.has('tagging')) {
    const sampleSize = Number(values['tag-sample']);
    // Another seed than the corpora's: the sample is new text even where a kept data dir could be reused.
    const sample = corpusFor(sampleSize, 'fresh', seed + 1);
    const once = async (workers: string | undefined) => {
      const dataDir = freshDataDir();
      log(`tagging ${sample.papers} papers with PAPERSCOPE_TAG_WORKERS=${workers ?? '(unset)'}`);
      const result = await importCorpus([sample.dir], `tagging ${workers ?? 'all'}`, dataDir, {
        PAPERSCOPE_TAG_WORKERS: workers,
      });
      rmSync(dataDir, { recursive: true, force: true });
      const tagged = result.tagged ?? result.papers;
      return {
        papersPerSecond: Math.round(tagged / (result.timings.terms / 1000)),
        termsMs: result.timings.terms,
        workers: result.workers,
      };
    };
    const oneWorker = await once('1');
    const allWorkers = await once(undefined);
    results.tagging = {
      papers: sample.papers,
      oneWorker,
      allWorkers,
      speedUp: Math.round((100 * allWorkers.papersPerSecond) / oneWorker.papersPerSecond) / 100,
    };
  }

  if (!skip.has('shared')) {
    if (!existsSync(SHARED_HF_DAILY)) {
      log(`skipping the shared files: ${SHARED_HF_DAILY} is absent`);
    } else {
      // The files, not the folder: MANIFEST.csv beside them is no corpus.
      const files = readdirSync(SHARED_HF_DAILY)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(SHARED_HF_DAILY, f));
      const dataDir = freshDataDir();
      log(`importing the ${files.length} shared Hugging Face files`);
      const imported = cli
        ? await importCorpus(files, 'shared hf-daily-papers', dataDir)
        : await importWithApi(SHARED_HF_DAILY, 'shared hf-daily-papers', dataDir, {});
      results.sharedHfDaily = { ...imported, files: files.length };
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  if (!values.keep) rmSync(workDir, { recursive: true, force: true });
}

console.log(table(results));
if (values.out) {
  writeFileSync(path.resolve(values.out), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${values.out}`);
}

function table(r: typeof results): string {
  const lines: string[] = [];
  const row = (cells: (string | number | null)[]) =>
    lines.push(
      cells.map((c, i) => String(c ?? '–')[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 26 : 12)).join(''),
    );
  const sizeName = (x: SizeResult) => `${x.size.toLocaleString('en')} ${x.mode}`;
  lines.push(
    `Paperscope scale benchmark, ${r.date.slice(0, 10)}, ${r.machine.cpus} CPUs, Node ${r.machine.node}, import via ${r.importer}`,
  );
  lines.push('');
  row([
    'corpus',
    'files',
    'MB',
    'texts',
    'gen s',
    'import s',
    'papers/s',
    'parse ms',
    'terms ms',
    'save ms',
    'imp MiB',
  ]);
  for (const x of r.sizes) {
    row([
      sizeName(x),
      x.corpus.files,
      x.corpus.mb,
      x.corpus.texts,
      x.corpus.generateSeconds,
      x.import.seconds,
      x.import.papersPerSecond,
      x.import.timings.parse,
      x.import.timings.terms,
      x.import.timings.save,
      Math.round(x.import.peakMiB),
    ]);
  }
  const withDashboard = r.sizes.filter((x) => x.dashboard);
  if (withDashboard.length > 0) {
    lines.push('');
    lines.push('dashboard, ms to the whole page (p50 / p95):');
    row(['corpus', 'first view', 'steady', 'stats API', 'filters', 'server MiB']);
    for (const x of withDashboard) {
      const d = x.dashboard as Dashboard;
      row([
        sizeName(x),
        d.firstViewMs,
        `${d.steady.p50}/${d.steady.p95}`,
        d.statsApiMs,
        `${d.allFilters.p50}/${d.allFilters.p95}`,
        d.serverMaxRssMiB,
      ]);
    }
    lines.push('');
    lines.push('filter changes, first time (p50 / p95 ms):');
    row(['corpus', ...FILTER_KINDS]);
    for (const x of withDashboard) {
      const d = x.dashboard as Dashboard;
      row([sizeName(x), ...FILTER_KINDS.map((k) => `${d.filters[k].p50}/${d.filters[k].p95}`)]);
    }
  }
  if (r.tagging) {
    const t = r.tagging;
    lines.push('');
    lines.push(
      `tagging ${t.papers} fresh papers: 1 worker ${t.oneWorker.papersPerSecond} papers/s, ` +
        `all (${t.allWorkers.workers ?? '?'} workers) ${t.allWorkers.papersPerSecond} papers/s, speed-up ${t.speedUp}×`,
    );
  }
  if (r.sharedHfDaily) {
    const h = r.sharedHfDaily;
    lines.push(
      `the ${h.files} shared Hugging Face files: ${h.papers} papers in ${h.seconds} s ` +
        `(parse ${h.timings.parse} ms, terms ${h.timings.terms} ms, save ${h.timings.save} ms), peak ${Math.round(h.peakMiB)} MiB`,
    );
  }
  return lines.join('\n');
}
