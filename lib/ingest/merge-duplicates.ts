import { authorKey } from '@/lib/analyze/author-stats';
import type { CodeStatus, DatePrecision, Merge, MergedRecord, Paper, Problem } from '@/lib/model';

const CODE_RANK: Record<CodeStatus, number> = { unknown: 0, none: 1, linked: 2 };
const PRECISION_RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };
// A preprint and its published version often carry neighbouring years; further apart, they are two works.
const YEARS_APART = 1;
const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;
// No code unit above U+007F.
const ASCII = /^[^\u0080-\uffff]*$/;

export interface MergeResult {
  papers: Paper[];
  merged: number;
  /** Every merge, in the order the records were read. */
  merges: Merge[];
  /** Records that share an identifier with an earlier one but disagree on year or first author: kept apart. */
  problems: Problem[];
}

/** One work as read so far: the kept paper and what its records agree on. */
interface Work {
  paper: Paper;
  surname: string | null;
  minYear: number | null;
  maxYear: number | null;
}

/**
 * One paper per work. Two records are one work when their DOI or arXiv id (any version) agrees, or when their
 * title (case, accents, punctuation and spacing aside), first-author surname and year agree, whatever the
 * title's length; and never when their years are more than one apart, their first authors differ or their
 * identifiers conflict. The later record is merged into the first, whose missing fields it fills (links are
 * united, code status is the most informative). Ids of the kept papers do not change.
 */
export function mergeDuplicates(papers: readonly Paper[]): MergeResult {
  const works: Work[] = [];
  const byDoi = new Map<string, number>();
  const byArxiv = new Map<string, number>();
  const byTitle = new Map<string, number[]>();
  const merges: Merge[] = [];
  const problems: Problem[] = [];

  // Titles are looked up with the first author's surname, so a title many works share (`Editorial`) is a
  // short list to check, not every paper so far.
  const remember = (index: number, paper: Paper) => {
    const doi = doiKey(paper);
    const arxiv = arxivKey(paper);
    if (doi && !byDoi.has(doi)) byDoi.set(doi, index);
    if (arxiv && !byArxiv.has(arxiv)) byArxiv.set(arxiv, index);
    const surname = works[index]?.surname;
    const title = normalizeTitle(paper.title);
    if (!title || !surname) return;
    const key = `${title}\u0000${surname}`;
    const same = byTitle.get(key);
    if (!same) byTitle.set(key, [index]);
    else if (!same.includes(index)) same.push(index);
  };

  for (const paper of papers) {
    const surname = firstSurname(paper);
    const year = yearOf(paper);
    let target: number | undefined;
    let reason: Merge['reason'] = 'title';
    for (const [kind, key, index] of [
      ['doi', doiKey(paper), byDoi],
      ['arxiv', arxivKey(paper), byArxiv],
    ] as const) {
      const found = key ? index.get(key) : undefined;
      if (found === undefined || target !== undefined) continue;
      const work = works[found] as Work;
      const conflict = conflictOf(work, paper, surname, year);
      if (conflict) problems.push(keptApart(paper, work.paper, kind, conflict));
      else {
        target = found;
        reason = kind;
      }
    }
    if (target === undefined && surname !== null && year !== null) {
      target = byTitle
        .get(`${normalizeTitle(paper.title)}\u0000${surname}`)
        ?.find((index) => conflictOf(works[index] as Work, paper, surname, year) === null);
    }

    if (target === undefined) {
      works.push({ paper, surname, minYear: year, maxYear: year });
      remember(works.length - 1, paper);
      continue;
    }
    const work = works[target] as Work;
    merges.push({
      kept: recordOf(work.paper),
      merged: recordOf(paper),
      reason,
      detail: detailOf(reason, paper, surname, year),
    });
    work.paper = mergeInto(work.paper, paper);
    work.surname ??= surname;
    if (year !== null) {
      work.minYear = Math.min(work.minYear ?? year, year);
      work.maxYear = Math.max(work.maxYear ?? year, year);
    }
    // A merge can fill in an identifier, and the later title names the work too.
    remember(target, work.paper);
    remember(target, paper);
  }
  return { papers: works.map((work) => work.paper), merged: merges.length, merges, problems };
}

/** Why the paper cannot be one work with those read so far, or `null` when nothing says so. */
function conflictOf(work: Work, paper: Paper, surname: string | null, year: number | null): string | null {
  const other = work.paper;
  if (other.doi && paper.doi && doiKey(other) !== doiKey(paper)) {
    return `their DOIs differ (${other.doi}, ${paper.doi})`;
  }
  if (other.arxivId && paper.arxivId && arxivKey(other) !== arxivKey(paper)) {
    return `their arXiv ids differ (${other.arxivId}, ${paper.arxivId})`;
  }
  if (
    year !== null &&
    work.minYear !== null &&
    work.maxYear !== null &&
    (year - work.minYear > YEARS_APART || work.maxYear - year > YEARS_APART)
  ) {
    const years = work.minYear === work.maxYear ? work.minYear : `${work.minYear}–${work.maxYear}`;
    return `their years are more than ${YEARS_APART} apart (${years}, ${year})`;
  }
  if (surname !== null && work.surname !== null && surname !== work.surname) {
    return `their first authors differ (${other.authors[0]}, ${paper.authors[0]})`;
  }
  return null;
}

