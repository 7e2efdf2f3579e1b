/**
 * The worker's side of lib/workers/pool.ts: one job in, any number of progress messages, then its result (or its
 * error) out. Imports nothing but worker_threads, so each worker bundle holds only what its jobs need.
 */
import { parentPort, type TransferListItem } from 'node:worker_threads';

/** What a worker posts about a job: progress any number of times, then the result or the error. */
export type WorkerReply<Result> = { progress: unknown } | { result: Result } | { error: string };

/** A job's result, and the buffers in it to hand back to the pool's thread rather than copy. */
export interface Done<Result> {
  result: Result;
  transfer?: TransferListItem[];
}

/** The buffers under `views`, each once, to hand over with a message. */
export function buffersOf(views: readonly Uint8Array[]): ArrayBuffer[] {
  return [...new Set(views.map((view) => view.buffer as ArrayBuffer))];
}

/** Answers each job the pool sends with `work`'s result; a job that throws fails alone, not the worker. */
export function serveJobs<Request, Result>(
  name: string,
  work: (request: Request, progress: (progress: unknown) => void) => Done<Result>,
): void {
  const port = parentPort;
  if (!port) throw new Error(`${name} runs only as a worker thread`);
  port.on('message', (request: Request) => {
    let done: Done<Result>;
    try {
      done = work(request, (progress) => port.postMessage({ progress } satisfies WorkerReply<Result>));
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ error: message } satisfies WorkerReply<Result>);
      return;
    }
    port.postMessage({ result: done.result } satisfies WorkerReply<Result>, done.transfer);
  });
}
