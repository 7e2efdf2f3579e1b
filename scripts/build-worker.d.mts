export type WorkerName = 'tag' | 'parse';
export const WORKERS: Record<WorkerName, string>;
export function workerPaths(name: WorkerName, root?: string): { file: string; inputs: string };
export function buildWorker(name: WorkerName, root?: string): Promise<string>;
