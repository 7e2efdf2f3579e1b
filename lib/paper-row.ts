import type { CsvValue } from '@/lib/export/csv';
import { formatDate } from '@/lib/format';
import type { AnalyzedPaper, CodeStatus } from '@/lib/model';
import type { ViewParams } from '@/lib/view-params';

/** A paper as the table, its search and its CSV export see it. */
export interface PaperRow {
  id: string;
  title: string;
  abstract: string;
  date: string | null;
  dateLabel: string;
  authors: number | null;
  organisation: string | null;
  repos: string[];
  codeStatus: CodeStatus;
  otherLinks: string[];
  terms: string[];
  citations: number | null;
  upvotes: number | null;
  stars: number | null;
  venue: string | null;
  /** The institutions and countries the paper's addresses name, each once, in the source's order. */
  institutions: string[];
  countries: string[];
  categories: string[];
  /** Lower-case text the search matches. */
  search: string;
}

/** How many papers of a corpus know each optional column of the table: a column no paper knows is not shown. */
export interface KnownColumns {
  citations: number;
  upvotes: number;
  stars: number;
  venue: number;
  institution: number;
  country: number;
  category: number;
}

/** A row the table's query selects: the search ran in the database. */
export type SelectedRow = Omit<PaperRow, 'search'>;

/** What the browser gets for one table row: no abstract, no search text. */
export type TableRow = Omit<PaperRow, 'abstract' | 'otherLinks' | 'search'>;

export const TERMS_PER_ROW = 4;

export function toPaperRow(paper: AnalyzedPaper): PaperRow {
  const terms = paper.terms.slice(0, TERMS_PER_ROW).map((t) => t.label);
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    date: paper.date,
    dateLabel: formatDate(paper.date, paper.datePrecision),
    authors: paper.authorCount,
    organisation: paper.organisation,
    repos: paper.githubRepos,
    codeStatus: paper.codeStatus,
    otherLinks: paper.otherLinks,
    terms,
    citations: paper.citations,
    upvotes: paper.upvotes,
    stars: paper.githubStars,
    venue: paper.venue,
    institutions: distinct(paper.affiliations.map((a) => a.institution)),
    countries: distinct(paper.affiliations.map((a) => a.country)),
    categories: paper.categories,
    search: [paper.title, paper.abstract, paper.organisation, ...paper.githubRepos, ...terms]
      .join(' ')
      .toLowerCase(),
  };
}

const distinct = (values: readonly (string | null)[]) =>
  [...new Set(values)].filter((value): value is string => value !== null);

export function toTableRow({ abstract: _a, otherLinks: _o, ...row }: SelectedRow): TableRow {
  return row;
}

/** True when every word of the query occurs in the row's title, abstract, terms, repositories or organisation. */
export function matchesSearch(row: Pick<PaperRow, 'search'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.search.includes(word));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const CODE_ORDER: Record<CodeStatus, number> = { unknown: 0, none: 1, linked: 2 };

type SortKey = (row: PaperRow) => string | number | null;

const SORT_KEYS: Record<NonNullable<ViewParams['sort']>['id'], SortKey> = {
  title: (row) => row.title,
  date: (row) => row.date,
  authors: (row) => row.authors,
  github: (row) => `${CODE_ORDER[row.codeStatus]}${row.repos[0]?.toLowerCase() ?? ''}`,
  terms: (row) => row.terms.join('; '),
  citations: (row) => row.citations,
  upvotes: (row) => row.upvotes,
  stars: (row) => row.stars,
  venue: (row) => row.venue,
  institution: (row) => row.institutions[0] ?? null,
};

/**
 * The rows a search and sort select, in order. Unknown values (no date, no author count, no citation count, no
 * venue, no institution) sort last in either direction; ties keep import order.
 */
export function selectRows(
  rows: readonly PaperRow[],
  { q, sort }: Pick<ViewParams, 'q' | 'sort'>,
): PaperRow[] {
  const selected = q.trim() ? rows.filter((row) => matchesSearch(row, q)) : [...rows];
  if (!sort) return selected;
  const key = SORT_KEYS[sort.id];
  const direction = sort.desc ? -1 : 1;
  return selected
    .map((row) => ({ row, value: key(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? 0 : a.value === null ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * direction;
    })
    .map(({ row }) => row);
}

export const PAPER_CSV_HEADER = [
  'title',
  'date',
  'authors',
  'organisation',
  'venue',
  'citations',
  'upvotes',
  'github_stars',
  'institutions',
  'countries',
  'categories',
  'github_repositories',
  'code_status',
  'top_terms',
  'other_links',
  'abstract',
];

/** One CSV row of the table; an unknown count (authors, citations, upvotes, stars) is an empty cell, never 0. */
export function paperCsvRow(row: SelectedRow): CsvValue[] {
  return [
    row.title,
    row.date,
    row.authors,
    row.organisation,
    row.venue,
    row.citations,
    row.upvotes,
    row.stars,
    row.institutions.join('; '),
    row.countries.join('; '),
    row.categories.join('; '),
    row.repos.join(' '),
    row.codeStatus,
    row.terms.join('; '),
    row.otherLinks.join(' '),
    row.abstract,
  ];
}
