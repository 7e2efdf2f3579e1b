import { authorIdentities } from '@/lib/analyze/author-stats';
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
  /** A venue or source, matched without regard to case. */
  venue: string | null;
  /** An institution one of the paper's addresses names, matched without regard to case. */
  institution: string | null;
  /** A country one of the paper's addresses is in. */
  country: string | null;
  /** An arXiv category the paper is listed in (primary or not). */
  category: string | null;
  /** An author, by the key names are matched on across spellings (`massimo aria`). */
  author: string | null;
}

export const NO_FILTER: PaperFilter = {
  terms: [],
  from: null,
  to: null,
  authors: null,
  code: null,
  venue: null,
  institution: null,
  country: null,
  category: null,
  author: null,
};

export function isFiltered(filter: PaperFilter): boolean {
  return (
    filter.terms.length > 0 ||
    !!filter.from ||
    !!filter.to ||
    filter.authors !== null ||
    filter.code !== null ||
    filter.venue !== null ||
    filter.institution !== null ||
    filter.country !== null ||
    filter.category !== null ||
    filter.author !== null
  );
}

type FilterablePaper = Pick<
  Paper,
  'date' | 'authorCount' | 'codeStatus' | 'venue' | 'affiliations' | 'categories' | 'authors'
> & { terms: readonly TermRef[] };

const sameText = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** Whether a paper's venue, addresses and categories pass the filter's. */
function matchesPlace(paper: FilterablePaper, filter: PaperFilter): boolean {
  const { venue, institution, country, category } = filter;
  if (venue !== null && !sameText(paper.venue, venue)) return false;
  if (institution !== null && !paper.affiliations.some((a) => sameText(a.institution, institution))) {
    return false;
  }
  if (country !== null && !paper.affiliations.some((a) => a.country === country)) return false;
  return category === null || paper.categories.includes(category);
}

/**
 * Whether a paper passes the filter. A period filter leaves out undated papers: their period is unknown.
 * `authorKeys` are the paper's matched authors (from `authorIdentities`), needed only by an author filter.
 */
export function matchesFilter(
  paper: FilterablePaper,
  filter: PaperFilter,
  authorKeys: readonly string[] = [],
): boolean {
  if (filter.author !== null && !authorKeys.includes(filter.author)) return false;
  if (!matchesPlace(paper, filter)) return false;
  if (filter.code && paper.codeStatus !== filter.code) return false;
  if (filter.authors && authorBinLabel(paper.authorCount) !== filter.authors) return false;
  if (filter.from || filter.to) {
    if (!paper.date) return false;
    if (filter.from && paper.date.slice(0, filter.from.length) < filter.from) return false;
    if (filter.to && paper.date.slice(0, filter.to.length) > filter.to) return false;
  }
  return filter.terms.every((key) => paper.terms.some((term) => term.key === key));
}

/** Indices of the papers that pass, in order. Authors are matched across the whole list, as the store does. */
export function filterPapers(papers: readonly FilterablePaper[], filter: PaperFilter): number[] {
  const keys = filter.author === null ? [] : authorIdentities(papers).keys;
  const kept: number[] = [];
  papers.forEach((paper, i) => {
    if (matchesFilter(paper, filter, keys[i])) kept.push(i);
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

/**
 * The active filters in words (`term: diffusion model`, `published: 2024 – 2025`), for chips and source lines;
 * `authorName` shows the author filter by name rather than by key.
 */
export function describeFilter(
  filter: PaperFilter,
  termLabels: Readonly<Record<string, string>> = {},
  authorName?: string,
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
  if (filter.author !== null) {
    parts.push({
      id: 'author',
      label: `author: ${authorName ?? filter.author}`,
      without: { ...filter, author: null },
    });
  }
  for (const field of ['venue', 'institution', 'country', 'category'] as const) {
    const value = filter[field];
    if (value !== null)
      parts.push({ id: field, label: `${field}: ${value}`, without: { ...filter, [field]: null } });
  }
  return parts;
}
