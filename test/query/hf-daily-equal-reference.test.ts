import { rmSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { expectSqlEqualsReference, freshDataDir } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus } from './reference';

const dir = freshDataDir();

describe.skipIf(!HAS_CORPORA)(
  `SQL statistics equal the reference functions on ${CORPORA}/hf-daily-papers`,
  () => {
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('on all 415 daily files as one corpus', async () => {
      await expectSqlEqualsReference('hf-daily-papers', parsedCorpus('hf-daily-papers'));
    }, 600_000);
  },
);
