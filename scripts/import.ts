/**
 * Imports files or folders from disk as one corpus, with a progress bar and no upload limit.
 *
 *   npm run import -- PATH… [--name NAME] [--format FORMAT] [--page-year YEAR]
 *
 * Uses the database under PAPERSCOPE_DATA_DIR (default ./.paperscope); stop the server that uses it first.
 * Progress goes to stderr; the last line on stdout is the result as JSON.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMAT_NAMES, type Format } from '@/lib/ingest/detect';
import { DatabaseInUse, dataDir } from '@/lib/store/database';
import { ImportRefused } from '@/lib/store/import-corpus';
import { type DiskProgress, importFromDisk } from '@/lib/store/import-disk';
import { getTagPool } from '@/lib/terms/tag-pool';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    format: { type: 'string' },
    'page-year': { type: 'string' },
  },
});

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (positionals.length === 0) {
  fail(
    `Usage: npm run import -- FILE_OR_FOLDER… [--name NAME] [--format ${Object.keys(FORMAT_NAMES).join('|')}]`,
  );
}
const format = values.format as Format | undefined;
if (format && !(format in FORMAT_NAMES))
  fail(`Unknown format "${format}": one of ${Object.keys(FORMAT_NAMES).join(', ')}.`);
const pageYear = values['page-year'] ? Number(values['page-year']) : undefined;
if (pageYear !== undefined && !Number.isInteger(pageYear)) fail('--page-year takes a year, like 2025.');
const name = values.name ?? path.basename(path.resolve(positionals[0] ?? 'corpus'));

const tty = process.stderr.isTTY;
let lastDraw = 0;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
function bar(share: number): string {
  const width = 24;
  const full = Math.round(Math.max(0, Math.min(1, share)) * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(share * 100)).padStart(3)}%`;
}
function draw(line: string, force = false) {
  const now = performance.now();
  if (!force && now - lastDraw < (tty ? 100 : 1000)) return;
  lastDraw = now;
  process.stderr.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
}
const number = (n: number) => n.toLocaleString('en-US');
let termsStart = 0;
let termsFrom = 0;

function show(progress: DiskProgress) {
  if (progress.stage === 'parsing') {
    draw(
      `Reading  ${bar(progress.bytes / Math.max(1, progress.totalBytes))} file ${progress.done + 1} of ${progress.files}: ${progress.file}`,
    );
  } else if (progress.stage === 'saving') {
    draw(`Saving   ${number(progress.papers)} papers…`, true);
  } else if (progress.stage === 'saved') {
    draw(
      `Saved    ${progress.corpus.name} (${progress.corpus.id}): ${number(progress.corpus.papers)} papers`,
      true,
    );
    if (tty) process.stderr.write('\n');
  } else if (progress.total > 0) {
    if (!termsStart) {
      termsStart = performance.now();
      termsFrom = progress.done;
    }
    const seconds = (performance.now() - termsStart) / 1000;
    const rate = seconds > 1 ? (progress.done - termsFrom) / seconds : 0;
    const left = rate > 0 ? Math.round((progress.total - progress.done) / rate) : null;
    draw(
      `Terms    ${bar(progress.done / Math.max(1, progress.total))} ${number(progress.done)} of ${number(progress.total)} papers` +
        (rate ? ` · ${number(Math.round(rate))}/s` : '') +
        (left !== null ? ` · ${Math.floor(left / 60)} min ${left % 60} s left` : ''),
      progress.done === progress.total,
    );
  }
}

try {
  const workers = getTagPool().size;
  process.stderr.write(
    `Importing into ${dataDir()} with ${workers} tagging worker${workers === 1 ? '' : 's'} (${availableParallelism()} CPUs)\n`,
  );
  const result = await importFromDisk(positionals, { name, format, pageYear }, show);
  if (tty) process.stderr.write('\n');
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  process.stderr.write(
    `Done: ${number(result.papers)} papers` +
      (result.merged ? `, ${number(result.merged)} duplicates merged` : '') +
      (result.problems.length ? `, ${number(result.problems.length)} problems (${errors} errors)` : '') +
      ` (read ${seconds(result.timings.parse)}, saved ${seconds(result.timings.save)}, terms ${seconds(result.timings.terms)}). Open /corpora/${result.corpus.id}\n`,
  );
  process.stdout.write(
    `${JSON.stringify({
      corpus: result.corpus,
      papers: result.papers,
      merged: result.merged,
      problems: result.problems.length,
      files: result.files.length,
      timings: result.timings,
      tagged: result.papers,
      workers,
    })}\n`,
  );
  await getTagPool().close();
  process.exit(0);
} catch (error) {
  if (tty) process.stderr.write('\n');
  if (error instanceof ImportRefused) {
    for (const problem of error.problems.filter((p) => p.fatal).slice(0, 20)) {
      process.stderr.write(`  ${problem.file}, line ${problem.line}: ${problem.message}\n`);
    }
    fail(error.message);
  }
  if (error instanceof DatabaseInUse) fail(`${error.message} Then run the import again.`);
  const message = (error as Error).message ?? String(error);
  fail(`The import failed: ${message}`);
}
