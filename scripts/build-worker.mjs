import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// lib/terms/tag-pool.ts looks for the worker at the same place.
const TAG_WORKER_FILE = '.paperscope-build/tag-worker.mjs';

/**
 * Bundles `lib/terms/tag-worker.ts` and compromise into one ESM file that any Node process can start as a worker,
 * whether or not it can read TypeScript. Returns the file's absolute path.
 */
export async function buildTagWorker(root = process.cwd()) {
  const outfile = path.join(root, TAG_WORKER_FILE);
  const result = await build({
    entryPoints: [path.join(root, 'lib/terms/tag-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no tag worker');
  mkdirSync(path.dirname(outfile), { recursive: true });
  // Written aside and renamed, so a process starting workers never reads a half-written file while another builds.
  const partial = `${outfile}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, output.contents);
  renameSync(partial, outfile);
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = await buildTagWorker();
  console.log(`tag worker: ${path.relative(process.cwd(), file)}`);
}
