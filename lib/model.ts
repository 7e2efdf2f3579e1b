/** The one definition of the data shapes that flow from parsers to charts. */

/** Whether a paper links source code: `unknown` when its source cannot say. */
export type CodeStatus = 'linked' | 'none' | 'unknown';

/** How much of a date the source gave: `2024` is year, `2024-03` month, `2024-03-19` day. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface Paper {
  /** Stable within its corpus. */
  id: string;
  title: string;
  /** Empty when the source gives none. */
  abstract: string;
  /** Names where the source lists them; empty when it gives only a count or nothing. */
  authors: string[];
  /** `null` when the source does not say (for example a card that names an organisation). */
  authorCount: number | null;
  /** The organisation a card names instead of its authors. */
  organisation: string | null;
  /** ISO `YYYY-MM-DD`; with month or year precision the missing parts are `01`. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** The date as read when its year is implausible (1202, 2999): `date` is then `null`, and it is counted apart. */
  dateOutsideRange?: string | null;
  venue: string | null;
  doi: string | null;
  arxivId: string | null;
  /** Author or index keywords given by the source (not extracted terms). */
  keywords: string[];
  /** GitHub repositories as `owner/repo`, in order of first mention. */
  githubRepos: string[];
  /** Every other URL: project pages, datasets, demos. */
  otherLinks: string[];
  codeStatus: CodeStatus;
  /** Comments on the paper's Hugging Face page (a card's count after its date, `numComments`); `null` when absent. */
  comments: number | null;
  /** Times cited, as the source counted them when exported (WoS `TC`, Scopus "Cited by", OpenAlex, Lens). */
  citations: number | null;
  /** Hugging Face upvotes. */
  upvotes: number | null;
  /** Stars of the linked GitHub repository, as Hugging Face recorded them. */
  githubStars: number | null;
  /** The authors' addresses, in the source's order; empty when it gives none. */
  affiliations: Affiliation[];
  /** Country of the corresponding (reprint) author's address, where the source names one. */
  correspondingCountry: string | null;
  /** arXiv subject classes (`cs.LG`), the primary one first; empty outside arXiv. */
  categories: string[];
  /** Where the record came from, for messages and for going back to the original. */
  source: SourceRef;
}

/** One author's address, or an address whose authors the source does not say. */
export interface Affiliation {
  /** Position of the author in `authors`; `null` when the source does not tie the address to an author. */
  author: number | null;
  /** The organisation part of the address (`Univ Naples Federico II`, `University of Cape Coast`). */
  institution: string | null;
  /** Common English name from a maintained country list (`United States`, `China`); `null` when none is named. */
  country: string | null;
  /** The address as the source writes it. */
  address: string;
}

export interface SourceRef {
  file: string;
  /** 1-based line of the record's first line, or its 1-based index where the format has no lines. */
  line: number;
}

export type Severity = 'error' | 'warning';

/** A record-level issue: the parser reports it and goes on. */
export interface Problem {
  file: string;
  line: number;
  /** The field concerned, when there is one (`date`, `authors`, …). */
  field?: string;
  message: string;
  severity: Severity;
  /** The file could not be read whole (empty, binary, unknown format, cut short): an import refuses it. */
  fatal?: true;
}

export interface ParseResult {
  papers: Paper[];
  problems: Problem[];
}

/** Every parser has this shape: pure, never throws on a bad record. */
export type Parser<Options extends object = object> = (
  text: string,
  options: { file: string } & Partial<Options>,
) => ParseResult;

/** A paper with the normalised terms extracted from its title and abstract. */
export interface TermRef {
  /** Normalised key: lower case, singular, hyphen/space folded. */
  key: string;
  /** How the term is shown. */
  label: string;
}

export interface AnalyzedPaper extends Paper {
  /** Distinct terms of this paper, most salient first. */
  terms: TermRef[];
}

/** A count that says how many papers it speaks for. */
export interface Coverage {
  /** Papers the statistic could use. */
  known: number;
  /** Papers whose source does not say. */
  unknown: number;
}

/** One record of a merge, as the import preview and the corpus page list it. */
export interface MergedRecord {
  id: string;
  title: string;
  /** Display name of the first author; `null` when the record names none. */
  firstAuthor: string | null;
  year: number | null;
  source: SourceRef;
}

/** Two records read as one work at import, and what said so. */
export interface Merge {
  /** The record kept (with fields the merged one filled in). */
  kept: MergedRecord;
  /** The record folded into it. */
  merged: MergedRecord;
  /** `doi` or `arxiv`: the identifier agrees; `title`: title, first-author surname and year agree. */
  reason: 'doi' | 'arxiv' | 'title';
  /** What agreed, for people: `same DOI 10.1/x`. */
  detail: string;
}
