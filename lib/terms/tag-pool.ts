import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/** The worker's answer to one batch. */
export type TagReply = { terms: ExtractedTerm[][] } | { error: string };

interface Batch {
  texts: readonly string[];
  resolve(terms: ExtractedTerm[][]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The batch the worker is tagging; none while idle. */
  batch: Batch | undefined;
  /** Ends the worker once it has been idle a while. */
  idle?: ReturnType<typeof setTimeout>;
}

// A worker holds its own copy of the tagger's lexicon (about 100 MB): one idle this long is stopped, and the
// next batch starts it again.
const IDLE_MS = 30_000;

// scripts/build-worker.mjs writes the bundle here.
const WORKER_FILE = '.paperscope-build/tag-worker.mjs';

/** A pool of `size` workers (default: PAPERSCOPE_TAG_WORKERS if set, else os.availableParallelism()). */
export function createTagPool(options: { size?: number } = {}): TagPool {
  const size = options.size ?? defaultSize();
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`tag pool size must be a positive integer: ${size}`);
  }
  const queue: Batch[] = [];
  const slots = new Set<Slot>();
  let starting = 0;
  let closed = false;

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.batch) continue;
      const batch = queue.shift();
      if (!batch) return;
      send(slot, batch);
    }
    // Workers start only when batches wait for them: a 16-core pool that tags one batch loads compromise once.
    while (starting < queue.length && slots.size + starting < size) spawn();
  }

  function send(slot: Slot, batch: Batch): void {
    clearTimeout(slot.idle);
    slot.batch = batch;
    // Referenced while busy, so a script awaiting its batch does not exit under it.
    slot.worker.ref();
    slot.worker.postMessage({ texts: batch.texts } satisfies TagRequest);
  }

  function finish(slot: Slot): Batch | undefined {
    const batch = slot.batch;
    slot.batch = undefined;
    slot.worker.unref();
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (!slot.batch) void slot.worker.terminate();
    }, IDLE_MS);
    slot.idle.unref();
    return batch;
  }

  function spawn(): void {
    starting++;
    workerFile().then(
      (file) => {
        starting--;
        if (closed) return;
        const slot: Slot = { worker: new Worker(file), batch: undefined };
        slot.worker.unref();
        slot.worker.on('message', (reply: TagReply) => {
          const batch = finish(slot);
          if ('error' in reply) batch?.reject(new Error(reply.error));
          else batch?.resolve(reply.terms);
          dispatch();
        });
        slot.worker.on('error', (error) => finish(slot)?.reject(error));
        slot.worker.on('exit', (code) => {
          finish(slot)?.reject(new Error(`tag worker exited with code ${code}`));
          clearTimeout(slot.idle);
          slots.delete(slot);
          if (!closed) dispatch();
        });
        slots.add(slot);
        dispatch();
      },
      (error: unknown) => {
        starting--;
        // Without a worker file no batch can run; fail the waiting ones rather than leave them hanging.
        if (slots.size > 0 || starting > 0) return;
        const reason = error instanceof Error ? error : new Error(String(error));
        for (const batch of queue.splice(0)) batch.reject(reason);
      },
    );
  }

  const pool: TagPool = {
    size,
    tag(texts) {
      if (closed) return Promise.reject(new Error('tag pool is closed'));
      if (texts.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ texts, resolve, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      if (holder.paperscopeTagPool === pool) holder.paperscopeTagPool = undefined;
      const reason = new Error('tag pool is closed');
      for (const batch of queue.splice(0)) batch.reject(reason);
      for (const slot of slots) finish(slot)?.reject(reason);
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
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

let building: Promise<string> | undefined;

/** The bundled worker, built first when it is missing or older than the sources it is built from. */
function workerFile(): Promise<string> {
  building ??= ensureWorkerFile().catch((error: unknown) => {
    building = undefined;
    throw error;
  });
  return building;
}

async function ensureWorkerFile(): Promise<string> {
  const root = process.cwd();
  const file = path.join(/*turbopackIgnore: true*/ root, WORKER_FILE);
  if (isFresh(file, root)) return file;
  // Imported at run time from the project, so esbuild (a dev dependency) never enters a server bundle.
  const script = pathToFileURL(path.join(/*turbopackIgnore: true*/ root, 'scripts', 'build-worker.mjs')).href;
  try {
    const { buildTagWorker } = (await import(
      /*turbopackIgnore: true*/ /* webpackIgnore: true */ /* @vite-ignore */ script
    )) as typeof import('../../scripts/build-worker.mjs');
    return await buildTagWorker(root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is missing or stale and could not be built (npm run build:worker): ${reason}`, {
      cause: error,
    });
  }
}

function isFresh(file: string, root: string): boolean {
  if (!existsSync(file)) return false;
  const built = statSync(file).mtimeMs;
  const terms = path.join(/*turbopackIgnore: true*/ root, 'lib', 'terms');
  // A deployment without the sources has nothing to compare with: the bundle it ships is the one to use.
  if (!existsSync(terms)) return true;
  const sources = readdirSync(terms)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(terms, name));
  sources.push(path.join(root, 'scripts', 'build-worker.mjs'));
  return sources.every((source) => !existsSync(source) || statSync(source).mtimeMs <= built);
}
