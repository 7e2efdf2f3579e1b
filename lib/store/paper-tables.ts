import 'server-only';
import { type DuckDBAppender, type DuckDBConnection, LIST, VARCHAR } from '@duckdb/node-api';
import { type AuthorIdentities, authorIdentities } from '@/lib/analyze/author-stats';
import { collationRanks } from '@/lib/collation-ranks';
import type { Affiliation, CodeStatus, Paper } from '@/lib/model';
import { pacer } from '@/lib/pacer';
import { appendSearchIndex } from '@/lib/store/search-index';
import { textHash } from '@/lib/store/text-hash';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';
import { isStopTerm } from '@/lib/terms/stop-terms';

const TEXT_LIST = LIST(VARCHAR);

const CODE_ORDER: Record<CodeStatus, number> = { unknown: 0, none: 1, linked: 2 };

const text = (appender: DuckDBAppender, value: string | null) =>
  value === null ? appender.appendNull() : appender.appendVarchar(value);
const integer = (appender: DuckDBAppender, value: number | null) =>
  value === null ? appender.appendNull() : appender.appendInteger(value);

/**
 * What the table's search matches in a paper's own row: its lower-case organisation and repositories. Its title
 * and abstract are found through the corpus's token index (lib/store/search-index.ts), its terms through the
 * table's terms.
 */
export function searchText(paper: Pick<Paper, 'organisation' | 'githubRepos'>): string {
  return [paper.organisation, ...paper.githubRepos].join(' ').toLowerCase();
}

/** Places in the table's text order of the values there are; `null` where there is none. */
export function nullableRanks(values: readonly (string | null)[]): (number | null)[] {
  const present = values.flatMap((value, i) => (value === null ? [] : [i]));
  const ranks = collationRanks(present.map((i) => values[i] as string));
  const out: (number | null)[] = values.map(() => null);
  present.forEach((index, i) => {
    out[index] = ranks[i] ?? null;
  });
  return out;
}

/** The institution a paper sorts by in the table: the first its addresses name. */
export function firstInstitution(paper: Pick<Paper, 'affiliations'>): string | null {
  return (paper.affiliations ?? []).find((a) => a.institution !== null)?.institution ?? null;
}

/** What the paper tables need computed over the whole corpus before its rows are written in parts. */
export interface PreparedPapers {
  papers: readonly Paper[];
  titleRanks: Int32Array;
  githubRanks: Int32Array;
  venueRanks: (number | null)[];
  institutionRanks: (number | null)[];
  authors: AuthorIdentities;
  /** Each matched author's number within the corpus. */
  authorNumbers: Map<string, number>;
  /** Each paper's text hash, and the text's number within the corpus, in order of first appearance. */
  textHashes: string[];
  textIds: Int32Array;
}

/**
 * Ranks the papers in the table's title and GitHub orders and matches author names across the whole corpus, once,
 * so that queries only count and sort.
 */
export function preparePapers(papers: readonly Paper[]): PreparedPapers {
  const authors = authorIdentities(papers);
  const textHashes = papers.map(textHash);
  const numbers = new Map<string, number>();
  const textIds = Int32Array.from(textHashes, (hash) => {
    let id = numbers.get(hash);
    if (id === undefined) {
      id = numbers.size;
      numbers.set(hash, id);
    }
    return id;
  });
  return {
    textHashes,
    textIds,
    papers,
    titleRanks: collationRanks(papers.map((p) => p.title)),
    githubRanks: collationRanks(
      papers.map((p) => `${CODE_ORDER[p.codeStatus]}${p.githubRepos[0]?.toLowerCase() ?? ''}`),
    ),
    venueRanks: nullableRanks(papers.map((p) => p.venue)),
    institutionRanks: nullableRanks(papers.map(firstInstitution)),
    authors,
    authorNumbers: numberAuthors(authors),
  };
}

/**
 * Numbers the matched authors most papers first (ties in order of first appearance). The authors a chart shows are
 * then the low numbers, and their rows, stored in author order, lie together at the start of the tables: a query
 * for the top authors' names or papers reads a few blocks, not all of them.
 */
function numberAuthors({ keys, names }: AuthorIdentities): Map<string, number> {
  const papers = new Map<string, number>([...names.keys()].map((key) => [key, 0]));
  for (const list of keys) for (const key of list) papers.set(key, (papers.get(key) ?? 0) + 1);
  const ranked = [...papers].map(([key, n], first) => ({ key, n, first }));
  ranked.sort((a, b) => b.n - a.n || a.first - b.first);
  return new Map(ranked.map(({ key }, i) => [key, i]));
}

