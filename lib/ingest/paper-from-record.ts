import type { AuthorList } from '@/lib/ingest/author-names';
import { cleanText } from '@/lib/ingest/clean-text';
import { normalizeDoi, ownArxivId } from '@/lib/ingest/identifiers';
import { extractLinks } from '@/lib/ingest/links';
import { newPaper } from '@/lib/ingest/paper';
import type { ParsedDate } from '@/lib/ingest/parse-date';
import type { Affiliation, CodeStatus, Paper } from '@/lib/model';

/** What a parser read from one record, before it is tidied into a Paper. */
export interface PaperRecord {
  file: string;
  /** 1-based line of the record (or its index where the format has no lines). */
  line: number;
  title: string;
  abstract?: string | null;
  /** `null` or absent when the source does not list authors. */
  authors?: AuthorList | null;
  date?: ParsedDate | null;
  venue?: string | null;
  doi?: string | null;
  arxivId?: string | null;
  keywords?: readonly string[];
  /**
   * The record's own URL fields (`url`, `UR`, a link column): searched for links, and read for the record's DOI
   * or arXiv id when its identifier fields give none.
   */
  urls?: readonly (string | null | undefined)[];
  /** Free texts (abstract, notes, comments) searched for links; never read for the record's identifiers. */
  linkTexts?: readonly (string | null | undefined)[];
  /**
   * The status when no repository is found: `none` where the record is complete, `unknown` where it may not be;
   * `by-links` where the source has no field for code: `none` when the record gives a URL of its own that is not
   * a database's page of it, `unknown` otherwise (a GitHub link named in its texts still makes it `linked`).
   */
  codeStatusWithoutRepo: CodeStatus | 'by-links';
  organisation?: string | null;
  comments?: number | null;
  citations?: number | null;
  upvotes?: number | null;
  githubStars?: number | null;
  /** Author positions index the parsed author list. */
  affiliations?: readonly Affiliation[];
  correspondingCountry?: string | null;
  categories?: readonly string[];
}

// Pages of the record itself in a database, not links the paper gives.
const RECORD_PAGE =
  /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:doi\.org|scopus\.com|webofscience\.com|webofknowledge\.com|lens\.org|openalex\.org|arxiv\.org\/(?:abs|pdf)|semanticscholar\.org\/paper)\b/i;
const NO_ABSTRACT = /^\[?no abstract available\.?\]?$/i;

/** A Paper with clean text, canonical identifiers, links split from the text, and its code status. */
export function paperFromRecord(record: PaperRecord): Paper {
  const urls = record.urls ?? [];
  const links = extractLinks(...urls, ...(record.linkTexts ?? []));
  const otherLinks = links.otherLinks.filter((url) => !RECORD_PAGE.test(url));
  let doi = normalizeDoi(record.doi);
  let arxivId = ownArxivId(record.arxivId, record.doi, record.venue);
  let linksOfItsOwn = false;
  for (const url of extractLinks(...urls).otherLinks) {
    doi ??= /doi\.org\//i.test(url) ? normalizeDoi(url) : null;
    arxivId ??= ownArxivId(url);
    linksOfItsOwn ||= !RECORD_PAGE.test(url);
  }
  const statusWithoutRepo =
    record.codeStatusWithoutRepo !== 'by-links'
      ? record.codeStatusWithoutRepo
      : linksOfItsOwn
        ? 'none'
        : 'unknown';
  const abstract = cleanText(record.abstract);
  const names = record.authors?.names ?? [];
  return newPaper({
    id: `${record.file}:${record.line}`,
    title: cleanText(record.title),
    abstract: NO_ABSTRACT.test(abstract) ? '' : abstract,
    authors: names,
    authorCount: names.length > 0 && record.authors?.complete ? names.length : null,
    organisation: record.organisation ?? null,
    date: record.date?.date ?? null,
    datePrecision: record.date?.datePrecision ?? null,
    venue: cleanText(record.venue) || null,
    doi,
    arxivId,
    keywords: uniqueKeywords(record.keywords ?? []),
    githubRepos: links.githubRepos,
    otherLinks,
    codeStatus: links.githubRepos.length > 0 ? 'linked' : statusWithoutRepo,
    comments: record.comments ?? null,
    citations: record.citations ?? null,
    upvotes: record.upvotes ?? null,
    githubStars: record.githubStars ?? null,
    affiliations: [...(record.affiliations ?? [])],
    correspondingCountry: record.correspondingCountry ?? null,
    categories: [...(record.categories ?? [])],
    source: { file: record.file, line: record.line },
  });
}

function uniqueKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of keywords) {
    const keyword = cleanText(raw).replace(/^[*\s]+/, '');
    const key = keyword.toLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}

/** Splits a keyword field on `;` (or `,` when there is no `;`), as the exports write them. */
export function splitKeywords(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(text.includes(';') ? ';' : ',')
    .map(cleanText)
    .filter(Boolean);
}

/** A count as exports write it (`12`, `1,234`, ` 7 `); `null` when the text holds none. */
export function countOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const digits = value.trim().replace(/[,\s]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** Scopus writes its citation count in a note: RIS `Export Date: 18 October 2024; Cited By: 12`, BibTeX `cited By 0`. */
export function citedByNote(notes: readonly string[]): number | null {
  for (const note of notes) {
    const match = /\bcited by\s*:?\s*(\d+)/i.exec(note);
    if (match) return countOf(match[1]);
  }
  return null;
}
