import { describe, expect, it } from 'vitest';
import { authorNames, displayName, readerCase } from '@/lib/ingest/author-names';

describe('authorNames', () => {
  it('splits BibTeX "and" lists outside braces, in any case', () => {
    expect(authorNames('Doe, Jane AND {Barnes and Noble} and John Smith', { bibtex: true }).names).toEqual([
      'Jane Doe',
      '{Barnes and Noble}',
      'John Smith',
    ]);
    expect(authorNames('{Barnes and Noble}', { bibtex: true, latex: true }).names).toEqual([
      'Barnes and Noble',
    ]);
  });

  it('reads Scopus "Last, I.x , Last, I.y" pairs and strips glued affiliation letters', () => {
    expect(authorNames("D'Ambrosio, A.a , Aria, M.B.b , Iorio, C.", { bibtex: true }).names).toEqual([
      "A. D'Ambrosio",
      'M.B. Aria',
      'C. Iorio',
    ]);
    // Two affiliations: `C.a  b`.
    expect(authorNames("Iorio, C.a  b , Aria, M.a  b , D'Ambrosio, A.a  b ", { bibtex: true }).names).toEqual(
      ['C. Iorio', 'M. Aria', "A. D'Ambrosio"],
    );
  });

  it('keeps a single BibTeX "Last, First" as one author', () => {
    expect(authorNames('Angenendt, Arnold', { bibtex: true }).names).toEqual(['Arnold Angenendt']);
  });

  it('splits ; and | lists, strips Scopus author ids, and marks "and others" as incomplete', () => {
    expect(authorNames('Liu, Fengyuan (60410297700); Li, Chunyun (58862216200)').names).toEqual([
      'Fengyuan Liu',
      'Chunyun Li',
    ]);
    expect(authorNames('Massimo Aria|Corrado Cuccurullo').names).toEqual([
      'Massimo Aria',
      'Corrado Cuccurullo',
    ]);
    expect(authorNames('A. One and others', { bibtex: true })).toEqual({
      names: ['A. One'],
      complete: false,
    });
    expect(authorNames('')).toEqual({ names: [], complete: true });
  });
});

describe('displayName', () => {
  it('turns "Last, First" and "Last, Jr., First" around and leaves other names alone', () => {
    expect(displayName('Lovelace, Ada')).toBe('Ada Lovelace');
    expect(displayName('King, Jr., Martin Luther')).toBe('Martin Luther King Jr.');
    expect(displayName('John Smith, Jr.')).toBe('John Smith, Jr.');
    expect(displayName('Chunjiang Ge')).toBe('Chunjiang Ge');
  });
});

describe('readerCase', () => {
  // An all-capital name as a reader expects it, initials kept; a name with any lower-case letter as written.
  it.each([
    ['AJ SCHUH', 'AJ Schuh'],
    ['AR HALL', 'AR Hall'],
    ['AFJ VAN RAAN', 'AFJ van Raan'],
    ['KIMBERLY A CLAUSING', 'Kimberly A Clausing'],
    ["M O'BRIEN-SMITH", "M O'Brien-Smith"],
    ['J.-P. MÜLLER', 'J.-P. Müller'],
    ['HF Moed', 'HF Moed'],
    ['danah boyd', 'danah boyd'],
    ['Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['', ''],
  ])('%s → %s', (written, shown) => {
    expect(readerCase(written)).toBe(shown);
  });
});
