import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';
import type { Paper } from '@/lib/model';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-store-'));
process.env.PAPERSCOPE_DATA_DIR = dir;
const store = await import('@/lib/store/corpora');
const { inTransaction } = await import('@/lib/store/database');

const paper = (n: number): Paper =>
  newPaper({
    id: `f.txt:${n}`,
    title: `Paper ${n}`,
    abstract: `Abstract ${n}`,
    source: { file: 'f.txt', line: n },
  });

describe('corpora in the store', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps a corpus whole: papers in order, problems, merges and the original bytes', async () => {
    const bytes = new TextEncoder().encode('original ✓ bytes');
    const record = (n: number) => ({
      id: `f.txt:${n}`,
      title: 'Paper',
      firstAuthor: 'Ada Lovelace',
      year: 2020,
      source: { file: 'f.txt', line: n },
    });
    const merge = { kept: record(1), merged: record(7), reason: 'doi' as const, detail: 'same DOI 10.1/x' };
    const info = await store.createCorpus({
      name: 'First',
      uploads: [{ name: 'f.txt', format: 'hf-listing', bytes }],
      papers: [paper(1), paper(2), paper(3)],
      problems: [{ file: 'f.txt', line: 9, field: 'date', message: 'bad date', severity: 'warning' }],
      merged: 1,
      merges: [merge],
    });
    expect(await store.getMerges(info.id)).toEqual([merge]);
    expect(info).toMatchObject({ name: 'First', papers: 3, merged: 1 });
    expect((await store.getPapers(info.id)).map((p) => p.title)).toEqual(['Paper 1', 'Paper 2', 'Paper 3']);
    expect(await store.getProblems(info.id)).toEqual([
      { file: 'f.txt', line: 9, field: 'date', message: 'bad date', severity: 'warning' },
    ]);
    const [upload] = await store.getUploads(info.id);
    expect(new TextDecoder().decode(upload?.bytes)).toBe('original ✓ bytes');
    expect((await store.getCorpora()).map((c) => c.id)).toContain(info.id);
  });

  it('keeps every file of a many-file import, in order, whether read already or read when stored', async () => {
    const text = (n: number) => `file ${n} ✓`;
    const uploads = Array.from({ length: 40 }, (_, n) =>
      n % 2
        ? { name: `d${n}.json`, format: 'hf-daily', bytes: new TextEncoder().encode(text(n)) }
        : { name: `d${n}.json`, format: 'hf-daily', read: async () => new TextEncoder().encode(text(n)) },
    );
    const info = await store.createCorpus({
      name: 'Many',
      uploads,
      papers: [paper(1)],
      problems: [],
      merged: 0,
    });
    const kept = await store.getUploads(info.id);
    expect(kept.map((u) => [u.name, new TextDecoder().decode(u.bytes)])).toEqual(
      uploads.map((u, n) => [u.name, text(n)]),
    );
  });

  it('renames and deletes, and says when there is no such corpus', async () => {
    const info = await store.createCorpus({
      name: 'Second',
      uploads: [],
      papers: [paper(4)],
      problems: [],
      merged: 0,
    });
    expect(await store.renameCorpus(info.id, 'Renamed')).toBe(true);
    expect((await store.getCorpus(info.id))?.name).toBe('Renamed');
    expect(await store.deleteCorpus(info.id)).toBe(true);
    expect(await store.getCorpus(info.id)).toBeNull();
    expect(await store.getPapers(info.id)).toEqual([]);
    expect(await store.deleteCorpus(info.id)).toBe(false);
    expect(await store.renameCorpus('nope', 'x')).toBe(false);
  });

  it('leaves nothing behind when an import fails part-way', async () => {
    const before = await store.getCorpora();
    // A record that cannot be serialised fails the import after its papers were written.
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(
      store.createCorpus({
        id: 'half',
        name: 'Half',
        uploads: [{ name: 'f.txt', format: null, bytes: new Uint8Array([1]) }],
        papers: [paper(5), paper(6)],
        problems: [circular as never],
        merged: 0,
      }),
    ).rejects.toThrow();
    expect(await store.getCorpus('half')).toBeNull();
    expect(await store.getPapers('half')).toEqual([]);
    expect(await store.getUploads('half')).toEqual([]);
    expect(await store.getCorpora()).toEqual(before);
  });

  it('rolls back every write of a failed transaction', async () => {
    await expect(
      inTransaction(async (connection) => {
        await connection.run("INSERT INTO problems VALUES ('ghost', 0, '{}')");
        throw new Error('crash mid-import');
      }),
    ).rejects.toThrow('crash mid-import');
    expect(await store.getProblems('ghost')).toEqual([]);
  });
});
