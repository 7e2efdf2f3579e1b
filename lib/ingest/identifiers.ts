/** DOIs and arXiv identifiers in the many spellings exports use, reduced to one canonical form. */

// A field holding a DOI runs to the first space: SICI DOIs contain `<`, `>` and `;`.
const DOI = /10\.\d{4,9}\/\S+/i;
// New-style `2405.15738` (4 or 5 digits after the dot since 2015) and old-style `hep-th/9901001`.
const ARXIV_NEW = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])/;
const ARXIV_OLD = /(?<![\w-])([a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\d)/;
const ARXIV_CONTEXT = /arxiv(?:\.org\/(?:abs|pdf|html)\/|\s+preprint\s+(?:arxiv:)?|[:.\s]\s*)/gi;

/** `https://doi.org/10.1016/J.ESWA.2016.01.004.` → `10.1016/j.eswa.2016.01.004`; `null` when there is no DOI. */
export function normalizeDoi(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim();
  if (/%2f/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Keep the text as written when it is not valid percent-encoding.
    }
  }
  const match = DOI.exec(text);
  if (!match) return null;
  return match[0].replace(/[.,;:)\]}]+$/, '').toLowerCase();
}

/** The arXiv id of a field meant to hold one (`2405.15738v2`, `arXiv:hep-th/9901001`), without its version. */
export function normalizeArxivId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim().replace(/^arxiv:\s*/i, '');
  const match = /^(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.exec(text);
  return match ? (match[1] ?? null) : null;
}

/**
 * The first arXiv id that free text names as one: an arxiv.org URL, `arXiv:2405.15738`,
 * `arXiv preprint arXiv:…`, or an arXiv DOI (`10.48550/arXiv.2405.15738`).
 */
export function arxivIdIn(...texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    for (const context of text.matchAll(ARXIV_CONTEXT)) {
      const start = context.index + context[0].length;
      const rest = text.slice(start, start + 40);
      const match = ARXIV_NEW.exec(rest) ?? ARXIV_OLD.exec(rest);
      if (match?.[1] && match.index < 4) return match[1];
    }
  }
  return null;
}
