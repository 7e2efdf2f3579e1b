import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { freshDataDir, importCorpus } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus } from './reference';

const dir = freshDataDir();
const out = mkdtempSync(path.join(tmpdir(), 'paperscope-parquet-'));
const { tagCorpus } = await import('@/lib/store/tagging');
const { exportCorpusTables, EXPORTED_TABLES } = await import('@/lib/store/export-parquet');
const { topTerms, topTermsQuery } = await import('@/lib/query/top-terms');

describe.skipIf(!HAS_CORPORA)(`a corpus's tables as Parquet (${CORPORA})`, () => {
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it('answer the same queries in another engine reading only the Parquet files', async () => {
    const papers = parsedCorpus('wos/bibliometrix__RPT_papers.txt');
    const id = await importCorpus('wos', papers);
    await tagCorpus(id);
    const files = await exportCorpusTables(id, out);
    expect(files.map((f) => path.basename(f))).toEqual(
      Object.keys(EXPORTED_TABLES).map((t) => `${t}.parquet`),
    );

    // A separate, in-memory database that has never seen the store: the tables are views over the files.
    const other = await (await DuckDBInstance.create(':memory:')).connect();
    for (const file of files) {
      await other.run(
        `create view ${path.basename(file, '.parquet')} as select * from read_parquet('${file}')`,
      );
    }
    const count = await other.runAndReadAll('select count(*)::INTEGER from papers');
    expect(count.getRows()[0]?.[0]).toBe(papers.length);

    const filter = { ...NO_FILTER, from: '2010' };
    const { text, values } = topTermsQuery(id, filter).compile();
    const rows = (await other.runAndReadAll(text, values)).getRowObjectsJS();
    const expected = await topTerms(id, filter);
    expect(expected.length).toBe(25);
    expect(rows).toEqual(expected);
  });
});
