import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusStats as referenceStats } from '@/lib/analyze/corpus-stats';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { expectSqlEqualsReference, freshDataDir, importCorpus } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus, referencePapers } from './reference';

const dir = freshDataDir();

describe.skipIf(!HAS_CORPORA)(`queries under term settings and hostile values (${CORPORA})`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("apply a corpus's stop-terms and merges as the reference does, without tagging again", async () => {
    const papers = parsedCorpus('wos/bibliometrix__bibliometric_in_management.txt');
    const top = referenceStats(referencePapers(papers)).topTerms;
    const [first, second, third, fourth] = top.map((t) => t.key);
    if (!first || !second || !third || !fourth) throw new Error('too few terms');
    await expectSqlEqualsReference('settings', papers, {
      // A key, and a word that turns every phrase made of it and generic words into a stop-term.
      stopTerms: [first, 'bibliometric'],
      merges: [
        { from: second, to: third },
        { from: fourth, to: 'a merged name' },
      ],
    });
  }, 120_000);

  it('bind every value: quotes, semicolons and comment markers are searched for, never run', async () => {
    const { tagCorpus } = await import('@/lib/store/tagging');
    const { corpusStats } = await import('@/lib/query/corpus-stats');
    const { papersPage } = await import('@/lib/query/papers-table');
    const { authorStatistics } = await import('@/lib/query/author-statistics');
    const papers = parsedCorpus('wos/bibliometrix__fixtures_wos_sample.txt');
    const id = await importCorpus('values', papers);
    await tagCorpus(id);
    const hostile = ["'; drop table papers; --", '" or 1=1 --', "x' or '1'='1", '/* */ union select 1', '$1'];
    for (const value of hostile) {
      const filter = { ...NO_FILTER, terms: [value] };
      expect((await corpusStats(id, filter)).summary.papers).toBe(0);
      expect((await authorStatistics(id, filter)).top.authors).toEqual([]);
      expect(
        (await papersPage(id, { filter: NO_FILTER, q: value, sort: null, page: 1, size: 25 })).selected,
      ).toBe(0);
      // A period compares as text, as the reference filter does.
      const to = papers.filter((p) => p.date && p.date.slice(0, value.length) <= value).length;
      expect((await corpusStats(id, { ...NO_FILTER, to: value })).summary.papers).toBe(to);
    }
    expect((await corpusStats(id, NO_FILTER)).summary.papers).toBe(papers.length);
  });
});
