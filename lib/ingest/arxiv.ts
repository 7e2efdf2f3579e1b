import { authorNames } from '@/lib/ingest/author-names';
import { cleanText } from '@/lib/ingest/clean-text';
import { cutShort } from '@/lib/ingest/cut-short';
import { jsonRecords } from '@/lib/ingest/json-records';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';
import { paperFromRecord } from '@/lib/ingest/paper-from-record';
import { dateFromParts, type ParsedDate, parseDate } from '@/lib/ingest/parse-date';
import type { Paper, Parser, Problem } from '@/lib/model';

type Json = Record<string, unknown>;

/**
 * The arXiv metadata snapshot (Kaggle, OAI): JSON lines or a JSON array of records with `id`, `title`,
 * `abstract`, `authors` and `authors_parsed`, `versions`, `doi`, `journal-ref`, `comments`.
 */
export const parseArxiv: Parser = (text, options) => {
  const file = options.file;
  const problems: Problem[] = [];
  const papers: Paper[] = [];
  const source = text.replace(/^\uFEFF/, '');
  const records: { text: string; line: number }[] = [];

  if (source.trimStart().startsWith('[')) {
    const found = jsonRecords(source);
    for (const record of found.records) records.push(record);
    if (found.truncatedAt !== null) {
      problems.push(cutShort(file, found.truncatedAt));
    }
  } else {
    const lines = source.split('\n');
    lines.forEach((line, index) => {
      if (line.trim()) records.push({ text: line, line: index + 1 });
    });
  }

  records.forEach(({ text: recordText, line }, index) => {
    let value: unknown;
    try {
      value = JSON.parse(recordText);
    } catch (error) {
      const last = index === records.length - 1 && !/\}\s*$/.test(recordText);
      problems.push(
        last
          ? cutShort(file, line)
          : {
              file,
              line,
              message: `Record is not valid JSON (${(error as Error).message}).`,
              severity: 'error',
            },
      );
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, line, message: 'Record is not a JSON object.', severity: 'error' });
      return;
    }
    const paper = arxivToPaper(file, line, value as Json, problems);
    if (paper) papers.push(paper);
  });
  return { papers, problems };
};

function arxivToPaper(file: string, line: number, record: Json, problems: Problem[]): Paper | null {
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  const id = text('id');
  const title = cleanText(latexToUnicode(text('title')));
  if (!title) {
    problems.push({
      file,
      line,
      field: 'title',
      message: `Record ${id || ''} has no title: skipped.`,
      severity: 'error',
    });
    return null;
  }
  const comments = text('comments');
  const abstract = latexToUnicode(text('abstract'));
  return paperFromRecord({
    file,
    line,
    title,
    abstract,
    authors: authorsOf(record),
    date: firstVersionDate(record) ?? dateOfId(id),
    venue: journalOfRef(text('journal-ref')) || 'arXiv',
    doi: text('doi'),
    arxivId: id,
    linkTexts: [comments, text('abstract')],
    codeStatusWithoutRepo: 'none',
    // The snapshot lists the primary category first.
    categories: [...new Set(text('categories').split(/\s+/).filter(Boolean))],
  });
}

/**
 * The journal a `journal-ref` names, without volume, pages and year (`Phys.Rev.D76:013009,2007` → `Phys.Rev.D`,
 * `Physica A, V. 387, …` → `Physica A`), so papers of one journal share a venue; empty when it names none.
 */
export function journalOfRef(ref: string): string {
  let journal = cleanText(ref).split(/[;\d]/)[0] ?? '';
  for (let previous = ''; previous !== journal; ) {
    previous = journal;
    journal = journal.replace(/(?:[\s,:(\-–]+|\b(?:vol(?:ume)?|v|no|nr|pp?|issues?)\.?)$/i, '');
  }
  return journal;
}

function authorsOf(record: Json) {
  const parsed = record.authors_parsed;
  if (Array.isArray(parsed) && parsed.length > 0) {
    const names = parsed
      .filter((parts): parts is unknown[] => Array.isArray(parts))
      .map(([last, first, suffix]) =>
        cleanText(latexToUnicode([first, last, suffix].filter((part) => typeof part === 'string').join(' '))),
      )
      .filter(Boolean);
    return { names, complete: true };
  }
  const authors = typeof record.authors === 'string' ? record.authors : '';
  if (!authors.trim()) return null;
  // arXiv writes `A. One, B. Two and C. Three`: commas and a final `and` separate whole names.
  return authorNames(authors.replace(/,\s*(?:and\s+)?/g, ' and '), { latex: true });
}

/** The date of version 1, when arXiv first received the paper. */
function firstVersionDate(record: Json): ParsedDate | null {
  const versions = record.versions;
  if (!Array.isArray(versions)) return null;
  const first = versions[0] as Json | undefined;
  return typeof first?.created === 'string' ? parseDate(first.created) : null;
}

/** `0704.0001` and `hep-th/9901001` name the month of submission. */
function dateOfId(id: string): ParsedDate | null {
  const match = /(?:^|\/)(\d{2})(\d{2})[.\d]/.exec(id);
  if (!match) return null;
  const yy = Number(match[1]);
  return dateFromParts(yy >= 91 ? 1900 + yy : 2000 + yy, Number(match[2]));
}
