import { MONTH_FULL_NAMES } from '@/lib/format';
import {
  addressAffiliations,
  correspondenceCountry,
  letteredAffiliations,
  wosBibtexAffiliations,
} from '@/lib/ingest/affiliations';
import { authorNames } from '@/lib/ingest/author-names';
import { cutShort } from '@/lib/ingest/cut-short';
import { ownArxivId } from '@/lib/ingest/identifiers';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';
import { lineIndex } from '@/lib/ingest/line-index';
import { citedByNote, countOf, paperFromRecord, splitKeywords } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import type { Affiliation, Paper, Parser, Problem } from '@/lib/model';

/** One `@type{key, field = value, …}` as written, macros expanded, LaTeX not yet converted. */
interface Entry {
  type: string;
  key: string;
  line: number;
  fields: Map<string, string>;
}

const MONTH_MACROS: [string, string][] = MONTH_FULL_NAMES.map((month) => [
  month.slice(0, 3).toLowerCase(),
  month,
]);

const KNOWN_TYPES = new Set(
  (
    'set xdata article book booklet inbook incollection inproceedings conference manual mastersthesis misc phdthesis ' +
    'proceedings techreport unpublished online electronic www report thesis collection mvbook mvcollection ' +
    'mvproceedings bookinbook suppbook suppcollection suppperiodical periodical patent reference mvreference ' +
    'inreference dataset software artwork audio image jurisdiction legislation legal letter movie music ' +
    'performance review standard video customa customb customc customd custome customf bibnote'
  ).split(' '),
);
// Fields a child does not take from the entry it cross-references: they describe the parent itself.
const NOT_INHERITED = new Set(
  (
    'crossref xdata xref ids entryset label shorthand sortkey key abstract doi url eprint eprinttype ' +
    'archiveprefix keywords note annotation file'
  ).split(' '),
);
const ENTRY_START = /@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/y;
const FIELD_NAME = /[^\s=,{}"#()]+(?:\([^\s=,{}"#()]*\))?[^\s=,{}"#()]*/y;
const VALUE_WORD = /[A-Za-z_][\w:+.-]*|\d+/y;

/**
 * BibTeX and BibLaTeX: `@string` and month macros, `#` concatenation, LaTeX accents to Unicode,
 * `crossref`/`xdata` inheritance, comments and free text between entries (Scopus puts a preamble
 * before the first `@`). Web of Science (`{{…}}`, `Month = {{JUN 15}}`) and Scopus exports
 * (`Iorio, C.a` with its affiliation letter) are read as their tools write them.
 */
export const parseBibtex: Parser = (text, options) => {
  const file = options.file;
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = lineIndex(source);
  const problems: Problem[] = [];
  const report = (
    offset: number,
    message: string,
    field?: string,
    severity: Problem['severity'] = 'warning',
  ) => problems.push({ file, line: lineAt(offset), ...(field ? { field } : {}), message, severity });

  const macros = new Map<string, string>(MONTH_MACROS);
  const entries: Entry[] = [];
  const commentedOut = commentLines(source);
  let pos = 0;
  while (pos < source.length) {
    const at = source.indexOf('@', pos);
    if (at < 0) break;
    ENTRY_START.lastIndex = at;
    const start = ENTRY_START.exec(source);
    if (!start || commentedOut(at)) {
      pos = at + 1;
      continue;
    }
    const type = start[0].slice(1, -1).trim().toLowerCase();
    const open = start[0].at(-1) as string;
    const bodyStart = at + start[0].length;
    const { end, closed } = entryEnd(source, bodyStart, open === '{' ? '}' : ')');
    pos = closed ? end + 1 : end;
    // An entry still open at the end of the file: the file was cut short, refused whole.
    if (!closed && end >= source.length && type !== 'comment') {
      problems.push(cutShort(file, lineAt(at), `the @${type} entry that starts`));
      break;
    }
    if (!closed) {
      report(
        at,
        `@${type} entry is not closed: a "${open === '{' ? '}' : ')'}" is missing before ${end >= source.length ? 'the end of the file' : `line ${lineAt(end)}`}. Its fields were read up to there.`,
        undefined,
        'error',
      );
    }
    if (type === 'comment' || type === 'preamble') continue;

    const reader = new FieldReader(source, bodyStart, end, macros, report);
    if (type === 'string') {
      for (const [name, value] of reader.fields()) macros.set(name, value);
      continue;
    }
    const key = reader.key();
    const fields = new Map<string, string>();
    for (const [name, value, offset] of reader.fields()) {
      if (fields.has(name)) report(offset, `Field "${name}" appears twice: the first value is kept.`, name);
      else fields.set(name, value);
    }
    entries.push({ type, key, line: lineAt(at), fields });
  }

  const resolved = inheritFields(entries, (entry, message) =>
    problems.push({ file, line: entry.line, field: 'crossref', message, severity: 'warning' }),
  );
  const papers: Paper[] = [];
  const keyLines = new Map<string, number>();
  for (const entry of entries) {
    const problem = (message: string, field?: string, severity: Problem['severity'] = 'warning') =>
      problems.push({ file, line: entry.line, ...(field ? { field } : {}), message, severity });
    const lowerKey = entry.key.toLowerCase();
    const firstLine = keyLines.get(lowerKey);
    if (entry.key && firstLine !== undefined)
      problem(`Key "${entry.key}" is also used at line ${firstLine}.`);
    else keyLines.set(lowerKey, entry.line);
    if (entry.type === 'xdata' || (entry.type === 'set' && entry.fields.has('entryset'))) {
      problem(`@${entry.type} "${entry.key}" groups or holds data for other entries: not read as a paper.`);
      continue;
    }
    if (!KNOWN_TYPES.has(entry.type))
      problem(`Unknown entry type "@${entry.type}": read as a generic entry.`);
    const paper = entryToPaper(file, entry, resolved.get(entry) ?? entry.fields, problem);
    if (paper) papers.push(paper);
  }
  return { papers, problems };
};

function entryToPaper(
  file: string,
  entry: Entry,
  fields: Map<string, string>,
  problem: (message: string, field?: string, severity?: Problem['severity']) => void,
): Paper | null {
  const text = (name: string) => {
    const value = fields.get(name);
    return value === undefined ? '' : latexToUnicode(value).trim();
  };
  const verbatim = (name: string) =>
    (fields.get(name) ?? '').replace(/[{}]/g, '').replace(/\\([_%#&])/g, '$1');

  const subtitle = text('subtitle');
  const title = [text('title'), subtitle].filter(Boolean).join(': ');
  if (!title) {
    problem(`Entry "${entry.key}" has no title: skipped.`, 'title', 'error');
    return null;
  }
  const authorField = fields.get('author');
  const authors = authorField === undefined ? null : authorNames(authorField, { latex: true, bibtex: true });

  const dateText = text('date');
  const year = text('year');
  const month = text('month');
  const date = dateText ? parseDate(dateText) : year ? parseDate(month, year) : null;
  if (!date && (dateText || year)) {
    problem(`"${dateText || year}" is not a year or date.`, dateText ? 'date' : 'year');
  }

  const eprint = verbatim('eprint');
  const eprintType = `${verbatim('eprinttype')} ${verbatim('archiveprefix')}`;
  const arxivId = /arxiv/i.test(eprintType) || !eprintType.trim() ? ownArxivId(eprint) : null;

  return paperFromRecord({
    file,
    line: entry.line,
    title,
    abstract: text('abstract'),
    authors,
    date,
    venue: text('journal') || text('journaltitle') || text('booktitle') || text('eventtitle') || null,
    doi: verbatim('doi'),
    arxivId,
    keywords: [
      ...splitKeywords(text('author_keywords')),
      ...splitKeywords(text('keywords')),
      ...splitKeywords(text('keyword')),
      ...splitKeywords(text('keywords-plus')),
    ],
    urls: [
      verbatim('url'),
      verbatim('link'),
      verbatim('code'),
      verbatim('repository'),
      verbatim('github'),
      /^https?:/i.test(eprint) ? eprint : '',
      verbatim('howpublished').replace(/^\\url/, ''),
    ],
    linkTexts: [text('note'), text('annote'), text('abstract')],
    codeStatusWithoutRepo: 'by-links',
    citations: countOf(text('times-cited')) ?? citedByNote([text('note')]),
    ...bibtexAffiliations(text, authors?.names ?? []),
  });
}

/**
 * Web of Science writes one address a line, names first; Scopus `;`-separated addresses and a
 * `correspondence_address1`.
 */
function bibtexAffiliations(
  text: (name: string) => string,
  authors: readonly string[],
): { affiliations: Affiliation[]; correspondingCountry: string | null } {
  const affiliation = text('affiliation') || text('affiliations');
  if (text('unique-id') || text('times-cited')) return wosBibtexAffiliations(affiliation, authors);
  const correspondence = text('correspondence_address1') || text('correspondence_address');
  const lettered = affiliation ? letteredAffiliations(text('author'), affiliation, authors.length) : null;
  return {
    affiliations: lettered ?? addressAffiliations(affiliation ? [affiliation] : []),
    correspondingCountry: correspondence ? correspondenceCountry(correspondence) : null,
  };
}

/** Each entry's fields with those it inherits through `crossref` and `xdata`, cycles and missing parents reported. */
function inheritFields(
  entries: Entry[],
  report: (entry: Entry, message: string) => void,
): Map<Entry, Map<string, string>> {
  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const aliases = (entry.fields.get('ids') ?? '').replace(/[{}]/g, '').split(',');
    for (const key of [entry.key, ...aliases].map((k) => k.trim().toLowerCase()).filter(Boolean)) {
      if (!byKey.has(key)) byKey.set(key, entry);
    }
  }
  const done = new Map<Entry, Map<string, string>>();

  const resolve = (entry: Entry, chain: Entry[]): Map<string, string> => {
    const cached = done.get(entry);
    if (cached) return cached;
    const fields = new Map(entry.fields);
    for (const link of ['crossref', 'xdata']) {
      const parentKey = entry.fields.get(link)?.replace(/[{}]/g, '').trim();
      if (!parentKey) continue;
      for (const key of parentKey.split(',').map((k) => k.trim())) {
        const parent = byKey.get(key.toLowerCase());
        if (!parent) {
          report(entry, `${link} "${key}" names no entry in this file: nothing inherited from it.`);
          continue;
        }
        if (parent === entry || chain.includes(parent)) {
          const names = [...chain, entry, parent].map((e) => e.key).join(' → ');
          report(entry, `${link} cycle (${names}): nothing inherited along it.`);
          continue;
        }
        for (const [name, value] of resolve(parent, [...chain, entry])) {
          if (NOT_INHERITED.has(name)) continue;
          const target = name === 'title' ? 'booktitle' : name === 'subtitle' ? 'booksubtitle' : name;
          if (!fields.has(target)) fields.set(target, value);
        }
      }
    }
    done.set(entry, fields);
    return fields;
  };
  for (const entry of entries) resolve(entry, []);
  return done;
}

/**
 * Where the entry that opens at `from` ends: at its closing delimiter, or, when that is missing,
 * at the next line that starts a new entry.
 */
function entryEnd(source: string, from: number, close: string): { end: number; closed: boolean } {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0 && close === '}') return { end: i, closed: true };
      depth = Math.max(0, depth - 1);
    } else if (ch === ')' && depth === 0 && close === ')') return { end: i, closed: true };
    else if (ch === '@' && startsLine(source, i)) {
      ENTRY_START.lastIndex = i;
      if (ENTRY_START.test(source)) return { end: i, closed: false };
    }
  }
  return { end: source.length, closed: false };
}

