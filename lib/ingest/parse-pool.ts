import os from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import type { Problem } from '../model.ts';
import { createWorkerPool, WorkerFailed } from '../workers/pool.ts';
import { buffersOf } from '../workers/serve.ts';
import type { ImportResult, ParseFilesOptions } from './parse-files.ts';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** A job as the parse worker receives it. */
export interface ParseRequest {
  files: UploadedFile[];
  options: Omit<ParseFilesOptions, 'onFile'>;
}

/** The worker's answer: what `parseFiles` gives, and each file's bytes, handed back in input order. */
export interface ParseResult {
  result: ImportResult;
  bytes: Uint8Array[];
}

export interface ParsePool {
  /**
   * What `parseFiles` gives for the files, read on a worker thread so the server answers other requests meanwhile.
   * The files' bytes are handed to the worker and back, never copied: the `files` returned hold them. A worker
   * that dies (out of memory on a giant file) gives an error problem naming the file it was reading.
   */
  parse(
    files: readonly UploadedFile[],
    options?: ParseRequest['options'],
  ): Promise<{ result: ImportResult; files: UploadedFile[] }>;
  close(): Promise<void>;
}

// A worker holds memory several times the size of the upload it read: one idle this long is stopped.
const IDLE_MS = 5_000;

/** A pool of up to `size` parse workers (default os.availableParallelism()), each started when a job needs it. */
export function createParsePool(options: { size?: number; resourceLimits?: ResourceLimits } = {}): ParsePool {
  const workers = createWorkerPool<ParseRequest, ParseResult>({
    worker: 'parse',
    size: options.size ?? os.availableParallelism(),
    idleMs: IDLE_MS,
    ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
  });
  const pool: ParsePool = {
    async parse(files, parseOptions = {}) {
      const sent = files.map((file) => ({ name: file.name, bytes: ownBuffer(file.bytes) }));
      // The file the worker is reading; `null` once it merges duplicates.
      let reading: string | null = sent[0]?.name ?? null;
      try {
        const { result, bytes } = await workers.run(
          { files: sent, options: parseOptions },
          {
            transfer: buffersOf(sent.map((file) => file.bytes)),
            onProgress: (name) => {
              reading = name as string | null;
            },
          },
        );
        return { result, files: sent.map((file, i) => ({ name: file.name, bytes: bytes[i] ?? file.bytes })) };
      } catch (error) {
        if (!(error instanceof WorkerFailed)) throw error;
        return { result: failedRead(files, reading, error), files: sent };
      }
    },
    async close() {
      if (holder.paperscopeParsePool === pool) holder.paperscopeParsePool = undefined;
      await workers.close();
    },
  };
  return pool;
}

// One pool per process, shared by every bundle (pages and route handlers are bundled apart).
const holder = globalThis as unknown as { paperscopeParsePool?: ParsePool };

/** One pool per process, created on first use. */
export function getParsePool(): ParsePool {
  holder.paperscopeParsePool ??= createParsePool();
  return holder.paperscopeParsePool;
}

/**
 * The bytes as a view over the whole of a buffer of their own, which can be handed over. A slice of a shared
 * buffer (Node keeps small Buffers in one pool) is copied: handing its buffer over would empty its neighbours.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole ? bytes : new Uint8Array(bytes);
}

/** An import that cannot go ahead because the worker reading it failed: one error problem, on the file it read. */
function failedRead(
  files: readonly UploadedFile[],
  reading: string | null,
  error: WorkerFailed,
): ImportResult {
  const file = reading ?? files.at(-1)?.name ?? 'upload';
  const what =
    reading !== null
      ? `Reading ${file}`
      : `Merging the duplicates of ${files.length === 1 ? file : `${files.length} files`}`;
  const message = !error.outOfMemory
    ? `${what} stopped (${error.message.split('\n')[0]}). Please report this file.`
    : reading === null
      ? `${what} ran out of memory: the upload is too large to read at once; import fewer files at a time.`
      : `${what} ran out of memory: the file is too large to read at once; split it into smaller files.`;
  const problem: Problem = { file, line: 1, message, severity: 'error', fatal: true };
  return {
    papers: [],
    problems: [problem],
    merged: 0,
    merges: [],
    files: files.map(({ name }) => ({ name, format: null, papers: 0, problems: name === file ? 1 : 0 })),
  };
}
