import { describe, expect, it } from 'vitest';
import { mergeDuplicates, normalizeTitle } from '@/lib/ingest/merge-duplicates';
import { newPaper } from '@/lib/ingest/paper';
import type { Paper } from '@/lib/model';

const paper = (id: string, fields: Partial<Paper> = {}): Paper =>
  newPaper({ id, title: `Title of ${id} in four words`, source: { file: 'f', line: 1 }, ...fields });
/** A record as a bibliography lists it: title, authors and year. */
const work = (
  id: string,
  title: string,
  authors: string[],
  year: number | null,
  fields: Partial<Paper> = {},
) =>
  paper(id, {
    title,
    authors,
    date: year === null ? null : `${year}-01-01`,
    datePrecision: year === null ? null : 'year',
    ...fields,
  });

describe('mergeDuplicates', () => {
  it('returns an empty list unchanged', () => {
    expect(mergeDuplicates([])).toEqual({ papers: [], merged: 0, merges: [], problems: [] });
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

  it('merges equal titles (case, accents, punctuation, spacing aside) with the same first-author surname and year', () => {
    const { papers, merges } = mergeDuplicates([
      work('a', 'Déjà vu: A Study of  Things', ['Jörg Müller', 'B Other'], 2020),
      work('b', 'deja vu — a study of things!', ['Muller, J.'], 2020),
      work('c', 'A different study of things', ['Jörg Müller'], 2020),
    ]);
    expect(papers.map((p) => p.id)).toEqual(['a', 'c']);
    expect(merges).toEqual([
      {
        kept: {
          id: 'a',
          title: 'Déjà vu: A Study of  Things',
          firstAuthor: 'Jörg Müller',
          year: 2020,
          source: { file: 'f', line: 1 },
        },
        merged: {
          id: 'b',
          title: 'deja vu — a study of things!',
          firstAuthor: 'Muller, J.',
          year: 2020,
          source: { file: 'f', line: 1 },
        },
        reason: 'title',
        detail: 'same title, first-author surname (muller) and year (2020)',
      },
    ]);
  });

  it('merges short titles too when first author and year agree ("Layer normalization")', () => {
    const { papers, merged } = mergeDuplicates([
      work('ba2016', 'Layer normalization', ['Jimmy Lei Ba', 'Jamie Ryan Kiros'], 2016),
      work('ba2016b', 'Layer Normalization', ['Ba, Jimmy Lei'], 2016),
      work('vapnik', 'Statistical learning theory', ['Vladimir Vapnik'], 1998),
      work('vapnik2', 'Statistical Learning Theory.', ['V. N. Vapnik'], 1998),
    ]);
    expect(merged).toBe(2);
    expect(papers.map((p) => p.id)).toEqual(['ba2016', 'vapnik']);
  });

  it('keeps equal titles apart when the years are more than one apart, and merges them one year apart', () => {
    const title = 'Business analytics: radical shift or incremental change?';
    const apart = mergeDuplicates([
      work('conf', title, ['Jim Holsapple'], 2012),
      work('journal', title, ['Jim Holsapple'], 2014),
    ]);
    expect(apart.merged).toBe(0);
    const near = mergeDuplicates([
      work('preprint', title, ['Jim Holsapple'], 2013),
      work('journal', title, ['Jim Holsapple'], 2014),
    ]);
    expect(near.merged).toBe(1);
  });

  it('never lets one group span more than a year through a chain of neighbouring years', () => {
    const title = 'A paper published many times';
    const { papers } = mergeDuplicates([
      work('a', title, ['Ada Lovelace'], 2020),
      work('b', title, ['Ada Lovelace'], 2021),
      work('c', title, ['Ada Lovelace'], 2019),
    ]);
    expect(papers.map((p) => p.id)).toEqual(['a', 'c']);
  });

  it('keeps equal titles apart when the first authors differ, or when either record names no author or year', () => {
    const title = 'Building a business data analytics graduate certificate';
    const { merged } = mergeDuplicates([
      work('a', title, ['Ann Smith'], 2019),
      work('b', title, ['Bob Jones'], 2019),
      work('c', title, [], 2019),
      work('d', title, ['Ann Smith'], null),
      paper('e', { title: 'Introduction' }),
      paper('f', { title: 'Introduction' }),
    ]);
    expect(merged).toBe(0);
  });

  it('keeps equal titles apart when their identifiers conflict', () => {
    const { merges } = mergeDuplicates([
      work('a', 'Same title here', ['Ann Smith'], 2019, { doi: '10.1/one' }),
      work('b', 'Same title here', ['Ann Smith'], 2019, { doi: '10.1/two' }),
      work('c', 'Same title here', ['Ann Smith'], 2019, { arxivId: '1901.00001' }),
      work('d', 'Same title here', ['Ann Smith'], 2019, { arxivId: '1901.00002' }),
    ]);
    // `b` conflicts with `a`'s DOI; `c` joins `a`, which has no arXiv id; `d` conflicts with `a`'s arXiv id
    // since then, and joins `b`, which has none.
    expect(merges.map((m) => [m.kept.id, m.merged.id])).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('keeps records that share an identifier apart when years or first authors conflict, with a warning', () => {
    const { papers, problems } = mergeDuplicates([
      work('a', 'One paper', ['Ann Smith'], 2012, { doi: '10.1/x', source: { file: 'a.ris', line: 3 } }),
      work('b', 'Another paper', ['Bob Jones'], 2012, { doi: '10.1/x', source: { file: 'b.ris', line: 9 } }),
      work('c', 'One paper', ['Ann Smith'], 2019, {
        arxivId: '1408.5601',
        source: { file: 'c.ris', line: 1 },
      }),
      work('d', 'Unrelated', ['Cy Young'], 2021, {
        arxivId: '1408.5601',
        source: { file: 'd.ris', line: 5 },
      }),
    ]);
    expect(papers.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(problems).toEqual([
      {
        file: 'b.ris',
        line: 9,
        field: 'doi',
        message:
          'Shares its DOI 10.1/x with "One paper" (a.ris, line 3), but their first authors differ (Ann Smith, Bob Jones): kept as two papers.',
        severity: 'warning',
      },
      {
        file: 'd.ris',
        line: 5,
        field: 'arxivId',
        message:
          'Shares its arXiv id 1408.5601 with "One paper" (c.ris, line 1), but their years are more than 1 apart (2019, 2021): kept as two papers.',
        severity: 'warning',
      },
    ]);
  });

  it('lists why each identifier merge happened', () => {
    const { merges } = mergeDuplicates([
      work('a', 'Title one', ['Ann Smith'], 2019, { doi: '10.1/X' }),
      work('b', 'Title one (extended)', [], null, { doi: '10.1/x' }),
      work('c', 'Other', ['Ann Smith'], 2020, { arxivId: '2001.00001' }),
      work('d', 'Other', ['Ann Smith'], 2020, { arxivId: '2001.00001v3' }),
    ]);
    expect(merges.map((m) => [m.kept.id, m.merged.id, m.reason, m.detail])).toEqual([
      ['a', 'b', 'doi', 'same DOI 10.1/x'],
      ['c', 'd', 'arxiv', 'same arXiv id 2001.00001'],
    ]);
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
