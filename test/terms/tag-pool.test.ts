import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { termText } from '@/lib/store/text-hash';
import { extractTerms } from '@/lib/terms/extract-terms';
import { createTagPool, getTagPool, type TagPool } from '@/lib/terms/tag-pool';
import { started } from '../recorded-workers';

vi.mock('node:worker_threads', async (importOriginal) =>
  (await import('../recorded-workers')).recordWorkers(importOriginal as () => Promise<typeof WorkerThreads>),
);

const dir = path.resolve(process.cwd(), '../shared/corpora/hf-daily-papers');
const present = existsSync(dir);

/** The texts the store would tag for the first `count` papers of the daily files. */
function realTexts(count: number): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const { papers } = parseFiles([{ name, bytes: readFileSync(path.join(dir, name)) }]);
    texts.push(...papers.map(termText));
    if (texts.length >= count) break;
  }
  return texts.slice(0, count);
}

const pools: TagPool[] = [];
function pool(size?: number): TagPool {
  const created = createTagPool(size === undefined ? {} : { size });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  started.length = 0;
  vi.unstubAllEnvs();
});

describe.skipIf(!present)('tag pool on ../shared/corpora/hf-daily-papers (skipped: folder absent)', () => {
  const texts = present ? realTexts(300) : [];
  const expected = texts.map(extractTerms);

  it('returns exactly what extractTerms returns, in input order', async () => {
    expect(await pool(2).tag(texts)).toEqual(expected);
  });

  it('answers two concurrent calls each with its own texts', async () => {
    const tagPool = pool(2);
    const [first, second] = await Promise.all([
      tagPool.tag(texts.slice(0, 150)),
      tagPool.tag(texts.slice(150)),
    ]);
    expect(first).toEqual(expected.slice(0, 150));
    expect(second).toEqual(expected.slice(150));
  });

  it('rejects the batch of a worker killed mid-batch, and tags the next batch on a new worker', async () => {
    const tagPool = pool(1);
    const killed = tagPool.tag(texts);
    await vi.waitUntil(() => started.length === 1);
    const first = started[0];
    if (!first) throw new Error('no worker started');
    // Once online it has loaded compromise; 300 texts keep it busy for well over a second after that.
    await first.online;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.worker.terminate();
    await expect(killed).rejects.toThrow(/tag worker exited/);
    expect(await tagPool.tag(texts.slice(0, 20))).toEqual(expected.slice(0, 20));
    expect(started).toHaveLength(2);
  });
});

describe('tag pool', () => {
  it('starts no more workers than its size, however many batches wait', async () => {
    const tagPool = pool(3);
    expect(tagPool.size).toBe(3);
    const batches = Array.from({ length: 10 }, (_, i) => [
      `Batch ${i} studies diffusion models for video generation.`,
    ]);
    const results = await Promise.all(batches.map((batch) => tagPool.tag(batch)));
    expect(results).toEqual(batches.map((batch) => batch.map(extractTerms)));
    expect(started).toHaveLength(3);
  });

  it('takes its size from PAPERSCOPE_TAG_WORKERS, else from the available parallelism', () => {
    expect(pool().size).toBe(os.availableParallelism());
    vi.stubEnv('PAPERSCOPE_TAG_WORKERS', '5');
    expect(pool().size).toBe(5);
    vi.stubEnv('PAPERSCOPE_TAG_WORKERS', 'many');
    expect(() => pool()).toThrow(/PAPERSCOPE_TAG_WORKERS/);
    expect(() => pool(0)).toThrow(/positive integer/);
  });

  it('resolves an empty batch without starting a worker', async () => {
    expect(await pool(1).tag([])).toEqual([]);
    expect(started).toHaveLength(0);
  });

  it('rejects batches once closed', async () => {
    const tagPool = pool(1);
    await tagPool.close();
    await expect(tagPool.tag(['A text.'])).rejects.toThrow(/closed/);
  });

  it('keeps one pool per process until it is closed', async () => {
    const shared = getTagPool();
    expect(getTagPool()).toBe(shared);
    await shared.close();
    const next = getTagPool();
    expect(next).not.toBe(shared);
    await next.close();
  });
});
