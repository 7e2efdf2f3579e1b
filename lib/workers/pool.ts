import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ResourceLimits, type TransferListItem, Worker } from 'node:worker_threads';
import type { WorkerName } from '../../scripts/build-worker.mjs';
import type { WorkerReply } from './serve.ts';

export type { WorkerName };

export interface JobOptions {
  /** Buffers of the request handed to the worker rather than copied; they are empty here afterwards. */
  transfer?: TransferListItem[];
  /** Called with each progress message the worker posts about the job. */
  onProgress?(progress: unknown): void;
}

export interface WorkerPool<Request, Result> {
  /** Workers the pool may run at once. */
  readonly size: number;
  /** Runs one job on the next free worker. Rejects if the worker fails or dies (the pool replaces it). */
  run(request: Request, options?: JobOptions): Promise<Result>;
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  /** The worker's bundle, `.paperscope-build/<worker>-worker.mjs` (scripts/build-worker.mjs). */
  worker: WorkerName;
  size: number;
  /** A worker idle this long is stopped, so it holds no memory; the next job starts one again. */
  idleMs: number;
  resourceLimits?: ResourceLimits;
}

/** A job failed by its worker: an error thrown in it, its memory limit reached, or its thread ended. */
export class WorkerFailed extends Error {
  constructor(
    message: string,
    /** Whether the worker was stopped for reaching its memory limit. */
    readonly outOfMemory = false,
  ) {
    super(message);
  }
}

interface Job {
  request: unknown;
  options: JobOptions;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** The job the worker runs; none while idle. */
  job: Job | undefined;
  /** Set once the worker has failed: it takes no job while it exits. */
  failed: boolean;
  /** Ends the worker once it has been idle a while. */
  idle?: ReturnType<typeof setTimeout>;
}

/**
 * Up to `size` worker threads running one kind of job. Workers start only when jobs wait for them and stop when
 * idle; a job whose worker fails or dies is rejected, and the next job gets a new worker.
 */
export function createWorkerPool<Request, Result>(settings: WorkerPoolOptions): WorkerPool<Request, Result> {
  const { worker: name, size, idleMs, resourceLimits } = settings;
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`${name} pool size must be a positive integer: ${size}`);
  }
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let starting = 0;
  let closed = false;

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.job || slot.failed) continue;
      const job = queue.shift();
      if (!job) return;
      send(slot, job);
    }
    // Workers start only when jobs wait for them: a 16-core pool that runs one job starts one worker.
    while (starting < queue.length && slots.size + starting < size) spawn();
  }

  function send(slot: Slot, job: Job): void {
    clearTimeout(slot.idle);
    slot.job = job;
    // Referenced while busy, so a script awaiting its job does not exit under it.
    slot.worker.ref();
    try {
      slot.worker.postMessage(job.request, job.options.transfer);
    } catch (error) {
      // A request that cannot be sent (a buffer that cannot be handed over) fails alone.
      finish(slot)?.reject(error instanceof Error ? error : new Error(String(error)));
      dispatch();
    }
  }

  function finish(slot: Slot): Job | undefined {
    const job = slot.job;
    slot.job = undefined;
    slot.worker.unref();
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (!slot.job) void slot.worker.terminate();
    }, idleMs);
    slot.idle.unref();
    return job;
  }

  function spawn(): void {
    starting++;
    workerFile(name).then(
      (file) => {
        starting--;
        if (closed) return;
        const slot: Slot = {
          worker: new Worker(file, resourceLimits ? { resourceLimits } : {}),
          job: undefined,
          failed: false,
        };
        slot.worker.unref();
        slot.worker.on('message', (reply: WorkerReply<Result>) => {
          if ('progress' in reply) {
            slot.job?.options.onProgress?.(reply.progress);
            return;
          }
          const job = finish(slot);
          if ('error' in reply) job?.reject(new WorkerFailed(reply.error));
          else job?.resolve(reply.result);
          dispatch();
        });
        slot.worker.on('error', (error: Error & { code?: string }) => {
          slot.failed = true;
          const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
          finish(slot)?.reject(new WorkerFailed(`${name} worker failed: ${error.message}`, outOfMemory));
        });
        slot.worker.on('exit', (code) => {
          finish(slot)?.reject(new WorkerFailed(`${name} worker exited with code ${code}`));
          clearTimeout(slot.idle);
          slots.delete(slot);
          if (!closed) dispatch();
        });
        slots.add(slot);
        dispatch();
      },
      (error: unknown) => {
        starting--;
        // Without a worker file no job can run; fail the waiting ones rather than leave them hanging.
        if (slots.size > 0 || starting > 0) return;
        const reason = error instanceof Error ? error : new Error(String(error));
        for (const job of queue.splice(0)) job.reject(reason);
      },
    );
  }

  return {
    size,
    run(request, options = {}) {
      if (closed) return Promise.reject(new Error(`${name} pool is closed`));
      return new Promise<Result>((resolve, reject) => {
        queue.push({ request, options, resolve: resolve as (result: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      const reason = new Error(`${name} pool is closed`);
      for (const job of queue.splice(0)) job.reject(reason);
      for (const slot of slots) finish(slot)?.reject(reason);
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}

const building = new Map<WorkerName, Promise<string>>();

/** The worker's bundle, built first when it is missing or older than a file it is built from. */
function workerFile(name: WorkerName): Promise<string> {
  let file = building.get(name);
  if (!file) {
    file = ensureWorkerFile(name).catch((error: unknown) => {
      building.delete(name);
      throw error;
    });
    building.set(name, file);
  }
  return file;
}

async function ensureWorkerFile(name: WorkerName): Promise<string> {
  const root = process.cwd();
  const file = path.join(/*turbopackIgnore: true*/ root, '.paperscope-build', `${name}-worker.mjs`);
  const script = path.join(/*turbopackIgnore: true*/ root, 'scripts', 'build-worker.mjs');
  if (isFresh(file, script, root)) return file;
  try {
    // Imported at run time from the project, so esbuild (a dev dependency) never enters a server bundle.
    const { buildWorker } = (await import(
      /*turbopackIgnore: true*/ /* webpackIgnore: true */ /* @vite-ignore */ pathToFileURL(script).href
    )) as typeof import('../../scripts/build-worker.mjs');
    return await buildWorker(name, root);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is missing or stale and could not be built (npm run build:worker): ${reason}`, {
      cause: error,
    });
  }
}

/** Whether the bundle is at least as new as the build script and every file of the project it was built from. */
function isFresh(file: string, script: string, root: string): boolean {
  if (!existsSync(file)) return false;
  // A deployment without the sources has nothing to compare with: the bundle it ships is the one to use.
  if (!existsSync(script)) return true;
  const built = statSync(file).mtimeMs;
  let inputs: string[];
  try {
    inputs = JSON.parse(readFileSync(`${file}.inputs.json`, 'utf8')) as string[];
  } catch {
    // Built before its inputs were listed: built again.
    return false;
  }
  return [script, ...inputs.map((input) => path.join(/*turbopackIgnore: true*/ root, input))].every(
    (source) => !existsSync(source) || statSync(source).mtimeMs <= built,
  );
}
