import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { createParsePool, getParsePool, type ParsePool, type UploadedFile } from '@/lib/ingest/parse-pool';
import { started } from '../recorded-workers';

vi.mock('node:worker_threads', async (importOriginal) =>
  (await import('../recorded-workers')).recordWorkers(importOriginal as () => Promise<typeof WorkerThreads>),
);

const corpora = path.resolve(process.cwd(), '../shared/corpora');
const present = existsSync(corpora);

/** A file of the shared corpora, in a buffer of its own (as an upload is). */
function upload(relative: string): UploadedFile {
  return { name: path.basename(relative), bytes: new Uint8Array(readFileSync(path.join(corpora, relative))) };
}

/** Copies, to compare with after the originals were handed to a worker. */
const copies = (files: UploadedFile[]) => files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));

/**
 * A Hugging Face daily file of `count` records, copies of one day's under distinct titles: its papers fill a heap
 * bit by bit, as a large real file does.
 */
function manyRecords(count: number): UploadedFile {
  const days = JSON.parse(readFileSync(path.join(corpora, 'hf-daily-papers/2025-03-04.json'), 'utf8'));
  const records = Array.from({ length: count }, (_, i) => {
    const record = structuredClone(days[i % days.length]);
    record.paper.id = `2503.${String(i).padStart(5, '0')}`;
    record.paper.title = `${record.paper.title} (${i})`;
    return record;
  });
  return { name: 'many.json', bytes: new TextEncoder().encode(JSON.stringify(records)) };
}

const pools: ParsePool[] = [];
function pool(options?: Parameters<typeof createParsePool>[0]): ParsePool {
  const created = createParsePool(options);
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  started.length = 0;
});

