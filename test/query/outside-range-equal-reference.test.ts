import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { plausibleDates } from '@/lib/ingest/plausible-year';
import { expectSqlEqualsReference, freshDataDir } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus } from './reference';

const dir = freshDataDir();

describe.skipIf(!HAS_CORPORA)(`years outside the plausible range (${CORPORA})`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are counted as outside range, not undated, by the queries as by the reference', async () => {
    const typos = parsedCorpus('wos/bibliometrix__RPT_papers.txt').map((paper, i) =>
      i === 3 ? { ...paper, date: '1202-01-01' } : i === 7 ? { ...paper, date: '2999-06-01' } : paper,
    );
    const { papers, problems } = plausibleDates(typos);
    expect(problems).toHaveLength(2);
    const id = await expectSqlEqualsReference('outside range', papers);
    const { corpusStats } = await import('@/lib/query/corpus-stats');
    const { timeline } = await corpusStats(id, NO_FILTER);
    expect(timeline.outsideRange).toBe(2);
    expect(timeline.years[0]?.period).not.toBe('1202');
    expect(timeline.years.at(-1)?.period).not.toBe('2999');
  }, 120_000);
});
