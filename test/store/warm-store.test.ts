import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { freshDataDir, importCorpus } from '../query/equivalence';
import { CORPORA, corpusFiles, HAS_CORPORA } from '../query/reference';

const dir = freshDataDir();
const { queryRows, warmStore } = await import('@/lib/store/database');
const { sql } = await import('@/lib/store/sql');

const SOURCE = 'hf-listing/distribution-matching-search.txt';

describe('loading the store at start', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every column it names on an empty store', async () => {
    await expect(warmStore()).resolves.toBeUndefined();
  });

  it.skipIf(!HAS_CORPORA)(
    `reads them on a store holding ${CORPORA}/${SOURCE}, and changes nothing`,
    async () => {
      const parsed = parseFiles(corpusFiles(SOURCE));
      const id = await importCorpus('listing', parsed.papers);
      const count = () =>
        queryRows<{ n: number }>(sql`select count(*)::INTEGER as n from papers where corpus_id = ${id}`);
      const before = await count();
      await expect(warmStore()).resolves.toBeUndefined();
      expect(await count()).toEqual(before);
      expect(before[0]?.n).toBe(parsed.papers.length);
    },
  );
});