describe.skipIf(!present)('parse pool on ../shared/corpora (skipped: folder absent)', () => {
  const uploads = [
    ['bibtex/bibliometrix__scopus__scopus.bib'],
    ['ris/tm2_09_business_analytics_education__scopus.ris'],
    ['scopus/bibliometrix__fixtures_scopus_sample.csv'],
    ['wos/bibliometrix__fixtures_wos_sample.txt'],
    ['arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl'],
    ['hf-listing/distribution-matching-search.txt'],
    // Several files at once: ids kept unique across them and duplicates merged between them.
    ['hf-daily-papers/2025-03-04.json', 'hf-daily-papers/2025-03-05.json', 'hf-daily-papers/2025-03-04.json'],
  ];

  it.each(uploads)('gives exactly what parseFiles gives in-process: %s', async (...relative) => {
    const files = relative.map(upload);
    const expected = parseFiles(copies(files));
    expect(expected.papers.length).toBeGreaterThan(0);
    const { result } = await pool({ size: 1 }).parse(files);
    expect(result).toEqual(expected);
  });

  it('passes the format and page year on', async () => {
    const options = { format: 'hf-listing' as const, pageYear: 2023 };
    const files = [upload('hf-listing/distribution-matching-search.txt')];
    const expected = parseFiles(copies(files), options);
    const { result } = await pool({ size: 1 }).parse(files, options);
    expect(result).toEqual(expected);
    expect(result.papers.some((p) => p.date?.startsWith('2023'))).toBe(true);
  });

  it('hands the bytes to the worker and back instead of copying them', async () => {
    const files = [
      upload('hf-daily-papers/2025-03-04.json'),
      upload('wos/bibliometrix__fixtures_wos_sample.txt'),
    ];
    const originals = copies(files);
    const buffers = files.map((f) => f.bytes.buffer);
    const { files: back } = await pool({ size: 1 }).parse(files);
    // Handed over: the caller's views and buffers are empty; the worker gave the same bytes back.
    expect(files.map((f) => f.bytes.byteLength)).toEqual([0, 0]);
    expect(buffers.map((b) => b.byteLength)).toEqual([0, 0]);
    expect(back).toEqual(originals);
  });

  it('copies a small Buffer that shares its memory with others, leaving them whole', async () => {
    const neighbour = Buffer.from('a neighbour in the same pool');
    const small = Buffer.from('@article{k, title = {A paper}, author = {Lovelace, Ada}, year = {2020}}\n');
    expect(small.buffer).toBe(neighbour.buffer);
    const { result, files } = await pool({ size: 1 }).parse([{ name: 'a.bib', bytes: small }]);
    expect(result.papers.map((p) => p.title)).toEqual(['A paper']);
    expect(neighbour.toString()).toBe('a neighbour in the same pool');
    expect(Buffer.from(files[0]?.bytes ?? []).equals(small)).toBe(true);
  });

  it('turns a worker that runs out of memory into an error problem naming the file it read', async () => {
    const small = upload('wos/bibliometrix__fixtures_wos_sample.txt');
    const { result } = await pool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 64 } }).parse([
      small,
      manyRecords(20_000),
    ]);
    expect(result.papers).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: 'many.json',
        line: 1,
        message:
          'Reading many.json ran out of memory: the file is too large to read at once; split it into smaller files.',
        severity: 'error',
        fatal: true,
      },
    ]);
    expect(result.files.map((f) => [f.name, f.problems])).toEqual([
      ['bibliometrix__fixtures_wos_sample.txt', 0],
      ['many.json', 1],
    ]);
  });

  it('refuses an import whose worker runs out of memory, naming the file, and stores nothing', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-parse-pool-'));
    process.env.PAPERSCOPE_DATA_DIR = dataDir;
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
    const { ImportRefused, importCorpus } = await import('@/lib/store/import-corpus');
    const { getCorpora } = await import('@/lib/store/corpora');
    const before = await getCorpora();
    // The process's pool, as the import route uses it, with room for little: the file cannot fit.
    const holder = globalThis as unknown as { paperscopeParsePool?: ParsePool };
    holder.paperscopeParsePool = pool({ size: 1, resourceLimits: { maxOldGenerationSizeMb: 64 } });
    const refused = await importCorpus([manyRecords(20_000)], { name: 'too big' }).catch((error) => error);
    expect(refused).toBeInstanceOf(ImportRefused);
    expect(refused.message).toBe(
      'Nothing was imported: many.json, line 1: Reading many.json ran out of memory: the file is too large to read at once; split it into smaller files. Remove or fix it and try again.',
    );
    expect(await getCorpora()).toEqual(before);
  });

  it('turns a worker that dies into an error problem naming the file, and parses the next upload anew', async () => {
    const parsePool = pool({ size: 1 });
    // Large enough that the worker is still reading it when it is stopped.
    const killed = parsePool.parse([manyRecords(20_000)]);
    await vi.waitUntil(() => started.length === 1);
    const first = started[0];
    if (!first) throw new Error('no worker started');
    await first.online;
    await first.worker.terminate();
    const { result } = await killed;
    expect(result.papers).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'many.json', severity: 'error', fatal: true });
    expect(result.problems[0]?.message).toBe(
      'Reading many.json stopped (parse worker exited with code 1). Please report this file.',
    );

    const again = [upload('wos/bibliometrix__fixtures_wos_sample.txt')];
    const expected = parseFiles(copies(again));
    expect((await parsePool.parse(again)).result).toEqual(expected);
    expect(started).toHaveLength(2);
  });
});

describe('parse pool', () => {
  it('starts one worker for one upload, whatever its size', async () => {
    const parsePool = pool({ size: 4 });
    const { result } = await parsePool.parse([
      { name: 'a.ris', bytes: new TextEncoder().encode('TY  - JOUR\nTI  - One paper\nER  -\n') },
    ]);
    expect(result.papers.map((p) => p.title)).toEqual(['One paper']);
    expect(started).toHaveLength(1);
  });

  it('keeps one pool per process until it is closed', async () => {
    const shared = getParsePool();
    expect(getParsePool()).toBe(shared);
    await shared.close();
    const next = getParsePool();
    expect(next).not.toBe(shared);
    await next.close();
  });
});
