import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import type { Paper } from '@/lib/model';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(dir);

function importFile(path: string) {
  const result = parseFiles([{ name: path, bytes: readFileSync(dir + path) }]);
  const file = result.files[0];
  if (!file) throw new Error(`no summary for ${path}`);
  return { ...result, file };
}

/** The papers of a file as the parser gives them, before duplicates are merged. */
function recordCount(path: string): number {
  return importFile(path).file.papers;
}

function byLine(papers: Paper[], line: number): Paper {
  const paper = papers.find((p) => p.source.line === line);
  if (!paper) throw new Error(`no paper at line ${line}`);
  return paper;
}

describe.skipIf(!present)('real corpora in ../shared/corpora (skipped: folder absent)', () => {
  describe('hf-daily-papers', () => {
    const names = present
      ? readdirSync(`${dir}hf-daily-papers`)
          .filter((name) => name.endsWith('.json'))
          .sort()
      : [];
    const result = present
      ? parseFiles(names.map((name) => ({ name, bytes: readFileSync(`${dir}hf-daily-papers/${name}`) })))
      : null;

    it('reads 6,141 records from the 415 daily files, all as hf-daily, with no problem', () => {
      if (!result) throw new Error('not parsed');
      expect(names).toHaveLength(415);
      expect(result.files.every((file) => file.format === 'hf-daily')).toBe(true);
      expect(result.files.reduce((sum, file) => sum + file.papers, 0)).toBe(6141);
      expect(result.problems).toEqual([]);
      // Every paper.id is distinct in this snapshot, so nothing merges.
      expect(result.merged).toBe(0);
      expect(result.papers).toHaveLength(6141);
    });

    it('says unknown for code before 2025-03-04 unless the abstract links a repository', () => {
      if (!result) throw new Error('not parsed');
      const before = result.papers.filter((p) => p.source.file < '2025-03-04');
      expect(before).toHaveLength(2656);
      expect(before.every((p) => p.codeStatus === 'unknown' || p.codeStatus === 'linked')).toBe(true);
      expect(before.filter((p) => p.codeStatus === 'linked').length).toBe(548);
      const after = result.papers.filter((p) => p.source.file >= '2025-03-04');
      expect(after.every((p) => p.codeStatus === 'linked' || p.codeStatus === 'none')).toBe(true);
    });

    it('reads a record before the githubRepo field as unknown, with its authors and day', () => {
      if (!result) throw new Error('not parsed');
      const stiv = result.papers.find((p) => p.arxivId === '2412.07730');
      expect(stiv).toMatchObject({
        title: 'STIV: Scalable Text and Image Conditioned Video Generation',
        authorCount: 17,
        date: '2024-12-10',
        datePrecision: 'day',
        codeStatus: 'unknown',
        githubRepos: [],
      });
    });

    it('takes githubRepo as the linked repository once the field exists', () => {
      if (!result) throw new Error('not parsed');
      const visualRft = result.papers.find((p) => p.arxivId === '2503.01785');
      expect(visualRft?.githubRepos).toEqual(['Liuziyu77/Visual-RFT']);
      expect(visualRft?.codeStatus).toBe('linked');
      expect(visualRft?.title).toBe('Visual-RFT: Visual Reinforcement Fine-Tuning');
    });

    it('uses the clean top-level title, not paper.title with its arXiv line breaks', () => {
      if (!result) throw new Error('not parsed');
      const prorl = result.papers.find((p) => p.arxivId === '2505.24864');
      expect(prorl?.title).toBe(
        'ProRL: Prolonged Reinforcement Learning Expands Reasoning Boundaries in Large Language Models',
      );
    });

    it('reads the Python repr() files and the {"status", "data"} wrapper', () => {
      if (!result) throw new Error('not parsed');
      expect(result.files.find((f) => f.name === '2024-12-11.json')?.papers).toBe(26);
      expect(result.files.find((f) => f.name === '2025-01-10.json')?.papers).toBe(9);
      const gan = result.papers.find((p) => p.arxivId === '2501.05441');
      expect(gan?.title).toBe('The GAN is dead; long live the GAN! A Modern GAN Baseline');
      expect(gan?.source).toEqual({ file: '2025-01-10.json', line: 6 });
    });
  });

  describe('bibtex', () => {
    it.each([
      ['bibtex/bibliometrix__wos__DISES.bib', 321],
      ['bibtex/bibliometrix__wos__bibliometric_in_management.bib', 220],
      ['bibtex/bibliometrix__scopus__DISESscopus.bib', 425],
      ['bibtex/bibliometrix__scopus__scopus.bib', 46],
      ['bibtex/BibSTEAKpy__CoCoCoLa.bib', 1],
      ['bibtex/BibSTEAKpy__bib-merge-test.bib', 2],
      ['bibtex/BibSTEAKpy__bibtests.bib', 9],
    ])('%s gives %i records', (path, count) => {
      expect(recordCount(path)).toBe(count);
    });

    it('reads the 92 entries of biblatex-examples: 90 papers and 2 @set groups reported', () => {
      const { file, problems } = importFile('bibtex/BibSTEAKpy__biblatex-examples.bib');
      expect(file.papers).toBe(90);
      expect(problems.map((p) => p.message)).toEqual([
        '@set "set" groups or holds data for other entries: not read as a paper.',
        '@set "stdmodel" groups or holds data for other entries: not read as a paper.',
      ]);
    });

    it('reads a WoS export: double braces, Month = {{JUN 15}}, keywords', () => {
      const { papers } = importFile('bibtex/bibliometrix__wos__DISES.bib');
      expect(byLine(papers, 1)).toMatchObject({
        title: 'Parsimonious time series clustering using P-splines',
        authors: ['Carmela Iorio', 'Gianluca Frasso', "Antonio D'Ambrosio", 'Roberta Siciliano'],
        authorCount: 4,
        date: '2016-06-15',
        datePrecision: 'day',
        venue: 'EXPERT SYSTEMS WITH APPLICATIONS',
        doi: '10.1016/j.eswa.2016.01.004',
        codeStatus: 'unknown',
      });
      expect(byLine(papers, 1).keywords.slice(0, 3)).toEqual([
        'Clustering algorithms',
        'P-splines',
        'Time series',
      ]);
    });

    it('keeps SICI DOIs whole (they contain < > and ;)', () => {
      const { papers } = importFile('bibtex/bibliometrix__wos__DISES.bib');
      const sici = papers.filter((p) => p.doi?.startsWith('10.1002/(sici)1526-4025(199910/12)15:4'));
      expect(sici.length).toBe(2);
      expect(new Set(sici.map((p) => p.doi)).size).toBe(2);
    });

    it('strips the affiliation letters Scopus glues to initials, with either separator', () => {
      const commas = importFile('bibtex/bibliometrix__scopus__scopus.bib').papers;
      expect(byLine(commas, 4).authors).toEqual(["A. D'Ambrosio", 'M. Aria', 'C. Iorio', 'R. Siciliano']);
      const ands = importFile('bibtex/bibliometrix__scopus__DISESscopus.bib').papers;
      expect(byLine(ands, 2).authors).toEqual(['C. Iorio', 'G. Frasso', "A. D'Ambrosio", 'R. Siciliano']);
      expect(byLine(ands, 2).datePrecision).toBe('year');
    });

    it('reports the duplicate keys Scopus writes', () => {
      const { problems } = importFile('bibtex/bibliometrix__scopus__DISESscopus.bib');
      expect(problems).toHaveLength(4);
      expect(problems[0]).toMatchObject({ line: 5206, severity: 'warning' });
      expect(problems[0]?.message).toContain('Alessandrini20091');
    });

    it('converts LaTeX accents and inherits through crossref in biblatex-examples', () => {
      const { papers } = importFile('bibtex/BibSTEAKpy__biblatex-examples.bib');
      expect(byLine(papers, 37).authors).toEqual([
        'Özge Aksın',
        'Hayati Türkmen',
        'Levent Artok',
        'Bekir Çetinkaya',
        'Chaoying Ni',
        'Orhan Büyükgüngör',
        'Erhan Özkal',
      ]);
      expect(byLine(papers, 52).title).toBe(
        'In Honore Salvatoris – Vom Sinn und Unsinn der Patrozinienkunde',
      );
      // westfahl:space cross-references westfahl:frontier for its year and venue.
      expect(byLine(papers, 10)).toMatchObject({ venue: 'Space and Beyond', date: '2000-01-01' });
    });
  });

  describe('bibtexparser-fixtures', () => {
    const expected: [string, number][] = [
      ['article.bib', 1],
      ['article_comma_first.bib', 2],
      ['article_comma_normal_multiple.bib', 3],
      ['article_comma_normal_single.bib', 1],
      ['article_field_name_with_underscore.bib', 1],
      ['article_homogenize.bib', 1],
      ['article_missing_coma.bib', 4],
      ['article_multilines.bib', 1],
      ['article_no_braces.bib', 1],
      ['article_oneline.bib', 2],
      ['article_start_with_bom.bib', 1],
      ['article_start_with_whitespace.bib', 2],
      ['article_with_annotation.bib', 1],
      ['article_with_protection_braces.bib', 1],
      ['article_with_special_characters.bib', 1],
      ['article_with_strings.bib', 1],
      ['book.bib', 1],
      ['book_bom.bib', 1],
      ['book_capital_AND.bib', 1],
      ['book_comma_first.bib', 1],
      ['comments_percentage.bib', 2],
      ['comments_percentage_nolastcoma.bib', 2],
      ['comments_spaces_and_declarations.bib', 1],
      ['crossref_cascading_aliases.bib', 3],
      ['crossref_entries.bib', 14],
      ['crossref_missing_entries.bib', 1],
      ['encoding.bib', 1],
      ['features.bib', 1],
      ['features2.bib', 1],
      ['multiple_entries.bib', 3],
      ['multiple_entries_and_comments.bib', 3],
      ['string.bib', 1],
      ['traps.bib', 1],
      ['website.bib', 1],
      ['xref_entries.bib', 8],
      ['xref_missing_entries.bib', 1],
    ];

    it('covers every fixture file', () => {
      const listed = new Set([
        ...expected.map(([name]) => name),
        'biber-examples.bib',
        'comments_only.bib',
        'common_strings.bib',
        'multiline_comments.bib',
        'empty.bib',
        'wrong.bib',
        'fieldname.bib',
        'crossref_cascading.bib',
        'crossref_cascading_cycle.bib',
      ]);
      expect(readdirSync(`${dir}bibtex/bibtexparser-fixtures`).sort()).toEqual([...listed].sort());
    });

    it.each(expected)('%s gives %i records and no error', (name, count) => {
      const { file, problems } = importFile(`bibtex/bibtexparser-fixtures/${name}`);
      expect(file.format).toBe('bibtex');
      expect(file.papers).toBe(count);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    });

    it('reads the 118 entries of biber-examples: every one a paper or a reported problem', () => {
      const { file, problems } = importFile('bibtex/bibtexparser-fixtures/biber-examples.bib');
      const skipped = problems.filter((p) => /no title: skipped|groups or holds data/.test(p.message));
      expect(file.papers).toBe(97);
      expect(file.papers + skipped.length).toBe(118);
    });

    it('reports wrong.bib: an unknown entry type and two entries without a title', () => {
      const { file, problems } = importFile('bibtex/bibtexparser-fixtures/wrong.bib');
      expect(file.papers).toBe(0);
      expect(problems.map((p) => [p.line, p.severity, p.field ?? null])).toEqual([
        [3, 'warning', null],
        [3, 'error', 'title'],
        [7, 'error', 'title'],
        [1, 'error', null],
      ]);
      expect(problems[0]?.message).toContain('@wrong');
      expect(problems[3]?.message).toContain('No records found');
    });

    it('treats files with only comments or @string as holding no records', () => {
      for (const name of ['comments_only.bib', 'common_strings.bib', 'multiline_comments.bib']) {
        const { file, problems } = importFile(`bibtex/bibtexparser-fixtures/${name}`);
        expect(file.papers).toBe(0);
        expect(problems.map((p) => p.message)).toEqual([
          `No records found in bibtex/bibtexparser-fixtures/${name} (read as BibTeX / BibLaTeX).`,
        ]);
      }
    });

    it('says an empty file is empty', () => {
      const { file, problems } = importFile('bibtex/bibtexparser-fixtures/empty.bib');
      expect(file).toMatchObject({ format: null, papers: 0 });
      expect(problems[0]?.message).toBe('bibtex/bibtexparser-fixtures/empty.bib is empty.');
    });

    it('reports crossref cycles and missing parents, and inherits along a cascade', () => {
      const cycle = importFile('bibtex/bibtexparser-fixtures/crossref_cascading_cycle.bib').problems;
      expect(
        cycle.some((p) => p.field === 'crossref' && /cycle \(circ1 → circ2 → circ1\)/.test(p.message)),
      ).toBe(true);
      const missing = importFile('bibtex/bibtexparser-fixtures/crossref_missing_entries.bib');
      expect(missing.problems[0]).toMatchObject({ line: 2, field: 'crossref', severity: 'warning' });
      const aliases = importFile('bibtex/bibtexparser-fixtures/crossref_cascading_aliases.bib').papers;
      // ccr3 → ccr2 → ccr1 (through its alias): the book's title becomes the venue.
      expect(byLine(aliases, 20)).toMatchObject({ venue: 'Misc etc.', authors: ['Vince Various'] });
    });

    it('handles BOMs, @string macros and month macros', () => {
      expect(importFile('bibtex/bibtexparser-fixtures/book_bom.bib').papers[0]?.source.line).toBe(1);
      const features = importFile('bibtex/bibtexparser-fixtures/features2.bib').papers[0];
      expect(features).toMatchObject({
        title: 'Cool Stuff',
        venue: 'My International Conference',
        authors: ['John Doe'],
      });
      const traps = importFile('bibtex/bibtexparser-fixtures/traps.bib').papers[0];
      expect(traps).toMatchObject({ title: 'An amazing title', date: '2013-01-01', datePrecision: 'month' });
    });
  });

  describe('ris', () => {
    it('reads the Scopus RIS export: 106 records, BOM first', () => {
      const { file, papers, problems } = importFile('ris/tm2_09_business_analytics_education__scopus.ris');
      expect(file).toMatchObject({ format: 'ris', papers: 106 });
      expect(problems).toEqual([]);
      expect(byLine(papers, 1)).toMatchObject({
        title:
          'Objectives and curriculum for a graduate business analytics capstone: Reflections from practice',
        authors: ['T. Anand', 'D. Mitchell'],
        authorCount: 2,
        date: '2022-01-01',
        datePrecision: 'year',
        venue: 'Decision Sciences Journal of Innovative Education',
        doi: '10.1111/dsji.12272',
        otherLinks: [],
      });
    });

    it.each([
      ['example_basic.ris', 'ris', 1],
      ['example_empty_tag.ris', 'ris', 1],
      ['example_extraneous_data.ris', 'ris', 2],
      ['example_full.ris', 'ris', 2],
      ['example_full_without_whitespace.ris', 'ris', 2],
      ['example_full_write.ris', 'ris', 2],
      ['example_multi_unknown_tags.ris', 'ris', 1],
      ['example_single_unknown_tag.ris', 'ris', 1],
      ['example_starting_newlines.ris', 'ris', 1],
      ['example_urls.ris', 'ris', 4],
      ['example_utf_chars.ris', 'ris', 1],
      ['example_wos.ris', 'wos', 2],
    ])('rispy %s is %s with %i records', (name, format, count) => {
      const { file } = importFile(`ris/rispy-fixtures/${name}`);
      expect(file).toMatchObject({ format, papers: count });
    });

    it.each([
      ['example_bom.ris', 1],
      ['example_custom_list_tags.ris', 1],
      ['example_multiline.ris', 3],
    ])('rispy %s has records without a title: each reported, then no records found', (name, untitled) => {
      const { file, problems } = importFile(`ris/rispy-fixtures/${name}`);
      expect(file.papers).toBe(0);
      expect(problems.filter((p) => p.field === 'TI')).toHaveLength(untitled);
      expect(problems.at(-1)?.message).toContain('No records found');
    });

    it('reads multi-line values, empty tags, DOI URLs and starred keywords', () => {
      const { papers } = importFile('ris/rispy-fixtures/example_empty_tag.ris');
      expect(papers[0]?.abstract).toMatch(/repetition\. Outcome measures are valuable/);
      expect(papers[0]?.doi).toBe('10.1177/2325967120950040');
      expect(papers[0]?.keywords).toEqual(['athlete', 'biomechanics', 'bone remodeling']);
      const utf = importFile('ris/rispy-fixtures/example_utf_chars.ris').papers[0];
      expect(utf?.authors[0]).toBe('Yu E. Dobrokhotova');
      expect(utf?.title).toMatch(/^Состояние/);
    });
  });

  describe('wos', () => {
    it.each([
      ['wos/bibliometrix__RPT_papers.txt', 178],
      ['wos/bibliometrix__bibliometric_in_management.txt', 241],
      ['wos/bibliometrix__fixtures_wos_sample.txt', 8],
    ])('%s gives %i records with no problem', (path, count) => {
      const { file, problems } = importFile(path);
      expect(file).toMatchObject({ format: 'wos', papers: count });
      expect(problems).toEqual([]);
    });

    it('joins continuation lines and prefers full author names', () => {
      const { papers } = importFile('wos/bibliometrix__RPT_papers.txt');
      expect(byLine(papers, 3)).toMatchObject({
        title: 'THE EFFECT OF PROFIT SHIFTING ON THE CORPORATE TAX BASE IN THE UNITED STATES AND BEYOND',
        authors: ['Kimberly A. Clausing'],
        authorCount: 1,
        date: '2016-12-01',
        datePrecision: 'month',
        doi: '10.17310/ntj.2016.4.09',
      });
    });
  });

  describe('csv', () => {
    it('reads the Scopus CSV by its headers: full names without ids, both keyword columns', () => {
      const { file, papers } = importFile('scopus/bibliometrix__fixtures_scopus_sample.csv');
      expect(file).toMatchObject({ format: 'csv', papers: 8 });
      expect(byLine(papers, 2)).toMatchObject({
        authors: ['Fengyuan Liu', 'Chunyun Li', 'Yong Liu', 'Yufei Li'],
        date: '2026-01-01',
        datePrecision: 'year',
        venue: 'Digital Health',
        doi: '10.1177/20552076261415846',
      });
      expect(byLine(papers, 3).keywords).toContain('Journal Impact Factor');
    });

    it('reads the Lens CSV: day dates and semicolon-separated authors', () => {
      const { file, papers } = importFile('other/bibliometrix__fixtures_lens_sample.csv');
      expect(file).toMatchObject({ format: 'csv', papers: 8 });
      expect(byLine(papers, 2)).toMatchObject({ date: '2020-11-22', datePrecision: 'day', authorCount: 10 });
    });

    it('reads the OpenAlex CSV: dotted columns, | between authors, DOI URLs', () => {
      const { file, papers } = importFile('other/bibliometrix__fixtures_openalex_sample.csv');
      expect(file).toMatchObject({ format: 'csv', papers: 8 });
      expect(byLine(papers, 2)).toMatchObject({
        title: 'bibliometrix : An R-tool for comprehensive science mapping analysis',
        authors: ['Massimo Aria', 'Corrado Cuccurullo'],
        venue: 'Journal of Informetrics',
        doi: '10.1016/j.joi.2017.08.007',
        date: '2017-09-12',
      });
    });
  });

  describe('arxiv', () => {
    it('reads 200 JSON lines with version-1 dates and authors_parsed', () => {
      const { file, papers } = importFile(
        'arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl',
      );
      expect(file).toMatchObject({ format: 'arxiv', papers: 200 });
      expect(byLine(papers, 1)).toMatchObject({
        title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
        authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky', 'C. -P. Yuan'],
        date: '2007-04-02',
        datePrecision: 'day',
        doi: '10.1103/physrevd.76.013009',
        arxivId: '0704.0001',
        codeStatus: 'none',
      });
    });

    it('reads the 4-record JSON array with CRLF line ends, dating records by their id', () => {
      const { file, papers } = importFile(
        'arxiv/Research_navigator__arxiv-metadata-oai-snapshot.json_array_sample.json',
      );
      expect(file).toMatchObject({ format: 'arxiv', papers: 4 });
      expect(byLine(papers, 16)).toMatchObject({
        title: 'LoRA: Low-Rank Adaptation of Large Language Models',
        authorCount: 8,
        date: '2023-05-01',
        datePrecision: 'month',
      });
    });
  });
});
