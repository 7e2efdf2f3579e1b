import { authorBinLabel } from '@/lib/analyze/authors-per-paper';
import { formatMonth } from '@/lib/format';
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

/** One active filter in words, and the filter without it. */
export interface FilterPart {
  id: string;
  label: string;
  without: PaperFilter;
}

const CODE_WORDS: Record<CodeStatus, string> = {
  linked: 'links a GitHub repository',
  none: 'no GitHub link',
  unknown: 'code status unknown',
};

const periodName = (period: string) => (period.length > 4 ? formatMonth(period) : period);

/** The active filters in words (`term: diffusion model`, `published: 2024 – 2025`), for chips and source lines. */
export function describeFilter(
  filter: PaperFilter,
  termLabels: Readonly<Record<string, string>> = {},
): FilterPart[] {
  const parts: FilterPart[] = filter.terms.map((term) => ({
    id: `term-${term}`,
    label: `term: ${termLabels[term] ?? term}`,
    without: { ...filter, terms: filter.terms.filter((t) => t !== term) },
  }));
  if (filter.from || filter.to) {
    const from = filter.from ? periodName(filter.from) : 'start';
    const to = filter.to ? periodName(filter.to) : 'end';
    parts.push({
      id: 'period',
      label: `published: ${from === to ? from : `${from} – ${to}`}`,
      without: { ...filter, from: null, to: null },
    });
  }
  if (filter.authors) {
    parts.push({
      id: 'authors',
      label: filter.authors === 'unknown' ? 'author count unknown' : `${filter.authors} authors`,
      without: { ...filter, authors: null },
    });
  }
  if (filter.code)
    parts.push({ id: 'code', label: CODE_WORDS[filter.code], without: { ...filter, code: null } });
  return parts;
}