/** Appends papers `from` (inclusive) to `to` (exclusive), in import order, with their matched authors. */
export async function appendPaperRows(
  connection: DuckDBConnection,
  corpusId: string,
  {
    papers,
    titleRanks,
    githubRanks,
    venueRanks,
    institutionRanks,
    authors: { keyOf },
    authorNumbers,
    textHashes,
    textIds,
  }: PreparedPapers,
  from = 0,
  to = papers.length,
): Promise<void> {
  // Other requests are answered between turns: appending a part of 50,000 papers, or one huge abstract, takes long.
  const pace = pacer();
  const rows = await connection.createAppender('papers');
  for (let ord = from; ord < to; ord++) {
    const paper = papers[ord] as Paper;
    rows.appendVarchar(corpusId);
    rows.appendInteger(ord);
    rows.appendVarchar(paper.id);
    rows.appendVarchar(textHashes[ord] ?? textHash(paper));
    rows.appendInteger(textIds[ord] ?? 0);
    rows.appendVarchar(paper.title);
    rows.appendVarchar(paper.abstract);
    rows.appendList(paper.authors, TEXT_LIST);
    integer(rows, paper.authorCount);
    text(rows, paper.organisation);
    text(rows, paper.date);
    text(rows, paper.datePrecision);
    text(rows, paper.venue);
    text(rows, paper.doi);
    text(rows, paper.arxivId);
    rows.appendList(paper.keywords, TEXT_LIST);
    rows.appendList(paper.githubRepos, TEXT_LIST);
    rows.appendList(paper.otherLinks, TEXT_LIST);
    rows.appendVarchar(paper.codeStatus);
    integer(rows, paper.comments);
    rows.appendVarchar(paper.source.file);
    rows.appendInteger(paper.source.line);
    rows.appendVarchar(searchText(paper));
    rows.appendInteger(titleRanks[ord] ?? 0);
    rows.appendInteger(githubRanks[ord] ?? 0);
    // Columns added later, in the order they were added; a paper of an earlier layout (migrated) lacks them.
    integer(rows, paper.citations ?? null);
    integer(rows, paper.upvotes ?? null);
    integer(rows, paper.githubStars ?? null);
    text(rows, paper.correspondingCountry ?? null);
    rows.appendList(paper.categories ?? [], TEXT_LIST);
    integer(rows, venueRanks[ord] ?? null);
    integer(rows, institutionRanks[ord] ?? null);
    // Whether the paper names its authors, so counting them never reads the lists of names.
    rows.appendBoolean(paper.authors.length > 0);
    text(rows, paper.dateOutsideRange ?? null);
    rows.endRow();
    if (pace.due()) await pace.pause();
  }
  rows.closeSync();
  const places = await connection.createAppender('paper_affiliations');
  for (let ord = from; ord < to; ord++) {
    const paper = papers[ord] as Paper;
    (paper.affiliations ?? []).forEach((affiliation, pos) => {
      const name = affiliation.author === null ? undefined : paper.authors[affiliation.author];
      places.appendVarchar(corpusId);
      places.appendInteger(ord);
      places.appendInteger(pos);
      integer(places, affiliation.author);
      integer(places, name === undefined ? null : (authorNumbers.get(keyOf(name)) ?? null));
      text(places, affiliation.institution);
      text(places, affiliation.country);
      places.appendVarchar(affiliation.address);
      places.endRow();
    });
    if (pace.due()) await pace.pause();
  }
  places.closeSync();
}

/**
 * Appends the matched authors: the name each is shown with, and the papers each wrote, both in author order (see
 * numberAuthors). Run once the corpus's papers are all known.
 */
export async function appendAuthors(
  connection: DuckDBConnection,
  corpusId: string,
  { authors: { names, keys }, authorNumbers }: PreparedPapers,
): Promise<void> {
  const pace = pacer();
  const byNumber = new Array<[string, string]>(authorNumbers.size);
  for (const [key, name] of names) byNumber[authorNumbers.get(key) ?? 0] = [key, name];
  const shown = await connection.createAppender('author_names');
  for (const [number, [key, name]] of byNumber.entries()) {
    shown.appendVarchar(corpusId);
    shown.appendInteger(number);
    shown.appendVarchar(key);
    shown.appendVarchar(name);
    shown.endRow();
    if (pace.due()) await pace.pause();
  }
  shown.closeSync();
  // Each author's papers, in paper order, by a counting sort over the authorships.
  const starts = new Int32Array(authorNumbers.size + 1);
  const numbers = keys.map((list) => list.map((key) => authorNumbers.get(key) ?? 0));
  for (const list of numbers) for (const n of list) starts[n + 1] = (starts[n + 1] ?? 0) + 1;
  for (let n = 0; n < authorNumbers.size; n++) starts[n + 1] = (starts[n + 1] ?? 0) + (starts[n] ?? 0);
  const next = starts.slice(0, authorNumbers.size);
  const ords = new Int32Array(starts[authorNumbers.size] ?? 0);
  numbers.forEach((list, ord) => {
    for (const n of list) {
      const at = next[n] ?? 0;
      ords[at] = ord;
      next[n] = at + 1;
    }
  });
  const written = await connection.createAppender('paper_authors');
  for (let n = 0; n < authorNumbers.size; n++) {
    for (let i = starts[n] ?? 0; i < (starts[n + 1] ?? 0); i++) {
      written.appendVarchar(corpusId);
      written.appendInteger(ords[i] ?? 0);
      written.appendInteger(n);
      written.endRow();
    }
    if (pace.due()) await pace.pause();
  }
  written.closeSync();
  await connection.run('INSERT INTO ranked_authors VALUES ($1)', [corpusId]);
}

