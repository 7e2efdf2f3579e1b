import Papa from 'papaparse';
import {
  addressAffiliations,
  correspondenceCountry,
  openAlexAffiliations,
  reprintCountry,
  scopusAffiliations,
  wosAffiliations,
} from '@/lib/ingest/affiliations';
import { authorNames } from '@/lib/ingest/author-names';
import { ownArxivId } from '@/lib/ingest/identifiers';
import { lineIndex } from '@/lib/ingest/line-index';
import { countOf, paperFromRecord, splitKeywords } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import type { Affiliation, Paper, Parser, Problem } from '@/lib/model';

/** Column names (lower case) each field is read from, best first: Scopus, WoS, Lens, OpenAlex, Zotero and plain tables. */
const COLUMNS = {
  title: ['title', 'article title', 'document title', 'display_name', 'paper title', 'ti'],
  abstract: ['abstract', 'abstract note', 'summary', 'ab'],
  authors: [
    'author full names',
    'authorships.author.display_name',
    'author/s',
    'authors',
    'author',
    'author names',
    'af',
    'au',
  ],
  date: ['publication_date', 'date published', 'publication date', 'published', 'date'],
  year: ['publication year', 'publication_year', 'year', 'py'],
  venue: [
    'source title',
    'publication title',
    'primary_location.source.display_name',
    'journal',
    'venue',
    'conference name',
    'so',
  ],
  doi: ['doi', 'di'],
  arxivId: ['arxiv id', 'arxiv_id', 'arxiv', 'eprint'],
  keywords: [
    'author keywords',
    'keywords',
    'keywords.display_name',
    'manual tags',
    'index keywords',
    'automatic tags',
    'de',
  ],
  citations: [
    'cited by',
    'times cited, wos core',
    'times cited, all databases',
    'times cited',
    'cited_by_count',
    'citing works count',
    'scholarly citation count',
    'citations',
    'tc',
  ],
  shortAuthors: ['authors', 'au'],
  authorAffiliations: ['authors with affiliations'],
  addresses: ['affiliations', 'addresses', 'c1'],
  correspondence: ['correspondence address', 'reprint addresses', 'rp'],
  institutions: ['authorships.institutions.display_name'],
  countryCodes: ['authorships.countries'],
  corresponding: ['authorships.is_corresponding'],
  code: ['code', 'code url', 'repo_url', 'repository', 'github'],
  urls: ['url', 'link', 'source urls', 'external url'],
  notes: ['notes', 'extra'],
} as const;

type Field = keyof typeof COLUMNS;

/**
 * A table with one paper a row, comma-, semicolon- or tab-separated, read by its header names
 * (case-insensitive): Scopus, Web of Science tab-delimited, Lens, OpenAlex, Zotero and hand-made tables.
 */
