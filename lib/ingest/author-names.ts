import { cleanText } from '@/lib/ingest/clean-text';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';

export interface AuthorList {
  /** Display names, `First Last`. */
  names: string[];
  /** False when the list ends in `and others` / `et al.`: more authors than named. */
  complete: boolean;
}

// Initials with Scopus affiliation letters glued on: `C.a`, `M.B.a`, `Yu.b`, `C.a  b` (two affiliations).
const GLUED_AFFILIATION = /^((?:\p{Lu}\p{Ll}?\.[\s-]*)+?)\p{Ll}{1,2}(?:\s+\p{Ll})*$/u;
// A given-name part made only of initials (`C.`, `M.B.a`, `E. L.`, `C.a  b`), as Scopus writes `Last, I.` pairs.
const INITIALS = /^(?:\p{Lu}\p{Ll}?\.?[\s-]*)+(?:\p{Ll}{1,2}(?:\s+\p{Ll})*)?$/u;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const OTHERS = /^(?:others|et\.? al\.?|\.\.\.)$/i;

/**
 * Splits an author list as exports write it: `A; B`, `A|B` (OpenAlex), `A and B` (not inside braces),
 * or Scopus `Last, I., Last, I.` pairs; then turns each name into `First Last`.
 * `latex` converts LaTeX accents after splitting, so braces still protect `{Barnes and Noble}`.
 * `bibtex`: a comma without `and` is `Last, First` of one author, unless the list is Scopus pairs.
 */
export function authorNames(
  text: string | null | undefined,
  options: { latex?: boolean; bibtex?: boolean } = {},
): AuthorList {
  const raw = (text ?? '').trim();
  if (!raw) return { names: [], complete: true };
  const bibtex = options.bibtex ?? false;
  let parts: string[];
  if (!bibtex && raw.includes(';')) parts = raw.split(';');
  else if (!bibtex && raw.includes('|')) parts = raw.split('|');
  else {
    parts = splitOutsideBraces(raw, /\s+and\s+/iy);
    if (parts.length === 1 && raw.includes(',')) parts = commaSeparated(raw, bibtex);
  }
  const names: string[] = [];
  let complete = true;
  for (const part of parts) {
    const name = cleanText(options.latex ? latexToUnicode(part) : part);
    if (!name) continue;
    if (OTHERS.test(name)) {
      complete = false;
      continue;
    }
    names.push(displayName(name));
  }
  return { names, complete };
}

/** `Last, First` → `First Last`; `Last, Jr., First` → `First Last Jr.`; strips Scopus ids and affiliation letters. */
export function displayName(name: string): string {
  const cleaned = cleanText(name.replace(/\s*\(\d{6,}\)\s*$/, ''));
  const pieces = cleaned.split(',').map((piece) => piece.trim());
  if (pieces.length < 2 || (pieces.length === 2 && SUFFIX.test(pieces[1] ?? ''))) return cleaned;
  const last = pieces[0] ?? '';
  const given = stripAffiliation(pieces[pieces.length - 1] ?? '');
  const suffix = pieces.length > 2 ? pieces.slice(1, -1).join(' ') : '';
  return cleanText(`${given} ${last} ${suffix}`);
}

// Particles that belong to the last name (`van Raan`): lower case inside a name.
export const NAME_PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'van',
  'von',
]);

const capitalised = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());

/**
 * A `First Last` name written all in capitals, as older Web of Science records are (`AJ SCHUH`, `AFJ VAN RAAN`),
 * in the case a reader expects (`AJ Schuh`, `AFJ van Raan`). Given names of up to three letters are initials
 * and stay capitals, as name matching reads them; a name with any lower-case letter is left as written.
 */
export function readerCase(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return name;
  const words = name.split(' ');
  return words
    .map((word, i) => {
      if (i === words.length - 1) return capitalised(word);
      if (i > 0 && NAME_PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
      return word.replace(/[^\p{L}]/gu, '').length <= 3 ? word : capitalised(word);
    })
    .join(' ');
}

function stripAffiliation(given: string): string {
  const match = GLUED_AFFILIATION.exec(given);
  return match ? (match[1] ?? given).trim() : given;
}

function commaSeparated(raw: string, bibtex: boolean): string[] {
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.at(-1) === '') parts.pop();
  const paired =
    parts.length >= 2 &&
    parts.length % 2 === 0 &&
    parts.every((part, i) => i % 2 === 0 || INITIALS.test(part));
  if (paired) {
    const names: string[] = [];
    for (let i = 0; i < parts.length; i += 2) names.push(`${parts[i]}, ${parts[i + 1]}`);
    return names;
  }
  if (bibtex) return [raw];
  // `Last, First` of one author, unless both sides read as full names (`Ada Lovelace, Alan Turing`).
  const [first = '', second = ''] = parts;
  if (parts.length === 2 && !(first.includes(' ') && second.includes(' '))) return [raw];
  return parts;
}

/** Splits on `separator` (a sticky regex) only where no brace is open. */
function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ' ' || ch === '\n' || ch === '\t')) {
      separator.lastIndex = i;
      const match = separator.exec(text);
      if (match) {
        parts.push(text.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}
