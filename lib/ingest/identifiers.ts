/** DOIs and arXiv identifiers in the many spellings exports use, reduced to one canonical form. */

// A field holding a DOI runs to the first space: SICI DOIs contain `<`, `>` and `;`.
const DOI = /10\.\d{4,9}\/\S+/i;
// A field that is the record's own arXiv identifier, as a whole: `2405.15738v2`, `arXiv:hep-th/9901001`,
// `https://arxiv.org/abs/2405.15738`, `10.48550/arXiv.2405.15738`, Google Scholar's `arXiv preprint arXiv:…`
// or Semantic Scholar's `ArXiv abs/…`. New-style ids have 4 or 5 digits after the dot (5 since 2015).
const OWN_ARXIV =
  /^(?:arxiv\s+preprint\s+)?(?:arxiv:\s*|(?:arxiv|corr),?\s+abs\/|(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/|(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.)?(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?$/i;

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
  return trimEnd(match[0], '.,;:)]}').toLowerCase();
}

/**
 * The arXiv id of the first field that is one as a whole (an id, an arxiv.org URL, an arXiv DOI, `arXiv
 * preprint arXiv:…`). An id mentioned inside longer text (a reference, a note, an abstract) is not the record's.
 */
export function ownArxivId(...fields: (string | null | undefined)[]): string | null {
  for (const field of fields) {
    const text = field ? trimEnd(field.trim(), '.,;') : '';
    const match = text ? OWN_ARXIV.exec(text) : null;
    if (match?.[1]) return match[1];
  }
  return null;
}

// A backward scan: `/[.,;]+$/` retries a long run of dots from each of its characters (quadratic).
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
