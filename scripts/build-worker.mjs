import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Each worker's entry point; lib/workers/pool.ts starts `.paperscope-build/<name>-worker.mjs`. */
export const WORKERS = {
  tag: 'lib/terms/tag-worker.ts',
  parse: 'lib/ingest/parse-worker.ts',
};

/** Where a worker's bundle goes, and the list of the files it was built from (to tell when it is stale). */
export function workerPaths(name, root = process.cwd()) {
  const file = path.join(root, '.paperscope-build', `${name}-worker.mjs`);
  return { file, inputs: `${file}.inputs.json` };
}

/** Writes aside and renames, so a process starting workers never reads a half-written file while another builds. */
function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/**
 * Bundles one worker's entry point and everything it imports into one ESM file that any Node process can start as
 * a worker, whether or not it can read TypeScript, and lists the files it was built from beside it. Returns the
 * bundle's absolute path.
 */
export async function buildWorker(name, root = process.cwd()) {
  const entry = WORKERS[name];
  if (!entry) throw new Error(`no worker named ${name}`);
  const { file, inputs } = workerPaths(name, root);
  const result = await build({
    entryPoints: [path.join(root, entry)],
    outfile: file,
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no ${name} worker`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeWhole(inputs, JSON.stringify(Object.keys(result.metafile.inputs)));
  writeWhole(file, output.contents);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of Object.keys(WORKERS)) {
    const file = await buildWorker(name);
    console.log(`${name} worker: ${path.relative(process.cwd(), file)}`);
  }
}
