import { displayName } from '@/lib/ingest/author-names';
import { cleanText } from '@/lib/ingest/clean-text';
import { countryOfAddress, countryOfCode } from '@/lib/ingest/countries';
import type { Affiliation } from '@/lib/model';

// The part of a free-text address that names the organisation, best first: a university over the institute or
// hospital it holds, over a centre or company; departments and faculties are never it when another part is.
const ORGANISATION_TIERS = [
  /\b(?:univ\w*|universit\w*|universidad|universidade|politecnico|polytechnic\w*|ecole|école|hochschule|eth)\b/iu,
  /\b(?:institut\w*|istituto|academ\w*|akademie|college|hosp\w*|hôpital|clinic\w*|cnrs|inserm|inria|cnr|csic)\b/iu,
  /\b(?:cent(?:er|re|ro)|ctr|lab\w*|foundation|fdn|council|ministr\w*|agency|inc|ltd|llc|gmbh|corp\w*|company|bank|museum|organi[sz]ation|office)\b/iu,
];
const SUB_UNIT =
  /^(?:dep(?:t|artment|artamento|artement)?|div(?:ision)?|fac(?:ulty)?|sch(?:ool)?|sect(?:ion)?)\b/i;

/** The organisation an address names: the first of its parts (before the country) of the highest tier. */
export function institutionOfAddress(address: string): string | null {
  const parts = address
    .replace(/[\s.;]+$/, '')
    .split(',')
    .map((part) => cleanText(part))
    .filter(Boolean);
  const body = parts.length > 1 ? parts.slice(0, -1) : parts;
  for (const tier of ORGANISATION_TIERS) {
    const found = body.find((part) => tier.test(part));
    if (found) return found;
  }
  return body.find((part) => !SUB_UNIT.test(part)) ?? body[0] ?? null;
}

function affiliationOf(address: string, author: number | null, institution: string | null): Affiliation {
  const clean = cleanText(address).replace(/\.$/, '');
  return { author, institution, country: countryOfAddress(clean), address: clean };
}

/** Position of a name (as `Last, First` or already shown) among a paper's display names; null when absent. */
function authorPosition(authors: readonly string[], name: string): number | null {
  const shown = displayName(name).toLowerCase();
  const index = authors.findIndex((author) => author.toLowerCase() === shown);
  return index >= 0 ? index : null;
}

// `[Last, First; Last, First] Organisation, Sub-unit, City, Country.`
const WOS_ADDRESS = /^\s*(?:\[([^\]]*)\]\s*)?(.+)$/s;

/**
 * Web of Science `C1` lines. The organisation is the first part: Web of Science writes it first and abbreviates it
 * the same way in every record. An address without a bracket of names belongs to no author in particular.
 */
export function wosAffiliations(lines: readonly string[], authors: readonly string[]): Affiliation[] {
  const out: Affiliation[] = [];
  for (const line of lines) {
    const match = WOS_ADDRESS.exec(line);
    const address = match?.[2]?.trim();
    if (!address) continue;
    const institution = cleanText(address.split(',')[0]) || null;
    const names = match?.[1]?.split(';').map((name) => name.trim()) ?? [];
    if (names.length === 0) out.push(affiliationOf(address, null, institution));
    for (const name of names) out.push(affiliationOf(address, authorPosition(authors, name), institution));
  }
  return out;
}

/** The country of the first address a Web of Science `RP` (reprint or corresponding author) field gives. */
export function reprintCountry(text: string): string | null {
  const address = /\((?:reprint|corresponding) author\),\s*([^;]+)/i.exec(text)?.[1];
  return address ? countryOfAddress(address) : null;
}

/**
 * The Web of Science BibTeX `Affiliation` field: one line an address, `Last, First; Last, First, Organisation, …`
 * or the address alone, and a first line `Last, I (Reprint Author), …` for the corresponding author.
 */
export function wosBibtexAffiliations(
  field: string,
  authors: readonly string[],
): { affiliations: Affiliation[]; correspondingCountry: string | null } {
  const affiliations: Affiliation[] = [];
  let correspondingCountry: string | null = null;
  for (const line of field.split(/\n/).map((text) => text.trim())) {
    if (!line) continue;
    if (/\((?:reprint|corresponding) author\)/i.test(line)) {
      correspondingCountry ??= reprintCountry(line);
      continue;
    }
    const names = line.split(';').map((name) => name.trim());
    const last = (names.pop() ?? '').split(',');
    names.push(last.slice(0, 2).join(','));
    // A line whose first name is no author of the paper names nobody: the whole line is the address.
    const positions = names.map((name) => authorPosition(authors, name));
    const named = positions[0] !== null;
    const address = named ? last.slice(2).join(',').trim() : line;
    if (!address) continue;
    const institution = cleanText(address.split(',')[0]) || null;
    for (const author of named ? positions : [null]) {
      affiliations.push(affiliationOf(address, author, institution));
    }
  }
  return { affiliations, correspondingCountry };
}

// Scopus BibTeX glues each author's affiliation letters to the initials: `Iorio, C.a`, `Somma, R.a  b`.
const AFFILIATION_LETTERS = /\.\s*((?:[a-z]\s*)+)$/;

