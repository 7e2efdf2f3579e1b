import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';

// A data directory written before papers had impact, place and category columns.
const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-upgrade-'));
{
  const instance = await DuckDBInstance.create(path.join(dir, 'paperscope.duckdb'));
  const connection = await instance.connect();
  await connection.run(`
    CREATE TABLE corpora (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, created_at VARCHAR NOT NULL,
      paper_count INTEGER NOT NULL, merged INTEGER NOT NULL, options VARCHAR NOT NULL);
    CREATE TABLE papers (corpus_id VARCHAR NOT NULL, ord INTEGER NOT NULL, id VARCHAR NOT NULL,
      text_hash VARCHAR NOT NULL, text_id INTEGER NOT NULL, title VARCHAR NOT NULL, abstract VARCHAR NOT NULL,
      authors VARCHAR[] NOT NULL, author_count INTEGER, organisation VARCHAR, date VARCHAR, date_precision VARCHAR,
      venue VARCHAR, doi VARCHAR, arxiv_id VARCHAR, keywords VARCHAR[] NOT NULL, github_repos VARCHAR[] NOT NULL,
      other_links VARCHAR[] NOT NULL, code_status VARCHAR NOT NULL, comments INTEGER, source_file VARCHAR NOT NULL,
      source_line INTEGER NOT NULL, search VARCHAR NOT NULL, title_rank INTEGER NOT NULL, github_rank INTEGER NOT NULL);
    INSERT INTO corpora VALUES ('old', 'Old corpus', '2026-01-01T00:00:00Z', 1, 0, '{}');
    INSERT INTO papers VALUES ('old', 0, 'a.txt:1', 'h', 0, 'An old paper', '', ['Ada Lovelace'], 1, NULL,
      '2024-01-01', 'day', 'Some Journal', NULL, NULL, [], [], [], 'none', NULL, 'a.txt', 1, 'an old paper', 0, 0);
  `);
  connection.closeSync();
  instance.closeSync();
}
process.env.PAPERSCOPE_DATA_DIR = dir;
const store = await import('@/lib/store/corpora');
const { papersPage } = await import('@/lib/query/papers-table');
const { NO_FILTER } = await import('@/lib/analyze/filter-papers');
const { queryRows } = await import('@/lib/store/database');
const { sql } = await import('@/lib/store/sql');

describe('impact, affiliation and category columns', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a database of the earlier layout, its papers of unknown impact, place and category', async () => {
    const [paper] = await store.getPapers('old');
    expect(paper).toMatchObject({
      title: 'An old paper',
      venue: 'Some Journal',
      citations: null,
      upvotes: null,
      githubStars: null,
      correspondingCountry: null,
      affiliations: [],
      categories: [],
    });
    // Its venue gets its place in the venue order when the database opens, so sorting by venue still sees it.
    expect(await queryRows(sql`select venue_rank from papers where corpus_id = 'old'`)).toEqual([
      { venue_rank: 0 },
    ]);
    const page = await papersPage('old', {
      filter: { ...NO_FILTER, venue: 'some journal' },
      q: '',
      sort: { id: 'venue', desc: false },
      page: 1,
      size: 10,
    });
    expect(page.rows.map((r) => [r.title, r.venue, r.citations, r.institutions])).toEqual([
      ['An old paper', 'Some Journal', null, []],
    ]);
  });

  it('stores and reads back counts, affiliations (with or without an author) and categories', async () => {
    const paper = newPaper({
      id: 'n.txt:1',
      title: 'A new paper',
      authors: ['Ada Lovelace', 'Alan Turing'],
      source: { file: 'n.txt', line: 1 },
      citations: 12,
      upvotes: 0,
      githubStars: 340,
      correspondingCountry: 'United Kingdom',
      categories: ['cs.LG', 'stat.ML'],
      affiliations: [
        {
          author: 1,
          institution: 'Univ Manchester',
          country: 'United Kingdom',
          address: 'Univ Manchester, England',
        },
        { author: null, institution: 'CNR', country: 'Italy', address: 'CNR, Rome, Italy' },
        { author: 0, institution: null, country: null, address: 'Somewhere' },
      ],
    });
    const unknown = newPaper({ id: 'n.txt:2', title: 'Nothing known', source: { file: 'n.txt', line: 2 } });
    const info = await store.createCorpus({
      name: 'New',
      uploads: [],
      papers: [paper, unknown],
      problems: [],
      merged: 0,
    });
    expect(await store.getPapers(info.id)).toEqual([paper, unknown]);
    // The upgraded table takes new rows beside the old ones.
    expect((await store.getPapers('old')).map((p) => p.title)).toEqual(['An old paper']);
  });
});
