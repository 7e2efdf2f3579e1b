import { describe, expect, it } from 'vitest';
import { parseBibtex } from '@/lib/ingest/bibtex';

const parse = (text: string) => parseBibtex(text, { file: 'refs.bib' });

describe('parseBibtex', () => {
  it('returns nothing and no problem for empty input', () => {
    expect(parse('')).toEqual({ papers: [], problems: [] });
    expect(parse('  \n% only a comment\n')).toEqual({ papers: [], problems: [] });
  });

  it('reads a Web of Science entry: spaced key, double braces, Month = {{JUN 15}}, odd field names', () => {
    const { papers, problems } = parse(
      [
        '@article{ ISI:000371557900003,',
        'Author = {Iorio, Carmela and Frasso, Gianluca and',
        '   Siciliano, Roberta},',
        'Title = {{Parsimonious time series clustering using {P}-splines}},',
        'Journal = {{EXPERT SYSTEMS WITH APPLICATIONS}},',
        'Year = {{2016}},',
        'Month = {{JUN 15}},',
        'DOI = {{10.1016/J.ESWA.2016.01.004}},',
        'Keywords = {{Clustering algorithms; P-splines}},',
        'Usage-Count-(Last-180-days) = {{3}},',
        '}',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      id: 'refs.bib:1',
      title: 'Parsimonious time series clustering using P-splines',
      authors: ['Carmela Iorio', 'Gianluca Frasso', 'Roberta Siciliano'],
      authorCount: 3,
      date: '2016-06-15',
      datePrecision: 'day',
      venue: 'EXPERT SYSTEMS WITH APPLICATIONS',
      doi: '10.1016/j.eswa.2016.01.004',
      keywords: ['Clustering algorithms', 'P-splines'],
      codeStatus: 'unknown',
      source: { file: 'refs.bib', line: 1 },
    });
  });

  it('reads a Scopus export: text before the first @, affiliation letters glued to initials', () => {
    const { papers } = parse(
      [
        'Scopus',
        'EXPORT DATE: 13 January 2017',
        '',
        "@ARTICLE{D'Ambrosio20171339,",
        "author={D'Ambrosio, A.a , Aria, M.a , Iorio, C.b },",
        'title={Regression trees for multivalued numerical response variables},',
        'year={2017},',
        'author_keywords={Earth mover distance;  Regression trees},',
        'url={https://www.scopus.com/inward/record.uri?eid=2-s2.0-84993929598},',
        '}',
        '@ARTICLE{Lignola2016833,',
        'author={Lignola, M.B.a  and Morgan, J.b },',
        'title={A method to bypass the lack of solutions},',
        'year={2016},',
        '}',
      ].join('\n'),
    );
    expect(papers.map((p) => p.authors)).toEqual([
      ["A. D'Ambrosio", 'M. Aria', 'C. Iorio'],
      ['M.B. Lignola', 'J. Morgan'],
    ]);
    expect(papers[0]?.source.line).toBe(4);
    expect(papers[0]?.keywords).toEqual(['Earth mover distance', 'Regression trees']);
    // The Scopus record page is not a link the paper gives.
    expect(papers[0]?.otherLinks).toEqual([]);
  });

  it('expands @string macros, # concatenation and month macros', () => {
    const { papers, problems } = parse(
      [
        '@string{conf = "Proceedings of the " # "Tenth Workshop"}',
        '@STRING{ me = {Doe} }',
        '@inproceedings{k,',
        '  author = "John " # ME,',
        '  title = "{Cool} Stuff",',
        '  booktitle = conf,',
        '  year = 2014,',
        '  month = jul,',
        '}',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: 'Cool Stuff',
      authors: ['John Doe'],
      venue: 'Proceedings of the Tenth Workshop',
      date: '2014-07-01',
      datePrecision: 'month',
    });
  });

  it('turns LaTeX accents and commands into Unicode, and `and others` into an unknown count', () => {
    const { papers } = parse(
      String.raw`@book{b, author = {M{\"u}ller, J{\"o}rg and Garc\'{\i}a, Ana and others},
        title = {{\"U}ber {\em das} Stra{\ss}enbild~-- eine Studie}, year = {1999}}`,
    );
    expect(papers[0]).toMatchObject({
      title: 'Über das Straßenbild – eine Studie',
      authors: ['Jörg Müller', 'Ana García'],
      authorCount: null,
    });
  });

  it('inherits missing fields through crossref, the parent title becoming the venue', () => {
    const { papers, problems } = parse(
      [
        '@inproceedings{child, author = {A. Author}, title = {Child Paper}, crossref = {proc}}',
        '@proceedings{proc, title = {Proceedings of Things}, year = {2001}, abstract = {Not the child abstract}}',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: 'Child Paper',
      venue: 'Proceedings of Things',
      date: '2001-01-01',
      abstract: '',
    });
  });

  it('reads arXiv ids from eprint, and code links from url and note fields', () => {
    const { papers } = parse(
      [
        '@misc{a, title = {With code}, eprint = {2401.01234v2}, archivePrefix = {arXiv},',
        '  note = {Code at \\url{https://github.com/Owner/Repo_1}.}}',
        '@misc{b, title = {Without code}, howpublished = {\\url{https://example.org/page}}}',
      ].join('\n'),
    );
    expect(papers[0]).toMatchObject({
      arxivId: '2401.01234',
      githubRepos: ['Owner/Repo_1'],
      codeStatus: 'linked',
    });
    expect(papers[1]).toMatchObject({ otherLinks: ['https://example.org/page'], codeStatus: 'none' });
  });

  it('reports a field without "=" with its line and field, and keeps the rest of the entry', () => {
    const { papers, problems } = parse(
      ['@article{k,', '  title = {Kept},', '  year 2020,', '  author = {Ada Lovelace},', '}'].join('\n'),
    );
    expect(problems).toEqual([
      {
        file: 'refs.bib',
        line: 3,
        field: 'year',
        message: 'Field "year" has no "=" after its name: skipped.',
        severity: 'warning',
      },
    ]);
    expect(papers[0]).toMatchObject({ title: 'Kept', authors: ['Ada Lovelace'], date: null });
  });

  it('reports an unclosed entry at its line and still reads the next entry', () => {
    const { papers, problems } = parse(
      [
        '@article{bad,',
        '  title = {Broken,',
        '  year = 2020',
        '',
        '@article{good,',
        '  title = {Fine},',
        '}',
      ].join('\n'),
    );
    expect(problems[0]).toMatchObject({ line: 1, severity: 'error' });
    expect(problems[0]?.message).toContain('before line 5');
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([['Fine', 5]]);
  });

  it('skips an entry without a title as an error naming its key, and warns about unknown types and macros', () => {
    const { papers, problems } = parse(
      ['@wrong{foo,', '  author = {wrong}', '}', '@article{bar, title = {T}, journal = undefinedmacro}'].join(
        '\n',
      ),
    );
    expect(papers.map((p) => p.title)).toEqual(['T']);
    expect(problems).toEqual([
      {
        file: 'refs.bib',
        line: 4,
        field: 'journal',
        message: 'Unknown @string "undefinedmacro" in field "journal".',
        severity: 'warning',
      },
      {
        file: 'refs.bib',
        line: 1,
        message: 'Unknown entry type "@wrong": read as a generic entry.',
        severity: 'warning',
      },
      {
        file: 'refs.bib',
        line: 1,
        field: 'title',
        message: 'Entry "foo" has no title: skipped.',
        severity: 'error',
      },
    ]);
  });

  it('ignores @comment, @preamble and % comments, and reads entries in parentheses', () => {
    const { papers, problems } = parse(
      [
        '@comment{ @article{hidden, title = {No}} }',
        '@preamble{ "\\makeatletter" }',
        '% @article{alsohidden, title = {No}}',
        '@article(paren, title = {In parentheses}, year = {2003})',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(['In parentheses']);
  });
});
