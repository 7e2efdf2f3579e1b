import type { CsvValue } from '@/lib/export/csv';
import { formatDate } from '@/lib/format';
import type { AnalyzedPaper, CodeStatus } from '@/lib/model';

/** What the table needs of a paper: small and plain, so it crosses to the browser cheaply. */
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
  /** Lower-case text the search box matches. */
  search: string;
}

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
    search: [paper.title, paper.abstract, paper.organisation, ...paper.githubRepos, ...terms]
      .join(' ')
      .toLowerCase(),
  };
}

/** True when every word of the query occurs in the row. */
export function matchesSearch(row: Pick<PaperRow, 'search'>, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => row.search.includes(word));
}

export const PAPER_CSV_HEADER = [
  'title',
  'date',
  'authors',
  'organisation',
  'github_repositories',
  'code_status',
  'top_terms',
  'other_links',
  'abstract',
];

/** One CSV row of the table; an unknown author count is an empty cell, never 0. */
export function paperCsvRow(row: PaperRow): CsvValue[] {
  return [
    row.title,
    row.date,
    row.authors,
    row.organisation,
    row.repos.join(' '),
    row.codeStatus,
    row.terms.join('; '),
    row.otherLinks.join(' '),
    row.abstract,
  ];
}
