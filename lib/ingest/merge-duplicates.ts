import type { CodeStatus, DatePrecision, Paper } from '@/lib/model';

const CODE_RANK: Record<CodeStatus, number> = { unknown: 0, none: 1, linked: 2 };
const PRECISION_RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };
// Short titles ("Introduction", "Editorial") name different papers too often to merge on.
const MIN_TITLE_WORDS = 4;
// No code unit above U+007F.
const ASCII = /^[^\u0080-\uffff]*$/;

/**
 * One paper per work: papers with the same DOI, arXiv id (any version) or normalised title (case,
 * accents, punctuation, spacing) are merged into the first, whose missing fields the later ones fill
 * (links are united, code status is the most informative). Ids of the kept papers do not change.
 */
export function mergeDuplicates(papers: readonly Paper[]): { papers: Paper[]; merged: number } {
  const kept: Paper[] = [];
  const byKey = new Map<string, number>();
  let merged = 0;
  for (const paper of papers) {
    const keys = keysOf(paper);
    let target: number | undefined;
    for (const key of keys) {
      const index = byKey.get(key);
      if (index !== undefined && (!key.startsWith('t:') || compatible(kept[index] as Paper, paper))) {
        target = index;
        break;
      }
    }
    if (target === undefined) {
      target = kept.length;
      kept.push(paper);
    } else {
      kept[target] = mergeInto(kept[target] as Paper, paper);
      merged++;
    }
    // A merge can fill in an identifier or title, so only a merged paper needs its keys again.
    const keptKeys = kept[target] === paper ? keys : keysOf(kept[target] as Paper);
    for (const key of keptKeys) if (!byKey.has(key)) byKey.set(key, target);
  }
  return { papers: kept, merged };
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

function keysOf(paper: Paper): string[] {
  const keys: string[] = [];
  if (paper.doi) keys.push(`d:${paper.doi.toLowerCase()}`);
  if (paper.arxivId) keys.push(`a:${paper.arxivId.toLowerCase().replace(/v\d+$/, '')}`);
  const title = normalizeTitle(paper.title);
  if (title.split(' ').length >= MIN_TITLE_WORDS) keys.push(`t:${title}`);
  return keys;
}

/** Same title is not enough when the identifiers say otherwise. */
function compatible(a: Paper, b: Paper): boolean {
  if (a.doi && b.doi && a.doi.toLowerCase() !== b.doi.toLowerCase()) return false;
  const arxiv = (p: Paper) => p.arxivId?.toLowerCase().replace(/v\d+$/, '');
  return !(a.arxivId && b.arxivId && arxiv(a) !== arxiv(b));
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
