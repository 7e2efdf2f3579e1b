import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectFormat, PARSERS } from '@/lib/ingest/detect';
import type { Paper } from '@/lib/model';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(dir);

/** Every record of a file as its parser reads it, duplicates kept. */
function papersOf(file: string): Paper[] {
  const text = readFileSync(dir + file, 'utf8');
  const format = detectFormat(text, file);
  if (!format) throw new Error(`${file}: no format detected`);
  return PARSERS[format](text, { file }).papers;
}

const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);
const known = (values: (number | null)[]) => values.filter((value) => value !== null).length;

/** A column of a CSV export, read apart from the parser. */
function column(file: string, name: string): string[] {
  const text = readFileSync(dir + file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map(
    (row) => row[name] ?? '',
  );
}

/** Numbers a pattern captures in a raw file. */
function captured(file: string, pattern: RegExp): number[] {
  return [...readFileSync(dir + file, 'utf8').matchAll(pattern)].map((match) => Number(match[1]));
}

describe.skipIf(!present)('impact, venue, affiliation and category fields of the real exports', () => {
  it.each([
    'wos/bibliometrix__RPT_papers.txt',
    'wos/bibliometrix__bibliometric_in_management.txt',
    'wos/bibliometrix__fixtures_wos_sample.txt',
  ])('%s: the citations stored add up to the sum of its TC fields', (file) => {
    const papers = papersOf(file);
    const tc = captured(file, /^TC (\d+)$/gm);
    expect(known(papers.map((p) => p.citations))).toBe(tc.length);
    expect(sum(papers.map((p) => p.citations))).toBe(tc.reduce((a, b) => a + b, 0));
    expect(papers.every((p) => p.venue)).toBe(true);
  });

  it('Web of Science C1: each bracketed author gets the address, its organisation and country', () => {
    const papers = papersOf('wos/bibliometrix__RPT_papers.txt');
    const paper = papers.find((p) => p.authors.includes('Sunwoo Hwang'));
    expect(paper?.affiliations).toEqual([
      {
        author: 0,
        institution: 'Univ N Carolina',
        country: 'United States',
        address: 'Univ N Carolina, Kenan Flagler Business Sch, Chapel Hill, NC 27599 USA',
      },
      {
        author: 1,
        institution: 'Korea Univ',
        country: 'South Korea',
        address: 'Korea Univ, Sch Business, Seoul 02841, South Korea',
      },
    ]);
    expect(paper?.correspondingCountry).toBe('South Korea');
    const chinese = papers.find((p) => p.affiliations.some((a) => a.address.endsWith('Peoples R China')));
    expect(chinese?.affiliations.find((a) => a.address.endsWith('Peoples R China'))?.country).toBe('China');
    // Every address in these files names its country, the pre-1998 ones by their US state.
    const addresses = papers.flatMap((p) => p.affiliations);
    expect(addresses.length).toBeGreaterThan(300);
    expect(addresses.filter((a) => a.country === null)).toEqual([]);
  });

  it('Scopus CSV: "Cited by" sums as in the file, addresses go to their authors in order', () => {
    const file = 'scopus/bibliometrix__fixtures_scopus_sample.csv';
    const papers = papersOf(file);
    const cited = column(file, 'Cited by').map(Number);
    expect(papers.map((p) => p.citations)).toEqual(cited);
    expect(papers.map((p) => p.venue)).toEqual(column(file, 'Source title'));
    const [first] = papers;
    expect(first?.affiliations.map((a) => [a.author, a.institution, a.country])).toEqual([
      [0, 'Hunan Normal University Health Science Center', 'China'],
      [1, 'Hunan Normal University Health Science Center', 'China'],
      [2, 'Hunan Normal University Health Science Center', 'China'],
      [3, 'Hunan Normal University Health Science Center', 'China'],
    ]);
    expect(first?.correspondingCountry).toBe('China');
    // `Cinkara E.; Derinalp P., Gaziantep …`: both authors share the one address.
    const shared = papers.find((p) => p.authors[0]?.includes('Cinkara'));
    expect(shared?.affiliations.map((a) => [a.author, a.institution, a.country])).toEqual([
      [0, 'Gaziantep University', 'Türkiye'],
      [1, 'Gaziantep University', 'Türkiye'],
    ]);
  });

  it('OpenAlex CSV: cited_by_count, the source, institutions and countries per author', () => {
    const file = 'other/bibliometrix__fixtures_openalex_sample.csv';
    const papers = papersOf(file);
    expect(papers.map((p) => p.citations)).toEqual(column(file, 'cited_by_count').map(Number));
    expect(papers[0]).toMatchObject({
      venue: 'Journal of Informetrics',
      correspondingCountry: 'Italy',
      affiliations: [
        {
          author: 0,
          institution: 'University of Naples Federico II',
          country: 'Italy',
          address: 'University of Naples Federico II',
        },
        {
          author: 1,
          institution: 'University of Campania "Luigi Vanvitelli"',
          country: 'Italy',
          address: 'University of Campania "Luigi Vanvitelli"',
        },
      ],
    });
    // No countries and no institutions: unknown, not an empty place.
    const unplaced = papers.find((p) => p.authors.includes('Hamid Derviş'));
    expect(unplaced?.affiliations).toEqual([]);
  });

  it('Lens CSV: "Citing Works Count" and the source title', () => {
    const file = 'other/bibliometrix__fixtures_lens_sample.csv';
    const papers = papersOf(file);
    expect(papers.map((p) => p.citations)).toEqual(column(file, 'Citing Works Count').map(Number));
    expect(papers.map((p) => p.venue)).toEqual(column(file, 'Source Title'));
  });

  it.each([
    ['bibtex/bibliometrix__wos__DISES.bib', /Times-Cited = \{\{(\d+)\}\}/g],
    ['bibtex/bibliometrix__wos__bibliometric_in_management.bib', /Times-Cited = \{\{(\d+)\}\}/g],
    ['bibtex/bibliometrix__scopus__DISESscopus.bib', /note=\{cited By (\d+)[;}]/g],
    ['bibtex/bibliometrix__scopus__scopus.bib', /note=\{cited By (\d+)[;}]/g],
    ['ris/tm2_09_business_analytics_education__scopus.ris', /Cited By: (\d+)/g],
  ])('%s: the citations stored add up to the counts written in the file', (file, pattern) => {
    const papers = papersOf(file);
    const counts = captured(file, pattern);
    expect(known(papers.map((p) => p.citations))).toBe(counts.length);
    expect(sum(papers.map((p) => p.citations))).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it('Web of Science BibTeX: named lines go to their authors, unnamed ones to nobody, the reprint line gives the country', () => {
    const papers = papersOf('bibtex/bibliometrix__wos__DISES.bib');
    const paper = papers.find((p) =>
      p.title.startsWith('Prognostic factors and outcome in anorexia nervosa'),
    );
    expect(paper?.correspondingCountry).toBe('Italy');
    expect(
      paper?.affiliations.map((a) => [a.author === null ? null : paper.authors[a.author], a.institution]),
    ).toEqual([
      ['Luca Errichiello', 'Univ Naples Federico II'],
      ['Ignazio Senatore', 'Univ Naples Federico II'],
      ['Davide Iodice', 'Policoro Hosp'],
      ['Dario Bruzzese', 'Univ Naples Federico II'],
      ['Marco Gherghi', 'Univ Naples Federico II'],
    ]);
    const unnamed = papers.flatMap((p) => p.affiliations).find((a) => a.address.startsWith('Princeton Univ'));
    expect(unnamed).toEqual({
      author: null,
      institution: 'Princeton Univ',
      country: 'United States',
      address: 'Princeton Univ, Princeton, NJ 08544 USA',
    });
  });

  it('Scopus BibTeX: the affiliation letters glued to the initials tie addresses to authors', () => {
    const papers = papersOf('bibtex/bibliometrix__scopus__scopus.bib');
    const paper = papers.find((p) => p.title.startsWith('Smart, open, user innovation'));
    const economics =
      'Department of Economics, Management, Institutions, University of Naples Federico II, Naples, Italy';
    const statistics =
      'Department of Economics and Statistics, University of Naples Federico II, Naples, Italy';
    // author={Della Corte, V.a , Aria, M.b , Del Gaudio, G.a }
    expect(paper?.authors).toEqual(['V. Della Corte', 'M. Aria', 'G. Del Gaudio']);
    expect(paper?.affiliations).toEqual(
      [
        [0, economics],
        [1, statistics],
        [2, economics],
      ].map(([author, address]) => ({
        author,
        institution: 'University of Naples Federico II',
        country: 'Italy',
        address,
      })),
    );
    expect(paper?.correspondingCountry).toBe('Italy');
    const all = papersOf('bibtex/bibliometrix__scopus__DISESscopus.bib').flatMap((p) => p.affiliations);
    expect(all.filter((a) => a.author !== null).length).toBeGreaterThan(all.length * 0.9);
  });

  it('arXiv snapshot: categories as listed, the primary first, and journal-ref as the venue', () => {
    const file = 'arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl';
    const records = readFileSync(dir + file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { categories: string; 'journal-ref': string | null });
    const papers = papersOf(file);
    expect(papers.map((p) => p.categories)).toEqual(records.map((r) => r.categories.split(' ')));
    expect(papers.filter((p) => p.venue !== 'arXiv').length).toBe(
      records.filter((r) => r['journal-ref']).length,
    );
    expect(papers.every((p) => p.citations === null && p.affiliations.length === 0)).toBe(true);
  });

  it('Hugging Face daily: upvotes on every record, stars and organisation only where given', () => {
    const names = readdirSync(`${dir}hf-daily-papers`).filter((name) => name.endsWith('.json'));
    const papers = names.flatMap((name) => papersOf(`hf-daily-papers/${name}`));
    const raw = names.flatMap((name) => {
      const value = JSON.parse(readFileSync(`${dir}hf-daily-papers/${name}`, 'utf8')) as unknown;
      const list = (Array.isArray(value) ? value : (value as { data: unknown[] }).data) as unknown[];
      return list.filter((item): item is { paper: Record<string, unknown> } => typeof item === 'object');
    });
    expect(known(papers.map((p) => p.upvotes))).toBe(papers.length);
    // The Python-repr files predate stars; a count beside no repository (`githubStars: 0`, `githubRepo: null`) is none.
    const starred = raw.filter((r) => typeof r.paper.githubStars === 'number' && r.paper.githubRepo);
    expect(known(papers.map((p) => p.githubStars))).toBe(starred.length);
    expect(sum(papers.map((p) => p.githubStars))).toBe(
      sum(starred.map((r) => r.paper.githubStars as number)),
    );
    const seed = papers.find((p) => p.arxivId === '2512.23447');
    expect(seed).toMatchObject({ organisation: 'ByteDance Seed', upvotes: 43, comments: 1 });
    const noOrganisation = papers.find((p) => p.arxivId === '2405.21060');
    expect(noOrganisation).toMatchObject({ organisation: null, upvotes: 27, githubStars: null });
  });
});
