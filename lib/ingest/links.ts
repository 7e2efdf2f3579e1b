/** URLs in free text, split into GitHub repositories (`owner/repo`) and every other link. */

export interface Links {
  githubRepos: string[];
  otherLinks: string[];
}

// Stops at whitespace, quotes, angle brackets and closing braces that wrap URLs in prose or LaTeX.
const URL_PATTERN = /\b(?:https?:\/\/|www\.|github\.com\/)[^\s"'<>{}\\]+/gi;
// Punctuation that ends a sentence or a parenthesis, not the URL.
const TRAILING_PUNCTUATION = '.,;:!?)]*\'"';
// GitHub paths that are not repositories.
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'explore',
  'features',
  'login',
  'marketplace',
  'orgs',
  'pricing',
  'settings',
  'sponsors',
  'topics',
  'users',
]);

/** `https://github.com/Owner/Repo.git/tree/main` → `Owner/Repo`; `null` when the URL is not a repository. */
export function githubRepoOf(url: string): string | null {
  const match = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)\/([^/?#\s]+)/i.exec(url);
  if (!match) return null;
  const owner = match[1] ?? '';
  const repo = withoutTrailingPunctuation((match[2] ?? '').replace(/\.git$/i, ''));
  if (!owner || !repo || GITHUB_RESERVED.has(owner.toLowerCase())) return null;
  if (!/^[A-Za-z0-9-]+$/.test(owner) || !/^[A-Za-z0-9._-]+$/.test(repo)) return null;
  return `${owner}/${repo}`;
}

/** Trims sentence punctuation, keeping a closing parenthesis the URL itself opened. */
export function cleanUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const trimmed = withoutTrailingPunctuation(url);
    if (trimmed === url) break;
    const cut = url.slice(trimmed.length);
    if (cut.startsWith(')') && count(trimmed, '(') > count(trimmed, ')')) {
      url = `${trimmed})`;
      break;
    }
    url = trimmed;
  }
  return url;
}

// A backward scan: the regex `/[…]+$/` retried the run from each of its characters, quadratic in a
// long run of dots inside a URL.
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Every URL in `text`, deduplicated case-insensitively for repositories, in order of first mention. */
export function extractLinks(...texts: (string | null | undefined)[]): Links {
  const githubRepos: string[] = [];
  const otherLinks: string[] = [];
  const seenRepos = new Set<string>();
  const seenOther = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const [raw] of text.matchAll(URL_PATTERN)) {
      const url = cleanUrl(raw);
      const repo = githubRepoOf(url);
      if (repo) {
        const key = repo.toLowerCase();
        if (!seenRepos.has(key)) {
          seenRepos.add(key);
          githubRepos.push(repo);
        }
      } else if (url.length > 8 && !seenOther.has(url)) {
        seenOther.add(url);
        otherLinks.push(url);
      }
    }
  }
  return { githubRepos, otherLinks };
}
