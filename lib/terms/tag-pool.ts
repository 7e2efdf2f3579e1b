import os from 'node:os';
import { createWorkerPool } from '../workers/pool.ts';
import type { ExtractedTerm } from './extract-terms.ts';

export interface TagPool {
  /** Workers in the pool. */
  readonly size: number;
  /** Tags texts on the next free worker; results in input order. Rejects if the worker dies (the pool replaces it). */
  tag(texts: readonly string[]): Promise<ExtractedTerm[][]>;
  close(): Promise<void>;
}

/** A batch as the worker receives it. */
export interface TagRequest {
  texts: readonly string[];
}

// A worker holds its own copy of the tagger's lexicon (about 100 MB): one idle this long is stopped, and the
// next batch starts it again.
const IDLE_MS = 30_000;

/** A pool of `size` workers (default: PAPERSCOPE_TAG_WORKERS if set, else os.availableParallelism()). */
export function createTagPool(options: { size?: number } = {}): TagPool {
  const workers = createWorkerPool<TagRequest, ExtractedTerm[][]>({
    worker: 'tag',
    size: options.size ?? defaultSize(),
    idleMs: IDLE_MS,
  });
  let closed = false;
  const pool: TagPool = {
    size: workers.size,
    tag(texts) {
      if (texts.length === 0 && !closed) return Promise.resolve([]);
      return workers.run({ texts });
    },
    async close() {
      closed = true;
      if (holder.paperscopeTagPool === pool) holder.paperscopeTagPool = undefined;
      await workers.close();
    },
  };
  return pool;
}

// One pool per process, shared by every bundle (pages and route handlers are bundled apart).
const holder = globalThis as unknown as { paperscopeTagPool?: TagPool };

/** One pool per process, created on first use, kept on globalThis (Next bundles pages and route handlers apart). */
export function getTagPool(): TagPool {
  holder.paperscopeTagPool ??= createTagPool();
  return holder.paperscopeTagPool;
}

function defaultSize(): number {
  const setting = process.env.PAPERSCOPE_TAG_WORKERS;
  if (setting === undefined || setting === '') return os.availableParallelism();
  const size = Number(setting);
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`PAPERSCOPE_TAG_WORKERS must be a positive integer, not "${setting}"`);
  }
  return size;
}