function keptApart(paper: Paper, earlier: Paper, kind: 'doi' | 'arxiv', conflict: string): Problem {
  const what = kind === 'doi' ? `DOI ${paper.doi}` : `arXiv id ${paper.arxivId}`;
  return {
    file: paper.source.file,
    line: paper.source.line,
    field: kind === 'doi' ? 'doi' : 'arxivId',
    message: `Shares its ${what} with "${shorten(earlier.title)}" (${earlier.source.file}, line ${earlier.source.line}), but ${conflict}: kept as two papers.`,
    severity: 'warning',
  };
}

function detailOf(
  reason: Merge['reason'],
  paper: Paper,
  surname: string | null,
  year: number | null,
): string {
  if (reason === 'doi') return `same DOI ${doiKey(paper)}`;
  if (reason === 'arxiv') return `same arXiv id ${arxivKey(paper)}`;
  return `same title, first-author surname (${surname}) and year (${year})`;
}

function recordOf(paper: Paper): MergedRecord {
  return {
    id: paper.id,
    title: paper.title,
    firstAuthor: paper.authors[0] ?? null,
    year: yearOf(paper),
    source: paper.source,
  };
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function doiKey(paper: Paper): string | null {
  return paper.doi ? paper.doi.toLowerCase() : null;
}

function arxivKey(paper: Paper): string | null {
  return paper.arxivId ? paper.arxivId.toLowerCase().replace(/v\d+$/, '') : null;
}

function yearOf(paper: Paper): number | null {
  return paper.date ? Number(paper.date.slice(0, 4)) : null;
}

/** The first author's family name folded for matching (`Müller, J.` and `Jan Muller` give `muller`). */
export function firstSurname(paper: Pick<Paper, 'authors'>): string | null {
  const first = paper.authors[0];
  if (!first) return null;
  const tokens = authorKey(first).split(' ').filter(Boolean);
  while (tokens.length > 1 && NAME_SUFFIX.test(tokens.at(-1) ?? '')) tokens.pop();
  return tokens.at(-1) || null;
}

/** `Déjà Vu: the  Paper!` → `deja vu the paper`. */
export function normalizeTitle(title: string): string {
  // ASCII has no accents to strip and no letters beyond a-z: skip the Unicode normalisation.
  if (ASCII.test(title)) {
    return title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function mergeInto(first: Paper, later: Paper): Paper {
  const out: Paper = { ...first };
  if (!out.title) out.title = later.title;
  if (!out.abstract) out.abstract = later.abstract;
  if (out.authors.length === 0 && later.authors.length > 0) out.authors = later.authors;
  if (out.authorCount === null) out.authorCount = later.authorCount;
  out.organisation ??= later.organisation;
  if (later.date && later.datePrecision && moreDetailed(out, later)) {
    out.date = later.date;
    out.datePrecision = later.datePrecision;
  }
  out.venue ??= later.venue;
  out.doi ??= later.doi;
  out.arxivId ??= later.arxivId;
  if (out.keywords.length === 0) out.keywords = later.keywords;
  out.githubRepos = union(out.githubRepos, later.githubRepos, (repo) => repo.toLowerCase());
  out.otherLinks = union(out.otherLinks, later.otherLinks, (url) => url);
  if (CODE_RANK[later.codeStatus] > CODE_RANK[out.codeStatus]) out.codeStatus = later.codeStatus;
  if (out.githubRepos.length > 0) out.codeStatus = 'linked';
  out.comments ??= later.comments;
  out.citations ??= later.citations;
  out.upvotes ??= later.upvotes;
  out.githubStars ??= later.githubStars;
  if (out.affiliations.length === 0) {
    // Author positions point into the later paper's list: they hold only when it is the same list.
    const sameAuthors = out.authors.join('\n') === later.authors.join('\n');
    out.affiliations = later.affiliations.map((a) => (sameAuthors ? a : { ...a, author: null }));
  }
  out.correspondingCountry ??= later.correspondingCountry;
  if (out.categories.length === 0) out.categories = later.categories;
  return out;
}

/** The later date fills a missing one, or refines it (a day within the same month) without contradicting it. */
function moreDetailed(first: Paper, later: Paper): boolean {
  if (!first.date || !first.datePrecision) return true;
  if (!later.datePrecision || PRECISION_RANK[later.datePrecision] <= PRECISION_RANK[first.datePrecision]) {
    return false;
  }
  const known = first.datePrecision === 'year' ? 4 : 7;
  return later.date?.slice(0, known) === first.date.slice(0, known);
}

function union(a: string[], b: string[], key: (value: string) => string): string[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const value of b) {
    if (seen.has(key(value))) continue;
    seen.add(key(value));
    out.push(value);
  }
  return out;
}
