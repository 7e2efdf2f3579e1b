import { describe, expect, it } from 'vitest';
import { mergeDuplicates, normalizeTitle } from '@/lib/ingest/merge-duplicates';
import { newPaper } from '@/lib/ingest/paper';
import type { Paper } from '@/lib/model';

const paper = (id: string, fields: Partial<Paper> = {}): Paper =>
  newPaper({ id, title: `Title of ${id} in four words`, source: { file: 'f', line: 1 }, ...fields });

describe('mergeDuplicates', () => {
  it('returns an empty list unchanged', () => {
    expect(mergeDuplicates([])).toEqual({ papers: [], merged: 0 });
  });

  it('merges the same DOI, keeping the first paper and filling its missing fields from the later one', () => {
    const first = paper('a', { doi: '10.1/x', authors: ['A'], authorCount: 1, codeStatus: 'none' });
    const later = paper('b', {
      doi: '10.1/x',
      abstract: 'Later abstract',
      venue: 'Venue',
      date: '2020-05-01',
      datePrecision: 'month',
      githubRepos: ['o/r'],
      otherLinks: ['https://x.org'],
      codeStatus: 'linked',
    });
    const { papers, merged } = mergeDuplicates([first, later]);
    expect(merged).toBe(1);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 'a',
      title: 'Title of a in four words',
      authors: ['A'],
      abstract: 'Later abstract',
      venue: 'Venue',
      date: '2020-05-01',
      githubRepos: ['o/r'],
      otherLinks: ['https://x.org'],
      codeStatus: 'linked',
    });
    expect(first.abstract).toBe('');
  });

  it('merges arXiv ids across versions and unites links, repositories case-insensitively', () => {
    const { papers, merged } = mergeDuplicates([
      paper('a', { arxivId: '2405.15738', githubRepos: ['Owner/Repo'] }),
      paper('b', { arxivId: '2405.15738v2', githubRepos: ['owner/repo', 'other/repo'] }),
    ]);
    expect(merged).toBe(1);
    expect(papers[0]?.githubRepos).toEqual(['Owner/Repo', 'other/repo']);
  });

  it('merges titles that differ in case, accents, punctuation and spacing', () => {
    const { papers, merged } = mergeDuplicates([
      paper('a', { title: 'Déjà vu: A Study of  Things' }),
      paper('b', { title: 'deja vu — a study of things!' }),
      paper('c', { title: 'A different study of things' }),
    ]);
    expect(merged).toBe(1);
    expect(papers.map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('does not merge on short titles or when the DOIs differ', () => {
    const { merged } = mergeDuplicates([
      paper('a', { title: 'Introduction' }),
      paper('b', { title: 'Introduction' }),
      paper('c', { title: 'Same long title here', doi: '10.1/one' }),
      paper('d', { title: 'Same long title here', doi: '10.1/two' }),
    ]);
    expect(merged).toBe(0);
  });

  it('ranks code status linked > none > unknown and refines a date without contradicting it', () => {
    const { papers } = mergeDuplicates([
      paper('a', { doi: '10.1/x', codeStatus: 'unknown', date: '2020-01-01', datePrecision: 'year' }),
      paper('b', { doi: '10.1/x', codeStatus: 'none', date: '2020-03-04', datePrecision: 'day' }),
      paper('c', { doi: '10.1/x', codeStatus: 'unknown', date: '2019-01-01', datePrecision: 'day' }),
    ]);
    expect(papers[0]).toMatchObject({ codeStatus: 'none', date: '2020-03-04', datePrecision: 'day' });
  });
});

describe('normalizeTitle', () => {
  it('folds case, accents, punctuation and whitespace', () => {
    expect(normalizeTitle('  Déjà Vu:  the Paper! ')).toBe('deja vu the paper');
  });
});
