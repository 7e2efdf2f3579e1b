/**
 * The tag pool's worker: one batch of texts in, their terms out, in order. Bundled into a plain ESM file by
 * `scripts/build-worker.mjs`, because neither `next start` nor a bundled route can load a TypeScript worker.
 */
import { parentPort } from 'node:worker_threads';
import { extractTerms } from './extract-terms.ts';
import type { TagReply, TagRequest } from './tag-pool.ts';

const port = parentPort;
if (!port) throw new Error('tag-worker runs only as a worker thread');

port.on('message', ({ texts }: TagRequest) => {
  let reply: TagReply;
  try {
    reply = { terms: texts.map((text) => extractTerms(text)) };
  } catch (error) {
    // A text the extractor cannot handle fails its batch, not the worker.
    reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
