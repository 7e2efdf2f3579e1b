import { boundedMessage } from '@/lib/bounded-message';
import { formatNumber } from '@/lib/format';
import { detectFormat, FORMAT_NAMES, type Format, PARSERS } from '@/lib/ingest/detect';
import { mergeDuplicates } from '@/lib/ingest/merge-duplicates';
import { plausibleDates } from '@/lib/ingest/plausible-year';
import type { Merge, Paper, Problem } from '@/lib/model';
import { MAX_TAGGED_CHARS, textCutForTerms } from '@/lib/terms/tagged-text';

export interface ImportedFile {
  name: string;
  format: Format | null;
  papers: number;
  problems: number;
}

export interface ImportResult {
  papers: Paper[];
  problems: Problem[];
  /** Records folded into an earlier one of the same work. */
  merged: number;
  /** Each of those merges: the two records and why. */
  merges: Merge[];
  /** One entry per input file, in input order. */
  files: ImportedFile[];
}

export interface ParseFilesOptions {
  /** Read every file as this format instead of detecting it. */
  format?: Format;
  /** The year of undated cards in a copied Hugging Face page. */
  pageYear?: number;
  /** Told the name of each file before it is read, and `null` before the duplicates are merged. */
  onFile?: (name: string | null) => void;
}

const EXPECTED =
  'expected BibTeX, RIS, Web of Science plain text, a CSV/TSV export (Scopus, Web of Science, Lens, OpenAlex, Zotero), ' +
  'Hugging Face daily papers JSON or a copied Hugging Face papers page, arXiv metadata JSON or an arXiv API Atom feed';

/**
 * Reads uploaded files into one list of papers: decodes (UTF-8, UTF-16 with a BOM, Latin-1 where UTF-8
 * is invalid), detects each file's format unless one is given, parses, gives ids unique across files
 * and merges duplicates. A file that cannot be read becomes an error problem naming it; this never throws.
 */
export function parseFiles(
  files: readonly { name: string; bytes: Uint8Array }[],
  options: ParseFilesOptions = {},
): ImportResult {
  const papers: Paper[] = [];
  const problems: Problem[] = [];
  const summaries: ImportedFile[] = [];
  const usedIds: UsedIds = { ids: new Set(), nextSuffix: new Map() };

  for (const { name, bytes } of files) {
    options.onFile?.(name);
    const fileProblems: Problem[] = [];
    const fail = (message: string, line = 1) =>
      fileProblems.push({ file: name, line, message, severity: 'error', fatal: true });
    let format: Format | null = null;
    let filePapers: Paper[] = [];
    try {
      const decoded = readText(name, bytes);
      if (typeof decoded === 'string' || decoded === null) {
        fail(decoded ?? `${name} is empty.`);
      } else {
        if (decoded.warning) fileProblems.push(decoded.warning);
        const text = decoded.text;
        format = options.format ?? detectFormat(text, name);
        if (!text.trim()) fail(`${name} is empty (it holds only blank space).`);
        else if (!format) fail(`${name} is not a format Paperscope reads: ${EXPECTED}.`);
        else {
          const read = (as: Format) =>
            PARSERS[as](text, {
              file: name,
              ...(options.pageYear !== undefined ? { pageYear: options.pageYear } : {}),
            });
          const result = read(format);
          // A format chosen by hand that reads far less than the detected one is a wrong choice, not a corpus.
          const detected = options.format ? detectFormat(text, name) : null;
          const wrongChoice =
            detected !== null &&
            detected !== format &&
            recordsRead(result.papers) * 2 < recordsRead(read(detected).papers) &&
            detected;
          if (wrongChoice) {
            fail(
              `${name} read as ${FORMAT_NAMES[format]} gives almost nothing (${recordsRead(result.papers)} of ${result.papers.length} records with a proper title and an author, date or abstract), but it looks like ${FORMAT_NAMES[wrongChoice]}: choose that format, or let Paperscope detect it.`,
            );
          } else {
            const dated = plausibleDates(result.papers);
            filePapers = dated.papers;
            for (const found of [result.problems, dated.problems, longTexts(filePapers)])
              for (const problem of found) fileProblems.push(problem);
            if (filePapers.length === 0) {
              fail(`No records found in ${name} (read as ${FORMAT_NAMES[format]}).`);
            }
          }
        }
      }
    } catch (error) {
      fail(`${name} could not be read: ${(error as Error).message}. Please report this file.`);
      filePapers = [];
    }

    for (const paper of filePapers) papers.push(withUniqueId(paper, usedIds));
    for (const problem of fileProblems)
      problems.push({ ...problem, message: boundedMessage(problem.message) });
    summaries.push({ name, format, papers: filePapers.length, problems: fileProblems.length });
  }

  options.onFile?.(null);
  const result = mergeDuplicates(papers);
  for (const problem of result.problems) problems.push(problem);
  return { papers: result.papers, problems, merged: result.merged, merges: result.merges, files: summaries };
}

