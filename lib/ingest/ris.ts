import { addressAffiliations, correspondenceCountry } from '@/lib/ingest/affiliations';
import { displayName } from '@/lib/ingest/author-names';
import { cutShort } from '@/lib/ingest/cut-short';
import { citedByNote, paperFromRecord } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import type { Paper, Parser, Problem } from '@/lib/model';

// `TY  - JOUR`; some exporters drop the space after the dash when the value is empty (`ER  -`).
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

interface RisRecord {
  line: number;
  tags: Map<string, string[]>;
}

/**
 * RIS (`TY  - JOUR` … `ER  -`), as reference managers, Scopus and publishers export it: BOM, empty and
 * unknown tags, values continued on the following lines, and text between records.
 */
export const parseRis: Parser = (text, options) => {
  const file = options.file;
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: RisRecord[] = [];
  let current: RisRecord | null = null;
  let lastValues: string[] | null = null;

  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    const match = TAG_LINE.exec(line);
    if (!match) {
      // A line without a tag continues the value above it; outside a record it is the exporter's own text.
      if (current && lastValues && line.trim()) {
        lastValues[lastValues.length - 1] = `${lastValues.at(-1) ?? ''}\n${line.trim()}`;
      }
      return;
    }
    const tag = match[1] as string;
    const value = (match[2] ?? '').trim();
    if (tag === 'TY') {
      if (current) {
        problems.push({
          file,
          line: current.line,
          message: `Record has no "ER  -" line before the next "TY" at line ${index + 1}: read up to there.`,
          severity: 'warning',
        });
        records.push(current);
      }
      current = { line: index + 1, tags: new Map([['TY', [value]]]) };
      lastValues = null;
      return;
    }
    if (!current) {
      problems.push({
        file,
        line: index + 1,
        field: tag,
        message: `"${tag}" line outside a record (no "TY" before it): ignored.`,
        severity: 'warning',
      });
      return;
    }
    if (tag === 'ER') {
      records.push(current);
      current = null;
      lastValues = null;
      return;
    }
    const values = current.tags.get(tag) ?? [];
    values.push(value);
    current.tags.set(tag, values);
    lastValues = values;
  });
  // A record still open at the end: the file was cut short (a download or copy that stopped), refused whole.
  if (current !== null) problems.push(cutShort(file, (current as RisRecord).line));

  const papers: Paper[] = [];
  for (const record of records) {
    const paper = risToPaper(file, record, problems);
    if (paper) papers.push(paper);
  }
  return { papers, problems };
};

function risToPaper(file: string, record: RisRecord, problems: Problem[]): Paper | null {
  const all = (...tags: string[]) => tags.flatMap((tag) => record.tags.get(tag) ?? []).filter(Boolean);
  const first = (...tags: string[]) => all(...tags)[0] ?? '';
  const problem = (message: string, field?: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ file, line: record.line, ...(field ? { field } : {}), message, severity });

  const title = first('TI', 'T1', 'CT', 'ST');
  if (!title) {
    problem('Record has no title (TI, T1 or ST): skipped.', 'TI', 'error');
    return null;
  }
  const authorLines = all('AU', 'A1');
  const authors = authorLines.length > 0 ? { names: authorLines.map(displayName), complete: true } : null;
  const dateText = first('PY', 'Y1', 'DA');
  const date = dateText ? parseDate(dateText) : null;
  if (dateText && !date) problem(`"${dateText}" is not a year or date.`, 'PY');
  const urls = all('UR', 'L1', 'L2', 'L4', 'LK').flatMap((value) => value.split(/[\s;]+/));
  const abstract = first('AB', 'N2');
  const notes = all('N1');

  return paperFromRecord({
    file,
    line: record.line,
    title,
    abstract,
    authors,
    date,
    venue: first('JF', 'JO', 'T2', 'BT', 'JA', 'J2', 'T3') || null,
    doi: first('DO', 'DI'),
    keywords: all('KW').flatMap((value) => value.split(/[;\n]/)),
    urls,
    linkTexts: [...notes, abstract],
    codeStatusWithoutRepo: 'by-links',
    citations: citedByNote(notes),
    affiliations: addressAffiliations(all('AD')),
    correspondingCountry: correspondenceNote(notes),
  });
}

/** Scopus `N1  - Correspondence Address: Y. Li; Department …, Country; email: …`. */
function correspondenceNote(notes: readonly string[]): string | null {
  for (const note of notes) {
    const match = /correspondence address\s*:\s*(.+)/i.exec(note);
    // The note goes on with other sections (`; Funding details: …`) after the address's email.
    if (match) return correspondenceCountry((match[1] ?? '').split(/;\s*e-?mail\s*:/i)[0] ?? '');
  }
  return null;
}
