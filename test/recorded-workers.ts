/**
 * Worker threads that tests can watch: every worker started, with the moment it runs, so a test can stop one.
 *   vi.mock('node:worker_threads', (importOriginal) => recordWorkers(importOriginal));
 * (the mock factory imports this module: `vi.mock` runs before the test file's imports).
 */
import type * as WorkerThreads from 'node:worker_threads';

export const started: { worker: WorkerThreads.Worker; online: Promise<void> }[] = [];

export async function recordWorkers(
  importOriginal: () => Promise<typeof WorkerThreads>,
): Promise<typeof WorkerThreads> {
  const original = await importOriginal();
  class RecordedWorker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args);
      started.push({ worker: this, online: new Promise((resolve) => this.once('online', () => resolve())) });
    }
  }
  return { ...original, Worker: RecordedWorker };
}