export const parseCsv: Parser = (text, options) => {
  const file = options.file;
  const problems: Problem[] = [];
  const papers: Paper[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = lineIndex(source);
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const isWos = /^(?:PT|FN)\t/.test(firstLine) && /\tUT(?:\t|$)/.test(firstLine);

  const rows: { cells: string[]; line: number }[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: 'greedy',
    // Web of Science tab-delimited exports do not quote: a `"` in a title is just a character.
    ...(isWos ? { delimiter: '\t', quoteChar: '\u0000' } : {}),
    step: (result) => {
      const start = rowStart;
      const line = lineAt(start);
      rowStart = result.meta.cursor;
      while (source[rowStart] === '\n' || source[rowStart] === '\r') rowStart++;
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          // The quote runs to the end of the file, taking every later row into one cell: refused, never lost.
          const lines = source.slice(start).trimEnd().split('\n').length - 1;
          problems.push({
            file,
            line,
            message: `A quoted cell opens in the row at line ${line} and is never closed: the ${lines === 1 ? 'line' : `${lines} lines`} after it would be read as one cell. The file may be cut short or hold a stray quote; fix it and try again.`,
            severity: 'error',
            fatal: true,
          });
        } else if (error.type === 'Quotes') {
          problems.push({
            file,
            line,
            message: `${error.message}: the row may run into the next ones.`,
            severity: 'error',
          });
        }
      }
      rows.push({ cells: result.data, line });
    },
  });

  const header = rows.shift();
  if (!header) {
    problems.push({ file, line: 1, message: 'The table is empty.', severity: 'error' });
    return { papers, problems };
  }
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const column = Object.fromEntries(
    (Object.keys(COLUMNS) as Field[]).map((field) => [
      field,
      COLUMNS[field].map((alias) => names.indexOf(alias)).filter((index) => index >= 0),
    ]),
  ) as Record<Field, number[]>;
  // In Web of Science tables `ID` is Keywords Plus; elsewhere an `id` column is a record id.
  if (isWos && names.includes('id')) column.keywords.push(names.indexOf('id'));
  if (column.title.length === 0) {
    problems.push({
      file,
      line: header.line,
      message: `No title column: expected one named Title, Article Title, Document Title, display_name or TI (found ${header.cells.slice(0, 8).join(', ')}${header.cells.length > 8 ? ', …' : ''}).`,
      severity: 'error',
    });
    return { papers, problems };
  }

  for (const { cells, line } of rows) {
    if (cells.length !== header.cells.length && cells.some((cell) => cell.trim())) {
      problems.push({
        file,
        line,
        message: `Row has ${cells.length} cells where the header has ${header.cells.length}: values may sit in the wrong columns.`,
        severity: 'warning',
      });
    }
    const values = (field: Field) =>
      column[field].map((index) => (cells[index] ?? '').trim()).filter((value) => value && value !== 'NA');
    const first = (field: Field) => values(field)[0] ?? '';
    const problem = (message: string, field?: string, severity: Problem['severity'] = 'warning') =>
      problems.push({ file, line, ...(field ? { field } : {}), message, severity });

    const title = first('title');
    if (!title) {
      if (cells.some((cell) => cell.trim())) problem('Row has no title: skipped.', 'title', 'error');
      continue;
    }
    const dateText = first('date');
    const year = first('year');
    const wosMonth = isWos ? (cells[names.indexOf('pd')] ?? '') : '';
    const date = (dateText ? parseDate(dateText) : null) ?? (year ? parseDate(wosMonth, year) : null);
    if (!date && (dateText || year)) problem(`"${dateText || year}" is not a year or date.`, 'date');
    const authorText = first('authors');
    const authors = authorText ? authorNames(authorText) : null;
    const abstract = first('abstract');
    const addresses = affiliationsOfRow(first, authors?.names ?? []);

    papers.push(
      paperFromRecord({
        file,
        line,
        title,
        abstract,
        authors,
        date,
        venue: first('venue') || null,
        doi: first('doi'),
        arxivId: ownArxivId(first('arxivId')),
        keywords: values('keywords').flatMap(splitKeywords),
        urls: [...values('code'), ...values('urls')],
        linkTexts: [...values('notes'), abstract],
        // A table with a code column says "none" by an empty cell; other tables have no field for code.
        codeStatusWithoutRepo: column.code.length > 0 ? 'none' : 'by-links',
        citations: countOf(first('citations')),
        ...addresses,
      }),
    );
  }
  return { papers, problems };
};

/** Affiliations as each export writes them: Scopus per author or per paper, Web of Science `C1`, OpenAlex lists. */
function affiliationsOfRow(
  first: (field: Field) => string,
  authors: readonly string[],
): { affiliations: Affiliation[]; correspondingCountry: string | null } {
  const correspondence = first('correspondence');
  const correspondingCountry = /\((?:reprint|corresponding) author\)/i.test(correspondence)
    ? reprintCountry(correspondence)
    : correspondence
      ? correspondenceCountry(correspondence)
      : null;
  const perAuthor = first('authorAffiliations');
  if (perAuthor) {
    const shortNames = first('shortAuthors')
      .split(';')
      .map((name) => name.trim());
    return { affiliations: scopusAffiliations(perAuthor, shortNames), correspondingCountry };
  }
  const institutions = first('institutions');
  const countryCodes = first('countryCodes');
  if (institutions || countryCodes) {
    return openAlexAffiliations(institutions, countryCodes, first('corresponding'), authors.length);
  }
  const addresses = first('addresses');
  // Web of Science `C1`: `[Names] Address; [Names] Address`.
  if (addresses.startsWith('[')) {
    return { affiliations: wosAffiliations(addresses.split(/;\s*(?=\[)/), authors), correspondingCountry };
  }
  return { affiliations: addresses ? addressAffiliations([addresses]) : [], correspondingCountry };
}
