import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { newPaper } from '@/lib/ingest/paper';
import type { Paper } from '@/lib/model';
import { freshDataDir, importCorpus } from '../query/equivalence';

const dir = freshDataDir();
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
function expected(q: string, among: Paper[] = papers): string[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return among
    .filter((p) => {
      const text = [p.title, p.abstract, p.organisation, ...p.githubRepos].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .map((p) => p.id);
}

describe('the papers table search through the token index', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('selects exactly the papers whose text contains every word, within tokens and across fields', async () => {
    const id = await importCorpus('Search', papers);
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

  it('finds the words of an abstract of a million characters, wherever they stand', async () => {
    // Words of many lengths between spaces, tabs and line breaks; a unique word every 997 words and one across each
    // multiple of 2^18 characters (where the index could cut the text into pieces), its last letter a sigma (final
    // when lower-cased).
    let abstract = '';
    const unique: string[] = [];
    for (let i = 0, boundary = 2 ** 18; abstract.length < 1_100_000; i++) {
      const across = abstract.length < boundary && abstract.length + 8 > boundary;
      if (across) boundary += 2 ** 18;
      const word =
        across || i % 997 === 0 ? `Unique${i}xΣ` : (['a', 'bc', 'def', 'Ghij', 'klmno'][i % 5] ?? '');
      if (word.startsWith('Unique')) unique.push(word);
      abstract += word + [' ', '\t', '\n', '  '][i % 4];
    }
    const long = newPaper({
      id: 'long.txt:1',
      title: 'A Long\tOne',
      abstract,
      source: { file: 'long.txt', line: 1 },
    });
    const short = newPaper({
      id: 'long.txt:2',
      title: 'Short',
      abstract: 'Unique words? None.',
      source: long.source,
    });
    const id = await importCorpus('Long', [long, short]);
    const searches = [...unique];
    searches.push('unique', 'ghij\tklmno', 'xς', 'xσ', 'long one', 'none');
    for (const q of searches) {
      const page = await papersPage(id, { filter: NO_FILTER, q, sort: null, page: 1, size: 50 });
      expect(
        page.rows.map((r) => r.id),
        q,
      ).toEqual(expected(q, [long, short]));
    }
    expect(expected(unique.at(-1) ?? '', [long, short])).toEqual(['long.txt:1']);
    expect(expected('unique', [long, short])).toHaveLength(2);
  });
});