/** Appends a whole corpus's papers in one go (for a small corpus, or inside one migration transaction). */
export async function appendPapers(
  connection: DuckDBConnection,
  corpusId: string,
  papers: readonly Paper[],
): Promise<void> {
  const prepared = preparePapers(papers);
  await appendPaperRows(connection, corpusId, prepared);
  await appendAuthors(connection, corpusId, prepared);
  await appendSearchIndex(connection, corpusId, prepared);
}

interface PaperRecord {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  author_count: number | null;
  organisation: string | null;
  date: string | null;
  date_precision: Paper['datePrecision'];
  venue: string | null;
  doi: string | null;
  arxiv_id: string | null;
  keywords: string[];
  github_repos: string[];
  other_links: string[];
  code_status: CodeStatus;
  comments: number | null;
  source_file: string;
  source_line: number;
  citations: number | null;
  upvotes: number | null;
  github_stars: number | null;
  corresponding_country: string | null;
  categories: string[] | null;
  affiliations: Affiliation[] | null;
  date_outside: string | null;
}

/** The columns that make a `Paper` again (of `papers p`), its affiliations gathered from their table. */
export const PAPER_COLUMNS = `id, title, abstract, authors, author_count, organisation, date, date_precision, venue, doi, arxiv_id,
  keywords, github_repos, other_links, code_status, comments, source_file, source_line,
  citations, upvotes, github_stars, corresponding_country, categories, date_outside,
  (select list({author: a.author_pos, institution: a.institution, country: a.country, address: a.address} order by a.pos)
    from paper_affiliations a
    where a.corpus_id = p.corpus_id and a.ord = p.ord) as affiliations`;

export function paperOfRecord(row: PaperRecord): Paper {
  return {
    id: row.id,
    title: row.title,
    abstract: row.abstract,
    authors: row.authors,
    authorCount: row.author_count,
    organisation: row.organisation,
    date: row.date,
    datePrecision: row.date_precision,
    venue: row.venue,
    doi: row.doi,
    arxivId: row.arxiv_id,
    keywords: row.keywords,
    githubRepos: row.github_repos,
    otherLinks: row.other_links,
    codeStatus: row.code_status,
    comments: row.comments,
    citations: row.citations,
    upvotes: row.upvotes,
    githubStars: row.github_stars,
    affiliations: row.affiliations ?? [],
    correspondingCountry: row.corresponding_country,
    categories: row.categories ?? [],
    source: { file: row.source_file, line: row.source_line },
    ...(row.date_outside ? { dateOutsideRange: row.date_outside } : {}),
  };
}

/**
 * Appends the extracted terms of tagged texts, in the extractor's order, with whether each key is a default
 * stop-term (a corpus's own stop-terms and merges are rules applied after), to `text_terms` or to a table of the
 * same columns (`temp.batch_terms`).
 */
export async function appendTermRows(
  connection: DuckDBConnection,
  table: 'text_terms' | 'batch_terms',
  version: string,
  tagged: ReadonlyMap<string, readonly ExtractedTerm[]>,
): Promise<void> {
  const terms =
    table === 'text_terms'
      ? await connection.createAppender('text_terms')
      : await connection.createAppender('batch_terms', 'main', 'temp');
  for (const [hash, extracted] of tagged) {
    extracted.forEach((term, pos) => {
      terms.appendVarchar(version);
      terms.appendVarchar(hash);
      terms.appendInteger(pos);
      terms.appendVarchar(term.key);
      terms.appendVarchar(term.label);
      terms.appendInteger(term.count);
      terms.appendInteger(term.first);
      terms.appendInteger(term.words);
      terms.appendBoolean(isStopTerm(term.key));
      terms.endRow();
    });
  }
  terms.closeSync();
}

/** Stores the extracted terms of texts tagged for the first time, and marks them tagged. */
export async function appendTextTerms(
  connection: DuckDBConnection,
  version: string,
  tagged: ReadonlyMap<string, readonly ExtractedTerm[]>,
): Promise<void> {
  await appendTermRows(connection, 'text_terms', version, tagged);
  await appendTaggedTexts(connection, version, tagged.keys());
}

/** Marks texts as tagged by this extractor version. */
export async function appendTaggedTexts(
  connection: DuckDBConnection,
  version: string,
  hashes: Iterable<string>,
): Promise<void> {
  const texts = await connection.createAppender('tagged_texts');
  for (const hash of hashes) {
    texts.appendVarchar(version);
    texts.appendVarchar(hash);
    texts.endRow();
  }
  texts.closeSync();
}