/**
 * Whether an `@` sits on a line that starts with `%`, which BibTeX tools read as a comment. Asked for
 * increasing offsets, it walks the lines once: a file on one line is not searched back to its start for each `@`.
 */
function commentLines(source: string): (index: number) => boolean {
  let lineStart = 0;
  let nextLine = source.indexOf('\n');
  let commented: boolean | null = null;
  return (index) => {
    while (nextLine >= 0 && nextLine < index) {
      lineStart = nextLine + 1;
      nextLine = source.indexOf('\n', lineStart);
      commented = null;
    }
    if (commented === null) {
      let i = lineStart;
      while (source[i] === ' ' || source[i] === '\t' || source[i] === '\r') i++;
      commented = source[i] === '%';
    }
    return commented;
  };
}

function startsLine(source: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = source[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return true;
}

/** Reads `key,` and then `name = value` pairs between two offsets of the source. */
class FieldReader {
  private pos: number;

  constructor(
    private readonly source: string,
    start: number,
    private readonly end: number,
    private readonly macros: Map<string, string>,
    private readonly report: (offset: number, message: string, field?: string) => void,
  ) {
    this.pos = start;
  }

  /** The citation key: everything up to the first comma (or the end of an entry without fields). */
  key(): string {
    const comma = this.source.indexOf(',', this.pos);
    const stop = comma < 0 || comma > this.end ? this.end : comma;
    const key = this.source.slice(this.pos, stop).trim();
    // An entry whose first "key" is really a field (`@misc{title = …}`) has no key.
    if (key.includes('=')) return '';
    this.pos = stop + 1;
    return key;
  }

  /** `[name, value, offset]` for each field; bad fields are reported and skipped. */
  *fields(): Generator<[string, string, number]> {
    const { source } = this;
    for (;;) {
      this.skip(/[\s,]/);
      if (this.pos >= this.end) return;
      const offset = this.pos;
      FIELD_NAME.lastIndex = this.pos;
      const nameMatch = FIELD_NAME.exec(source);
      if (!nameMatch || nameMatch.index + nameMatch[0].length > this.end) {
        this.report(
          offset,
          `Unexpected "${source[this.pos]}" where a field name should be: skipped to the next field.`,
        );
        this.skipToNextField();
        continue;
      }
      const name = nameMatch[0].toLowerCase();
      this.pos += nameMatch[0].length;
      this.skip(/\s/);
      if (source[this.pos] !== '=') {
        this.report(offset, `Field "${name}" has no "=" after its name: skipped.`, name);
        this.skipToNextField();
        continue;
      }
      this.pos++;
      const value = this.value(name);
      if (value === null) {
        this.skipToNextField();
        continue;
      }
      yield [name, value, offset];
      this.skip(/\s/);
      const next = source[this.pos];
      if (this.pos < this.end && next !== ',') {
        this.report(this.pos, `Missing "," after field "${name}".`, name);
      }
    }
  }

  /** A value: `{…}`, `"…"`, a number or a macro, joined by `#`; `null` when there is none. */
  private value(name: string): string | null {
    const { source } = this;
    let value = '';
    for (;;) {
      this.skip(/\s/);
      const ch = source[this.pos];
      if (this.pos >= this.end || ch === undefined) {
        this.report(this.pos, `Field "${name}" has no value.`, name);
        return null;
      }
      if (ch === '{' || ch === '"') {
        const part = this.delimited(ch === '{' ? '}' : '"');
        if (part === null) {
          this.report(this.pos, `Field "${name}" is not closed.`, name);
          return null;
        }
        value += part;
      } else {
        VALUE_WORD.lastIndex = this.pos;
        const word = VALUE_WORD.exec(source)?.[0];
        if (!word) {
          this.report(this.pos, `Field "${name}" has no value: found "${ch}".`, name);
          return null;
        }
        this.pos += word.length;
        if (/^\d+$/.test(word)) value += word;
        else {
          const macro = this.macros.get(word.toLowerCase());
          if (macro === undefined)
            this.report(this.pos, `Unknown @string "${word}" in field "${name}".`, name);
          value += macro ?? word;
        }
      }
      this.skip(/\s/);
      if (source[this.pos] !== '#') return value;
      this.pos++;
    }
  }

  /** The text inside `{…}` (braces counted) or `"…"` (ends at a quote outside braces). */
  private delimited(close: string): string | null {
    const { source } = this;
    const start = this.pos + 1;
    let depth = 0;
    for (let i = start; i < this.end; i++) {
      const ch = source[i];
      if (ch === '{') depth++;
      else if (ch === '}') {
        if (depth === 0 && close === '}') {
          this.pos = i + 1;
          return source.slice(start, i);
        }
        depth--;
      } else if (ch === '"' && close === '"' && depth === 0) {
        this.pos = i + 1;
        return source.slice(start, i);
      }
    }
    this.pos = this.end;
    return null;
  }

  private skip(pattern: RegExp): void {
    while (this.pos < this.end && pattern.test(this.source[this.pos] as string)) this.pos++;
  }

  /** Recovery: past the next comma outside braces. */
  private skipToNextField(): void {
    let depth = 0;
    for (; this.pos < this.end; this.pos++) {
      const ch = this.source[this.pos];
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === ',' && depth <= 0) {
        this.pos++;
        return;
      }
    }
  }
}