/** The authors of a Scopus BibTeX field, as written: `A, B.a  and C, D.b` or `A, B.a , C, D.b`. */
function scopusAuthors(field: string): string[] {
  const parts = field.split(/\s+and\s+/).map((part) => part.trim());
  if (parts.length > 1 || !field.includes(',')) return parts;
  const pieces = field.split(',').map((piece) => piece.trim());
  if (pieces.at(-1) === '') pieces.pop();
  if (pieces.length % 2 !== 0) return parts;
  return pieces.flatMap((piece, i) => (i % 2 === 0 ? [`${piece}, ${pieces[i + 1]}`] : []));
}

/**
 * Scopus BibTeX: `author={Iorio, C.a  and Frasso, G.b}` with `affiliation={First address; Second address}`, the
 * letters numbering the addresses (none when there is one address). Null when the letters are missing, point past the addresses, or the authors
 * do not number `authorCount`.
 */
export function letteredAffiliations(
  authorField: string,
  affiliationField: string,
  authorCount: number,
): Affiliation[] | null {
  const addresses = affiliationField
    .split(';')
    .map((address) => address.trim())
    .filter(Boolean);
  const authors = scopusAuthors(authorField);
  const written = authors.map((author) =>
    [...(AFFILIATION_LETTERS.exec(author)?.[1] ?? '').replace(/\s+/g, '')].map(
      (letter) => letter.charCodeAt(0) - 97,
    ),
  );
  // With one address Scopus writes no letters: every author is there.
  const unlettered = written.every((list) => list.length === 0);
  const letters = unlettered && addresses.length === 1 ? written.map(() => [0]) : written;
  if (
    authors.length !== authorCount ||
    letters.every((list) => list.length === 0) ||
    letters.flat().some((i) => i >= addresses.length)
  ) {
    return null;
  }
  const claimed = new Set(letters.flat());
  const out = letters.flatMap((list, author) =>
    list.map((i) => authorAffiliation(addresses[i] as string, author)),
  );
  addresses.forEach((address, i) => {
    if (!claimed.has(i)) for (const affiliation of addressAffiliations([address])) out.push(affiliation);
  });
  return out;
}

/** An address the source gives for one author (arXiv `<arxiv:affiliation>`). */
export function authorAffiliation(address: string, author: number): Affiliation {
  return affiliationOf(address, author, institutionOfAddress(address));
}

/** Addresses the source does not tie to authors (Scopus `Affiliations`, RIS `AD`), `;`-separated. */
export function addressAffiliations(texts: readonly string[]): Affiliation[] {
  return texts
    .flatMap((text) => text.split(/;|\n/))
    .map((address) => address.trim())
    .filter(Boolean)
    .map((address) => affiliationOf(address, null, institutionOfAddress(address)));
}

/**
 * Scopus "Authors with affiliations": `Liu F., Department …, City, Country; Li C., …`, in the order of "Authors"
 * (`Liu F.; Li C.`). An entry that does not start with an author's name is another address of the author before it.
 */
export function scopusAffiliations(text: string, shortNames: readonly string[]): Affiliation[] {
  const out: Affiliation[] = [];
  let current = -1;
  // Authors named without an address (`Cinkara E.; Derinalp P., Gaziantep University, …`) share the next one.
  let waiting: number[] = [];
  for (const entry of text.split(';').map((part) => part.trim())) {
    if (!entry) continue;
    let address = entry;
    for (const candidate of [current + 1, current]) {
      const name = shortNames[candidate];
      if (!name || candidate < 0) continue;
      if (entry === name) {
        current = candidate;
        address = '';
        waiting.push(candidate);
        break;
      }
      if (entry.startsWith(`${name},`)) {
        current = candidate;
        address = entry.slice(name.length + 1).trim();
        break;
      }
    }
    if (!address) continue;
    const institution = institutionOfAddress(address);
    for (const author of [...waiting, current >= 0 ? current : null]) {
      out.push(affiliationOf(address, author, institution));
    }
    waiting = [];
  }
  return out;
}

/** Scopus "Correspondence Address": `Y. Li; Department …, City, Country; email: …`. */
export function correspondenceCountry(text: string): string | null {
  const parts = text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !/^e-?mail:/i.test(part));
  for (const part of parts.slice(1).reverse()) {
    const country = countryOfAddress(part);
    if (country) return country;
  }
  return null;
}

/**
 * OpenAlex `authorships.*` columns, `|`-separated per author. Institutions and countries are tied to authors only
 * when each list has one value an author; otherwise the institutions stand apart from the authors.
 */
export function openAlexAffiliations(
  institutions: string,
  countryCodes: string,
  corresponding: string,
  authorCount: number,
): { affiliations: Affiliation[]; correspondingCountry: string | null } {
  const split = (text: string) => (text.trim() ? text.split('|').map((part) => part.trim()) : []);
  const names = split(institutions);
  const codes = split(countryCodes);
  const alignedNames = names.length === authorCount;
  const alignedCodes = codes.length === authorCount;
  const affiliations: Affiliation[] = [];
  for (let i = 0; i < authorCount; i++) {
    const institution = alignedNames ? names[i] || null : null;
    const country = alignedCodes ? countryOfCode(codes[i] ?? '') : null;
    if (institution || country) {
      affiliations.push({ author: i, institution, country, address: institution ?? country ?? '' });
    }
  }
  if (!alignedNames) {
    for (const name of new Set(names.filter(Boolean))) {
      affiliations.push({ author: null, institution: name, country: null, address: name });
    }
  }
  const correspondingAt = split(corresponding).findIndex((flag) => /^true$/i.test(flag));
  const correspondingCountry =
    alignedCodes && correspondingAt >= 0 ? countryOfCode(codes[correspondingAt] ?? '') : null;
  return { affiliations, correspondingCountry };
}
