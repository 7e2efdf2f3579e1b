import { describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { matchesSearch, paperCsvRow, selectRows, toPaperRow } from '@/lib/paper-row';

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
    expect(paperCsvRow(rows[2] as never).slice(0, 6)).toEqual([
      'gamma',
      '2023-05-01',
      50,
      null,
      'b/repo',
      'linked',
    ]);
  });
});
