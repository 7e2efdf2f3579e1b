/**
 * One record can hold the server: posts a Hugging Face daily file whose first record has an abstract of `--mb`
 * megabytes (default 95), as the import page does, while readers keep requesting `GET /api/corpora` and the
 * shipped corpus's dashboard. Prints the import's time, how long the readers waited (p50, p95, max) from the post
 * until the new corpus's dashboard has been read, and that dashboard's status and size.
 *   npm run bench:huge-record -- --mb 20
 *   npm run bench:huge-record -- --mb 95 --port 3101
 *   npm run bench:huge-record -- --url http://127.0.0.1:3000   (a server already running)
 * Without `--url` it starts a production server (run `next build` first) on a fresh data dir. `--preview` asks
 * for the preview first, as the import page does before its import. `--dir DIR` posts the files of a folder
 * instead (a corpus of many records: npm run bench:huge-record -- --dir ../shared/corpora/hf-daily-papers).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  fmt,
  folderForm,
  projectRoot,
  quantile,
  type Server,
  startServer,
  untilTagged,
  watchMemory,
} from './server';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '95' },
    port: { type: 'string', default: '3210' },
    url: { type: 'string' },
    dir: { type: 'string' },
    preview: { type: 'boolean', default: false },
    // Between one reader's requests, as a person clicking does not hammer.
    pause: { type: 'string', default: '50' },
  },
});
const megabytes = Number(values.mb);
const pause = Number(values.pause);

const DAY = path.join(projectRoot, '../shared/corpora/hf-daily-papers/2025-03-04.json');

/** The day's records, the first with an abstract of `megabytes` MB of words. */
function hugeDay(): string {
  const days = JSON.parse(readFileSync(DAY, 'utf8')) as { paper: { summary: string } }[];
  const [record, ...rest] = days;
  if (!record) throw new Error(`${DAY} holds no record`);
  const words = 'distribution matching model reward alignment ';
  record.paper.summary = words.repeat(Math.ceil((megabytes * 1024 * 1024) / words.length));
  return JSON.stringify([record, ...rest.slice(0, 19)]);
}

interface Reader {
  path: string;
  waits: number[];
  failures: number;
}

/** Requests `path` again and again, `pause` ms apart, until told to stop. */
async function read(base: string, reader: Reader, until: { stopped: boolean }): Promise<void> {
  while (!until.stopped) {
    const start = performance.now();
    try {
      const response = await fetch(`${base}${reader.path}`);
      await response.arrayBuffer();
      if (!response.ok) reader.failures++;
    } catch {
      reader.failures++;
    }
    reader.waits.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

function spread(waits: number[]): string {
  const sorted = [...waits].sort((a, b) => a - b);
  return `p50 ${fmt(quantile(sorted, 0.5))}, p95 ${fmt(quantile(sorted, 0.95))}, max ${fmt(sorted.at(-1) ?? 0)}`;
}

/** Posts the upload with `?stream=1`; resolves at the last event, with the time the corpus was saved. */
async function importHuge(
  base: string,
  body: FormData,
): Promise<{ saved: number; last: Record<string, unknown> }> {
  const start = performance.now();
  const response = await fetch(`${base}/api/corpora?stream=1`, { method: 'POST', body });
  if (!response.ok || !response.body)
    throw new Error(`the import answered ${response.status}: ${await response.text()}`);
  let saved = Number.NaN;
  let last: Record<string, unknown> = {};
  let buffer = '';
  for await (const chunk of response.body.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      last = JSON.parse(line) as Record<string, unknown>;
      if (last.stage === 'saved') saved = performance.now() - start;
    }
  }
  return { saved, last };
}

let server: Server | undefined;
let dataDir: string | undefined;
let base = values.url?.replace(/\/$/, '');
if (!base) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-huge-'));
  server = await startServer(dataDir, Number(values.port));
  base = server.base;
}

try {
  // The shipped corpus imported, tagged and its dashboard rendered once, so the readers meet a warm server.
  await fetch(`${base}/api/corpora`);
  await untilTagged(base, 'default', true);
  await (await fetch(`${base}/`)).arrayBuffer();

  const upload = values.dir ? '' : hugeDay();
  const form = () => {
    if (values.dir)
      return folderForm(path.resolve(projectRoot, values.dir), `folder ${path.basename(values.dir)}`);
    const body = new FormData();
    body.set('name', `huge record ${megabytes} MB`);
    body.append('files', new Blob([upload]), 'huge.json');
    return body;
  };
  const readers: Reader[] = [
    { path: '/api/corpora', waits: [], failures: 0 },
    { path: '/', waits: [], failures: 0 },
  ];
  const until = { stopped: false };
  const memory = watchMemory(server?.process.pid);
  const reading = Promise.all(readers.map((reader) => read(base, reader, until)));

  const started = performance.now();
  let previewMs: number | undefined;
  if (values.preview) {
    const response = await fetch(`${base}/api/corpora?preview=1`, { method: 'POST', body: form() });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`the preview answered ${response.status}`);
    previewMs = performance.now() - started;
  }
  const posted = performance.now();
  const { saved, last } = await importHuge(base, form());
  const imported = performance.now() - posted;
  const corpus = last.corpus as { id: string; papers: number } | undefined;
  if (!corpus) throw new Error(`the import failed: ${JSON.stringify(last).slice(0, 500)}`);
  // Tagging goes on after the import answers when the client leaves early; the page is read once it is done.
  await untilTagged(base, corpus.id, true);
  const tagged = performance.now() - posted;
  const page = await fetch(`${base}/corpora/${corpus.id}`);
  const html = await page.arrayBuffer();
  until.stopped = true;
  await reading;
  const peak = memory.stop();

  const problems = (last.problems ?? []) as { message: string }[];
  const cut = problems.find((p) => /terms are extracted from the first/.test(p.message));
  console.log(
    values.dir
      ? `the files of ${values.dir}`
      : `one Hugging Face record with a ${megabytes} MB abstract (upload ${(upload.length / 1e6).toFixed(1)} MB)`,
  );
  if (previewMs !== undefined) console.log(`  preview: ${fmt(previewMs)}`);
  console.log(
    `  import: saved after ${fmt(saved)}, answered after ${fmt(imported)}; terms ready after ${fmt(tagged)}; ` +
      `${corpus.papers} papers${values.dir ? '' : `; cut warning: ${cut ? 'yes' : 'NO'}`}`,
  );
  for (const reader of readers) {
    console.log(
      `  reader GET ${reader.path}: ${reader.waits.length} requests, ${reader.failures} failed; wait ${spread(reader.waits)}`,
    );
  }
  console.log(
    `  all readers: ${spread(readers.flatMap((r) => r.waits))}; new dashboard: ${page.status}, ${(html.byteLength / 1024).toFixed(0)} KB`,
  );
  if (server) console.log(`  server memory: peak ${peak.toFixed(0)} MiB resident (with its workers)`);
} finally {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