/** A warning for each paper whose text is longer than what terms are extracted from. */
function longTexts(papers: readonly Paper[]): Problem[] {
  return papers.filter(textCutForTerms).map((paper) => ({
    file: paper.source.file,
    line: paper.source.line,
    field: 'abstract',
    message: `Title and abstract are ${formatNumber(paper.title.length + paper.abstract.length)} characters: terms are extracted from the first ${formatNumber(MAX_TAGGED_CHARS)} only.`,
    severity: 'warning' as const,
  }));
}

// A title as a reader writes one: it starts with a letter, a digit, a quote or a bracket, not with the
// `- ` or `= ` of a tag read in the wrong format.
const PROPER_TITLE = /^[\p{L}\p{N}"'“‘«([¿¡]/u;

/** Records read as papers: a proper title and at least an author, a date or an abstract. */
function recordsRead(papers: readonly Paper[]): number {
  let count = 0;
  for (const paper of papers) {
    if (PROPER_TITLE.test(paper.title) && (paper.authors.length > 0 || paper.date || paper.abstract)) count++;
  }
  return count;
}

/** Ids taken so far in one import. */
export interface UsedIds {
  ids: Set<string>;
  /** Per taken id, the first `#n` suffix not yet tried: every lower one is taken already. */
  nextSuffix: Map<string, number>;
}

/** The paper with an id no earlier paper of the import has: `id#2`, `id#3`… on a clash. */
export function withUniqueId(paper: Paper, used: UsedIds): Paper {
  let id = paper.id;
  if (used.ids.has(id)) {
    // Resume where the last clash stopped: records sharing one line (compact JSON) would otherwise
    // probe every earlier suffix again, quadratic in the records of the line.
    let n = used.nextSuffix.get(paper.id) ?? 2;
    for (id = `${paper.id}#${n}`; used.ids.has(id); id = `${paper.id}#${n}`) n++;
    used.nextSuffix.set(paper.id, n + 1);
  }
  used.ids.add(id);
  return id === paper.id ? paper : { ...paper, id };
}

interface Decoded {
  text: string;
  warning: Problem | null;
}

/** The file's text, or a message saying why it is not text (`null` for an empty file). */
function readText(name: string, bytes: Uint8Array): Decoded | string | null {
  if (bytes.length === 0) return null;
  const signature = binarySignature(bytes);
  if (signature) return `${name} is ${signature}, not a text export: ${EXPECTED}.`;

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warning: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warning: null };
  }

  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    return `${name} looks like a binary file (it contains NUL bytes), not a text export: ${EXPECTED}.`;
  }
  let control = 0;
  for (const byte of sample) if (byte < 9 || (byte > 13 && byte < 32)) control++;
  if (control > sample.length * 0.05) {
    return `${name} looks like a binary file (many control characters), not a text export: ${EXPECTED}.`;
  }

  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''),
      warning: null,
    };
  } catch {
    const { text, invalid, firstInvalid } = decodeMixed(bytes);
    const line = text.slice(0, firstInvalid).split('\n').length;
    return {
      text: text.replace(/^\uFEFF/, ''),
      warning: {
        file: name,
        line,
        message: `${name} is not valid UTF-8: ${invalid} byte${invalid === 1 ? ' was' : 's were'} read as Latin-1 (first at line ${line}). If accented letters look wrong, export the file again as UTF-8.`,
        severity: 'warning',
      },
    };
  }
}

function binarySignature(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a ZIP archive (an Excel or Word file is one: save it as CSV)';
  if (starts(0x1f, 0x8b)) return 'a gzip archive (unpack it first)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel or Word file (save it as CSV)';
  return null;
}

// Each byte's Windows-1252 character, decoded once instead of one decoder call a byte.
const WINDOWS_1252 = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 256 }, (_, i) => i));

/** UTF-8 where the bytes are valid UTF-8, Windows-1252 (Latin-1) for each byte where they are not. */
function decodeMixed(bytes: Uint8Array): { text: string; invalid: number; firstInvalid: number } {
  const utf8 = new TextDecoder('utf-8');
  let text = '';
  let invalid = 0;
  let firstInvalid = -1;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    text += utf8.decode(bytes.subarray(runStart, i));
    if (firstInvalid < 0) firstInvalid = text.length;
    text += WINDOWS_1252.charAt(bytes[i] as number);
    invalid++;
    i++;
    runStart = i;
  }
  text += utf8.decode(bytes.subarray(runStart));
  return { text, invalid, firstInvalid: Math.max(0, firstInvalid) };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const length =
    b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) {
    const b = bytes[i + k] as number;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  const b1 = bytes[i + 1] as number;
  if (b0 === 0xe0 && b1 < 0xa0) return 0;
  if (b0 === 0xed && b1 > 0x9f) return 0;
  if (b0 === 0xf0 && b1 < 0x90) return 0;
  if (b0 === 0xf4 && b1 > 0x8f) return 0;
  return length;
}
