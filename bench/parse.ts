/**
 * Import parsing throughput, in MB/s of uploaded bytes (1 MB = 10^6 bytes):
 *   npx tsx bench/parse.ts [--rounds 3] [--repeat 3]
 * Inputs: the 415 Hugging Face daily-papers files once, then the set `rounds` times under distinct names
 * (≥ 100 MB; the repeats merge as duplicates), all their records as one compact JSON file (one line), and
 * one arXiv JSON-lines file of ≈ 60 MB made from the sample's records with distinct ids. Per stage
 * (decode, detect, parse, merge duplicates) the stages are timed one by one with the same functions
 * `parseFiles` calls; "overall" is `parseFiles` itself. Each figure is the fastest of `repeat` runs, by
 * wall clock and by CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { detectFormat, PARSERS } from '@/lib/ingest/detect';
import { mergeDuplicates } from '@/lib/ingest/merge-duplicates';
import { parseFiles } from '@/lib/ingest/parse-files';
import type { Paper } from '@/lib/model';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, repeat: { type: 'string', default: '3' } },
});
const rounds = Number(values.rounds);
const repeat = Number(values.repeat);

const root = fileURLToPath(new URL('..', import.meta.url));
const corpora = path.resolve(root, '../shared/corpora');

type Upload = { name: string; bytes: Uint8Array };

function hfDaily(): Upload[] {
  const dir = path.join(corpora, 'hf-daily-papers');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
}

/** Every record of the daily files in one JSON array on one line, as an API dump may come. */
function compactHfDaily(files: readonly Upload[]): Upload {
  const decoder = new TextDecoder();
  const records = files.flatMap((file) => {
    const value = JSON.parse(decoder.decode(file.bytes)) as unknown[] | { data: unknown[] };
    return Array.isArray(value) ? value : value.data;
  });
  return { name: 'hf-daily-compact.json', bytes: new TextEncoder().encode(JSON.stringify(records)) };
}

/** The sample's records repeated until `targetBytes`, each with its own arXiv id and DOI so none merge. */
function arxivLines(targetBytes: number): Upload {
  const dir = path.join(corpora, 'arxiv');
  const name = readdirSync(dir).find((file) => file.endsWith('.jsonl'));
  if (!name) throw new Error(`no .jsonl in ${dir}`);
  const records = readFileSync(path.join(dir, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const lines: string[] = [];
  let size = 0;
  for (let n = 0; size < targetBytes; n++) {
    const record = records[n % records.length] as Record<string, unknown>;
    // New-style ids `YYMM.NNNNN`: 9,000 months × 100,000 numbers are plenty.
    const id = `${String(1000 + Math.floor(n / 100_000)).padStart(4, '0')}.${String(n % 100_000).padStart(5, '0')}`;
    const doi = typeof record.doi === 'string' ? `${record.doi}.${n}` : record.doi;
    const line = JSON.stringify({ ...record, id, doi });
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return { name: 'arxiv-large.jsonl', bytes: new TextEncoder().encode(`${lines.join('\n')}\n`) };
}

function megabytes(files: readonly Upload[]): number {
  return files.reduce((sum, file) => sum + file.bytes.length, 0) / 1e6;
}

interface Timing {
  /** Wall-clock seconds of the fastest run. */
  wall: number;
  /** CPU seconds (user + system, all threads) of the run with the least: steadier on a busy machine. */
  cpu: number;
}

/** The value and the fastest of `repeat` runs: other load on the machine only slows a run down. */
function time<T>(run: () => T): [T, Timing] {
  const best: Timing = { wall: Number.POSITIVE_INFINITY, cpu: Number.POSITIVE_INFINITY };
  let value: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    value = run();
    const used = process.cpuUsage(cpu);
    best.wall = Math.min(best.wall, (performance.now() - start) / 1000);
    best.cpu = Math.min(best.cpu, (used.user + used.system) / 1e6);
  }
  return [value as T, best];
}

function rate(mb: number, { wall, cpu }: Timing): string {
  const perSecond = (seconds: number) => (mb / seconds).toFixed(1).padStart(7);
  return `${perSecond(wall)} MB/s wall (${wall.toFixed(2)} s)  ${perSecond(cpu)} MB/s CPU (${cpu.toFixed(2)} s)`;
}

function report(label: string, files: readonly Upload[]): void {
  const mb = megabytes(files);
  // Stages one by one, as parseFiles runs them; merge is over all papers of the input.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const [texts, decode] = time(() => files.map((file) => decoder.decode(file.bytes)));
  const [formats, detect] = time(() => texts.map((text, i) => detectFormat(text, files[i]?.name)));
  const [papers, parse] = time(() => {
    const all: Paper[] = [];
    texts.forEach((text, i) => {
      const format = formats[i];
      const file = files[i]?.name ?? '';
      if (format) for (const paper of PARSERS[format](text, { file }).papers) all.push(paper);
    });
    return all;
  });
  const [, merge] = time(() => mergeDuplicates(papers));
  const [result, overall] = time(() => parseFiles(files));

  console.log(
    `\n${label}: ${files.length} files, ${mb.toFixed(1)} MB → ${result.papers.length} papers ` +
      `(${result.merged} merged, ${result.problems.length} problems)`,
  );
  console.log(`  decode            ${rate(mb, decode)}`);
  console.log(`  detect            ${rate(mb, detect)}`);
  console.log(`  parse             ${rate(mb, parse)}`);
  console.log(`  merge duplicates  ${rate(mb, merge)}`);
  console.log(`  overall parseFiles${rate(mb, overall)}`);
}

const once = hfDaily();
// A short warm-up so the first figure is not mostly JIT compilation.
parseFiles(once.slice(0, 40));

report('hf-daily-papers, one pass', once);
const repeated = Array.from({ length: rounds }, (_, round) =>
  once.map((file) => ({ name: `round-${round + 1}/${file.name}`, bytes: file.bytes })),
).flat();
report(`hf-daily-papers ×${rounds}, distinct names`, repeated);
report('hf-daily-papers as one compact JSON file', [compactHfDaily(once)]);
report('arXiv JSON lines, one large file', [arxivLines(60e6)]);
