import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { parseFiles } from '@/lib/ingest/parse-files';
import { freshDataDir, importCorpus } from '../query/equivalence';
import { CORPORA, corpusFiles, HAS_CORPORA } from '../query/reference';

const dir = freshDataDir();
const { inTransaction, queryRows, withReader } = await import('@/lib/store/database');
const { rankAuthors } = await import('@/lib/store/migrate-legacy');
const { forgetViews } = await import('@/lib/store/view-cache');
const { authorStatistics } = await import('@/lib/query/author-statistics');
const { coauthorPairs } = await import('@/lib/query/coauthor-pairs');
const { raw, sql } = await import('@/lib/store/sql');

const SOURCE = 'wos/bibliometrix__RPT_papers.txt';

/** Papers per author number, in number order, and the numbers as the rows are stored. */
async function layout(id: string) {
  const perAuthor = await queryRows<{ papers: number }>(sql`
    select count(*)::INTEGER as papers from paper_authors where corpus_id = ${id} group by author order by author`);
  const stored = async (table: string) =>
    (await queryRows<{ author: number }>(sql`select author from ${raw(table)} where corpus_id = ${id}`)).map(
      (row) => row.author,
    );
  return {
    papers: perAuthor.map((row) => row.papers),
    authorships: await stored('paper_authors'),
    names: await stored('author_names'),
  };
}

function expectRanked({ papers, authorships, names }: Awaited<ReturnType<typeof layout>>) {
  expect(papers.length).toBeGreaterThan(100);
  expect(papers).toEqual([...papers].sort((a, b) => b - a));
  expect(authorships).toEqual([...authorships].sort((a, b) => a - b));
  expect(names).toEqual(names.map((_, i) => i));
}

/** What the dashboard shows of the authors, whole and under a filter and an author. */
async function shown(id: string, author: string) {
  const filters: PaperFilter[] = [
    NO_FILTER,
    { ...NO_FILTER, from: '2019', to: '2021' },
    { ...NO_FILTER, author },
  ];
  await forgetViews(id);
  return Promise.all(
    filters.map(async (filter) => ({
      statistics: await authorStatistics(id, filter),
      pairs: await coauthorPairs(id, filter),
    })),
  );
}

describe.skipIf(!HAS_CORPORA)(`authors numbered most papers first, on ${CORPORA}/${SOURCE}`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('numbers and stores them in that order at import, and renumbers a store of the earlier layout once', async () => {
    const parsed = parseFiles(corpusFiles(SOURCE));
    const id = await importCorpus('RPT', parsed.papers);
    expectRanked(await layout(id));
    const [first] = (await authorStatistics(id, NO_FILTER)).top.authors;
    expect(first?.papers).toBeGreaterThan(1);
    const before = await shown(id, first?.key ?? '');

    // The earlier layout: authors numbered in order of first appearance, here simply reversed.
    await inTransaction(async (connection) => {
      for (const table of ['paper_authors', 'author_names', 'paper_affiliations']) {
        await connection.run(
          `UPDATE ${table} SET author = (SELECT max(author) FROM author_names WHERE corpus_id = $1) - author
          WHERE corpus_id = $1`,
          [id],
        );
      }
      await connection.run('DELETE FROM ranked_authors WHERE corpus_id = $1', [id]);
    });
    const earlier = (await layout(id)).papers;
    expect(earlier).not.toEqual([...earlier].sort((a, b) => b - a));

    await withReader(rankAuthors);
    expectRanked(await layout(id));
    expect(await shown(id, first?.key ?? '')).toEqual(before);
    const again = await layout(id);
    await withReader(rankAuthors);
    expect(await layout(id)).toEqual(again);
  }, 120_000);
});
