/**
 * The tag pool's worker: one batch of texts in, their terms out, in order. Bundled into a plain ESM file by
 * `scripts/build-worker.mjs`, because neither `next start` nor a bundled route can load a TypeScript worker.
 */
import { serveJobs } from '../workers/serve.ts';
import { extractTerms } from './extract-terms.ts';
import type { TagRequest } from './tag-pool.ts';

serveJobs('tag-worker', ({ texts }: TagRequest) => ({ result: texts.map((text) => extractTerms(text)) }));
