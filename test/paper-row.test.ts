import { describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { matchesSearch, PAPER_CSV_HEADER, paperCsvRow, selectRows, toPaperRow } from '@/lib/paper-row';

let n = 0;
function row(fields: Partial<Paper> & { terms?: string[] }) {
  n++;
  const { terms = [], ...rest } = fields;
  const paper: AnalyzedPaper = {
    ...newPaper({ id: `p${n}`, title: `Paper ${n}`, source: { file: 't', line: n }, ...rest }),
    terms: terms.map((label) => ({ key: label.toLowerCase(), label })),
  };
  return toPaperRow(paper);
}

const rows = [
  row({ title: 'beta diffusion', date: '2024-01-01', authorCount: 3, codeStatus: 'none' }),
  row({ title: 'Alpha', date: null, authorCount: null, organisation: 'Adobe', codeStatus: 'unknown' }),
  row({ title: 'gamma', date: '2023-05-01', authorCount: 50, githubRepos: ['b/repo'], codeStatus: 'linked' }),
  row({
    title: 'Delta',
    date: '2025-02-01',
    authorCount: 3,
    abstract: 'About Diffusion models.',
    codeStatus: 'none',
  }),
];
const titles = (list: { title: string }[]) => list.map((r) => r.title);

describe('selectRows', () => {
  it('keeps import order without a sort or search', () => {
    expect(titles(selectRows(rows, { q: '', sort: null }))).toEqual([
      'beta diffusion',
      'Alpha',
      'gamma',
      'Delta',
    ]);
  });

  it('sorts authors descending with unknown counts last, ties in import order', () => {
    expect(titles(selectRows(rows, { q: '', sort: { id: 'authors', desc: true } }))).toEqual([
      'gamma',
      'beta diffusion',
      'Delta',
      'Alpha',
    ]);
    expect(titles(selectRows(rows, { q: '', sort: { id: 'authors', desc: false } })).at(-1)).toBe('Alpha');
  });

  it('sorts titles without regard to case and dates with undated last', () => {
    expect(titles(selectRows(rows, { q: '', sort: { id: 'title', desc: false } }))).toEqual([
      'Alpha',
      'beta diffusion',
      'Delta',
      'gamma',
    ]);
    expect(titles(selectRows(rows, { q: '', sort: { id: 'date', desc: true } }))).toEqual([
      'Delta',
      'beta diffusion',
      'gamma',
      'Alpha',
    ]);
  });

  it('puts papers that link code first when GitHub sorts descending', () => {
    expect(titles(selectRows(rows, { q: '', sort: { id: 'github', desc: true } }))[0]).toBe('gamma');
  });

  it('searches title and abstract, every word, any case', () => {
    expect(titles(selectRows(rows, { q: 'DIFFUSION', sort: null }))).toEqual(['beta diffusion', 'Delta']);
    expect(titles(selectRows(rows, { q: 'diffusion models', sort: null }))).toEqual(['Delta']);
    expect(selectRows(rows, { q: 'nothing-like-this', sort: null })).toEqual([]);
  });

  it('searches organisations and repositories too', () => {
    expect(matchesSearch(rows[1] as never, 'adobe')).toBe(true);
    expect(matchesSearch(rows[2] as never, 'b/repo')).toBe(true);
  });
});

describe('paperCsvRow', () => {
  it('writes an unknown author count as an empty cell, not zero', () => {
    expect(paperCsvRow(rows[1] as never)[2]).toBeNull();
    const cells = paperCsvRow(rows[2] as never);
    expect(cells.slice(0, 4)).toEqual(['gamma', '2023-05-01', 50, null]);
    expect(cells.slice(11, 13)).toEqual(['b/repo', 'linked']);
  });
});

describe('impact and place columns', () => {
  const at = (institution: string | null, country: string | null) => ({
    author: null,
    institution,
    country,
    address: `${institution}, ${country}`,
  });
  const placed = [
    row({ title: 'one', citations: 5, venue: 'Zeta Letters', affiliations: [at('Univ B', 'Italy')] }),
    row({ title: 'two', citations: null, venue: null }),
    row({
      title: 'three',
      citations: 0,
      venue: 'alpha Journal',
      affiliations: [
        at('Univ A', 'France'),
        at('Univ C', 'Italy'),
        at('Univ A', 'France'),
        at(null, 'Spain'),
      ],
    }),
    row({ title: 'four', citations: 40, venue: 'Beta Review', upvotes: 3, githubStars: 10 }),
  ];

  it('gives each institution and country once, in the order of the addresses', () => {
    expect(placed[2]).toMatchObject({
      institutions: ['Univ A', 'Univ C'],
      countries: ['France', 'Italy', 'Spain'],
      venue: 'alpha Journal',
    });
  });

  it('sorts by citations, venue and institution with unknown last either way, zero being known', () => {
    const order = (id: 'citations' | 'venue' | 'institution', desc: boolean) =>
      titles(selectRows(placed, { q: '', sort: { id, desc } }));
    expect(order('citations', true)).toEqual(['four', 'one', 'three', 'two']);
    expect(order('citations', false)).toEqual(['three', 'one', 'four', 'two']);
    expect(order('venue', false)).toEqual(['three', 'four', 'one', 'two']);
    expect(order('institution', true)).toEqual(['one', 'three', 'two', 'four']);
  });

  it('writes unknown counts as empty cells, and lists places in the CSV', () => {
    const header = PAPER_CSV_HEADER;
    const cells = (r: (typeof placed)[number]) =>
      Object.fromEntries(paperCsvRow(r as never).map((cell, i) => [header[i], cell]));
    expect(cells(placed[1] as never)).toMatchObject({
      citations: null,
      upvotes: null,
      github_stars: null,
      venue: null,
    });
    expect(cells(placed[2] as never)).toMatchObject({
      citations: 0,
      institutions: 'Univ A; Univ C',
      countries: 'France; Italy; Spain',
    });
    expect(cells(placed[3] as never)).toMatchObject({ upvotes: 3, github_stars: 10 });
  });
});
