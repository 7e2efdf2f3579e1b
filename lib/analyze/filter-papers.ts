import { authorBinLabel } from '@/lib/analyze/authors-per-paper';
import type { CodeStatus, Paper, TermRef } from '@/lib/model';

/** What every chart and the table are narrowed to. Empty fields do not filter. */
export interface PaperFilter {
  /** Term keys a paper must all mention. */
  terms: string[];
  /** Inclusive period bounds, `YYYY` or `YYYY-MM`. */
  from: string | null;
  to: string | null;
  /** An authors-per-paper bin label (`'3'`, `'11–20'`, `'unknown'`). */
  authors: string | null;
  code: CodeStatus | null;
}

export const NO_FILTER: PaperFilter = { terms: [], from: null, to: null, authors: null, code: null };

export function isFiltered(filter: PaperFilter): boolean {
  return (
    filter.terms.length > 0 || !!filter.from || !!filter.to || filter.authors !== null || filter.code !== null
  );
}

type FilterablePaper = Pick<Paper, 'date' | 'authorCount' | 'codeStatus'> & { terms: readonly TermRef[] };

/** Whether a paper passes the filter. A period filter leaves out undated papers: their period is unknown. */
export function matchesFilter(paper: FilterablePaper, filter: PaperFilter): boolean {
  if (filter.code && paper.codeStatus !== filter.code) return false;
  if (filter.authors && authorBinLabel(paper.authorCount) !== filter.authors) return false;
  if (filter.from || filter.to) {
    if (!paper.date) return false;
    if (filter.from && paper.date.slice(0, filter.from.length) < filter.from) return false;
    if (filter.to && paper.date.slice(0, filter.to.length) > filter.to) return false;
  }
  return filter.terms.every((key) => paper.terms.some((term) => term.key === key));
}

/** Indices of the papers that pass, in order. */
export function filterPapers(papers: readonly FilterablePaper[], filter: PaperFilter): number[] {
  const kept: number[] = [];
  papers.forEach((paper, i) => {
    if (matchesFilter(paper, filter)) kept.push(i);
  });
  return kept;
}
