/**
 * The parse pool's worker: an upload's files in (their bytes handed over, not copied), what `parseFiles` makes of
 * them out, with the bytes handed back. Bundled into a plain ESM file by `scripts/build-worker.mjs`.
 */
import { buffersOf, serveJobs } from '../workers/serve.ts';
import { parseFiles } from './parse-files.ts';
import type { ParseRequest, ParseResult } from './parse-pool.ts';

serveJobs('parse-worker', ({ files, options }: ParseRequest, progress) => {
  const result = parseFiles(files, { ...options, onFile: progress });
  const bytes = files.map((file) => file.bytes);
  return { result: { result, bytes } satisfies ParseResult, transfer: buffersOf(bytes) };
});
