import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { newPaper } from '@/lib/ingest/paper';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-search-'));
process.env.PAPERSCOPE_DATA_DIR = dir;
const { createCorpus } = await import('@/lib/store/corpora');
const { papersPage } = await import('@/lib/query/papers-table');

// Titles and abstracts with tabs, line breaks, no-break spaces, capitals and punctuation inside words, and two
// papers sharing one text.
const texts = [
  ['Multi-Agent\tPlanning', 'We plan with LLM-based agents.'],
  ['Caches', 'A KV\ncache for Straße traffic (see https://x.org/a?b=1).'],
  ['Σίσυφος', 'ΟΔΟΣ and\u00a0no-break spaces join words.'],
  ['Multi-Agent\tPlanning', 'We plan with LLM-based agents.'],
  ['Plain', 'Nothing to see.'],
];
const papers = texts.map(([title = '', abstract = ''], n) =>
  newPaper({
    id: `f.txt:${n}`,
    title,
    abstract,
    organisation: n === 4 ? 'Agentic Labs' : null,
    githubRepos: n === 2 ? ['https://github.com/x/cache-kit'] : [],
    source: { file: 'f.txt', line: n + 1 },
  }),
);

/** What the search promises: every word a substring of the paper's lower-case title, abstract, org or repos. */
function expected(q: string): string[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return papers
    .filter((p) => {
      const text = [p.title, p.abstract, p.organisation, ...p.githubRepos].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((p) => p.id);
}

describe('the papers table search through the token index', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('selects exactly the papers whose text contains every word, within tokens and across fields', async () => {
    const { id } = await createCorpus({ name: 'Search', uploads: [], papers, problems: [], merged: 0 });
    const searches = [
      'agent',
      'ti-ag',
      'llm-based agents.',
      'kv cache',
      'STRASSE',
      'straße',
      'x.org/a?b=1',
      'σίσυφος',
      'οδοσ',
      'and\u00a0no-break',
      'cache-kit',
      'agentic',
      'plan nothing',
      '%',
      '_',
    ];
    for (const q of searches) {
      const page = await papersPage(id, { filter: NO_FILTER, q, sort: null, page: 1, size: 50 });
      expect(
        page.rows.map((r) => r.id),
        q,
      ).toEqual(expected(q));
    }
    // Some searches select papers, some none: the comparison is not empty on both sides.
    expect(expected('agent')).toHaveLength(3);
    expect(expected('plan nothing')).toHaveLength(0);
  });
});
