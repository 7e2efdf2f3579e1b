import { reprintCountry, wosAffiliations } from '@/lib/ingest/affiliations';
import { displayName } from '@/lib/ingest/author-names';
import { cutShort } from '@/lib/ingest/cut-short';
import { countOf, paperFromRecord, splitKeywords } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import type { Paper, Parser, Problem } from '@/lib/model';

// A field starts with its two-character tag and a space; `ER` and `EF` stand alone.
const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*)|$)/;
// Fields whose continuation lines are further items, not more of the same text.
const LIST_TAGS = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'CR', 'C1', 'C3', 'EM', 'RI', 'OI', 'FU']);

interface WosRecord {
  line: number;
  tags: Map<string, string[]>;
}

/**
 * Web of Science plain-text export: `FN`/`VR` header, records from `PT` to `ER`, `EF` at the end;
 * a field goes on over lines that start with spaces (one author per line in `AU`/`AF`).
 */
export const parseWos: Parser = (text, options) => {
  const file = options.file;
  const problems: Problem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const records: WosRecord[] = [];
  let current: WosRecord | null = null;
  let lastTag: string | null = null;
  // `EF` closes the file: a record open before it lacks only its `ER`; one open at the end was cut short.
  let ended = false;

  const close = (record: WosRecord, reason: string) => {
    problems.push({
      file,
      line: record.line,
      message: `Record has no "ER" line ${reason}: read up to there.`,
      severity: 'warning',
    });
    records.push(record);
  };

  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (!line) return;
    if (/^\s/.test(line)) {
      if (!current || !lastTag) return;
      const values = current.tags.get(lastTag) ?? [];
      const item = line.trim();
      if (LIST_TAGS.has(lastTag) || values.length === 0) values.push(item);
      else values[values.length - 1] = `${values.at(-1)} ${item}`;
      current.tags.set(lastTag, values);
      return;
    }
    const match = TAG_LINE.exec(line);
    if (!match) {
      problems.push({
        file,
        line: index + 1,
        message: `Line is neither a field ("XX value") nor its continuation (starting with spaces): ignored.`,
        severity: 'warning',
      });
      return;
    }
    const tag = match[1] as string;
    const value = (match[2] ?? '').trim();
    ended = tag === 'EF';
    if (tag === 'FN' || tag === 'VR' || tag === 'EF') return;
    if (tag === 'ER') {
      if (current) records.push(current);
      current = null;
      lastTag = null;
      return;
    }
    if (tag === 'PT' && current) close(current, `before the next "PT" at line ${index + 1}`);
    if (tag === 'PT' || !current) current = { line: index + 1, tags: new Map() };
    const record: WosRecord = current;
    const values = record.tags.get(tag) ?? [];
    values.push(value);
    record.tags.set(tag, values);
    lastTag = tag;
  });
  if (current !== null) {
    if (ended) close(current, 'before "EF"');
    else problems.push(cutShort(file, (current as WosRecord).line));
  }

  const papers: Paper[] = [];
  for (const record of records) {
    const paper = wosToPaper(file, record, problems);
    if (paper) papers.push(paper);
  }
  return { papers, problems };
};

function wosToPaper(file: string, record: WosRecord, problems: Problem[]): Paper | null {
  const all = (tag: string) => (record.tags.get(tag) ?? []).filter(Boolean);
  const first = (tag: string) => all(tag).join(' ');
  const problem = (message: string, field?: string, severity: Problem['severity'] = 'warning') =>
    problems.push({ file, line: record.line, ...(field ? { field } : {}), message, severity });

  const title = first('TI');
  if (!title) {
    problem('Record has no title (TI): skipped.', 'TI', 'error');
    return null;
  }
  const authorLines = all('AF').length > 0 ? all('AF') : all('AU');
  const year = first('PY');
  const published = first('PD');
  const earlyAccess = first('EA');
  const date = year ? parseDate(published, year) : earlyAccess ? parseDate(earlyAccess) : null;
  if ((year || earlyAccess) && !date) problem(`"${year || earlyAccess}" is not a year.`, 'PY');
  const abstract = first('AB');
  const names = authorLines.map(displayName);

  return paperFromRecord({
    file,
    line: record.line,
    title,
    abstract,
    authors: authorLines.length > 0 ? { names, complete: true } : null,
    date,
    venue: first('SO') || first('SE') || first('CT') || null,
    doi: first('DI'),
    keywords: [...splitKeywords(first('DE')), ...splitKeywords(first('ID'))],
    linkTexts: [abstract],
    // Web of Science has no field for links: without one in the abstract, code status is not known.
    codeStatusWithoutRepo: 'by-links',
    citations: countOf(first('TC')),
    affiliations: wosAffiliations(all('C1'), names),
    correspondingCountry: reprintCountry(first('RP')),
  });
}
