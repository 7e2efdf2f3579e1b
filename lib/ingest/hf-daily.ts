import { cleanText } from '@/lib/ingest/clean-text';
import { cutShort } from '@/lib/ingest/cut-short';
import { jsonRecords } from '@/lib/ingest/json-records';
import { countOf, paperFromRecord } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import { parsePythonLiteral } from '@/lib/ingest/python-literal';
import type { CodeStatus, Paper, Parser, Problem } from '@/lib/model';

// Hugging Face added `paper.githubRepo` on this day and leaves it out when no repository is set;
// before it, a missing field says nothing about code.
const REPO_FIELD_SINCE = '2025-03-04';

type Json = Record<string, unknown>;

/**
 * Hugging Face `api/daily_papers` JSON: an array of `{paper: {…}, title, numComments, …}`, the same
 * objects as Python `repr()` strings (some scrapers saved them so), or `{"status": …, "data": […]}`.
 */
export const parseHfDaily: Parser = (text, options) => {
  const file = options.file;
  const papers: Paper[] = [];
  const problems: Problem[] = [];
  const found = jsonRecords(text.replace(/^\uFEFF/, ''));
  if (found.error) {
    problems.push({
      file,
      line: 1,
      message: `${found.error} A Hugging Face daily papers file is a JSON list of papers.`,
      severity: 'error',
    });
    return { papers, problems };
  }

  const items: { value: Json; line: number }[] = [];
  found.records.forEach(({ text: recordText, line }) => {
    const value = readRecord(recordText);
    if (typeof value === 'string') {
      problems.push({ file, line, message: value, severity: 'error' });
    } else {
      items.push({ value, line });
    }
  });
  const fileHasRepoField = items.some(({ value }) => 'githubRepo' in paperOf(value));

  for (const { value, line } of items) {
    const paper = paperOf(value);
    const title = cleanText(stringOf(value.title) || stringOf(paper.title));
    if (!title) {
      problems.push({
        file,
        line,
        field: 'title',
        message: 'Record has no title: skipped.',
        severity: 'error',
      });
      continue;
    }
    const published = stringOf(paper.publishedAt) || stringOf(value.publishedAt);
    const date = parseDate(published);
    if (!date) {
      problems.push({
        file,
        line,
        field: 'date',
        message: published ? `"${published}" is not a date.` : 'Record has no publishedAt date.',
        severity: 'warning',
      });
    }
    const authors = Array.isArray(paper.authors)
      ? paper.authors
          .map((author) => cleanText(stringOf(isObject(author) ? author.name : author)))
          .filter(Boolean)
      : [];
    const comments = typeof value.numComments === 'number' ? value.numComments : null;
    papers.push(
      paperFromRecord({
        file,
        line,
        title,
        abstract: stringOf(paper.summary) || stringOf(value.summary),
        authors: authors.length > 0 ? { names: authors, complete: true } : null,
        date,
        arxivId: stringOf(paper.id),
        linkTexts: [stringOf(paper.githubRepo), stringOf(paper.projectPage), stringOf(paper.summary)],
        codeStatusWithoutRepo: codeStatusWithoutRepo(value, fileHasRepoField),
        comments,
        upvotes: countOf(paper.upvotes),
        // A count without a repository (one record has `githubStars: 0`, `githubRepo: null`) counts nothing.
        githubStars: stringOf(paper.githubRepo) ? countOf(paper.githubStars) : null,
        organisation: organisationOf(value) ?? organisationOf(paper),
      }),
    );
  }

  if (found.truncatedAt !== null) {
    problems.push(cutShort(file, found.truncatedAt));
  }
  return { papers, problems };
};

/** The record as an object, or a message saying why it is not one. */
function readRecord(text: string): Json | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `Record is not valid JSON (${(error as Error).message}).`;
  }
  if (typeof value === 'string') {
    try {
      value = parsePythonLiteral(value);
    } catch (error) {
      return `Record is a string but not a Python dict (${(error as Error).message}).`;
    }
  }
  return isObject(value) ? value : 'Record is not an object with a "paper" inside.';
}

function codeStatusWithoutRepo(record: Json, fileHasRepoField: boolean): CodeStatus {
  const paper = paperOf(record);
  if ('githubRepo' in paper || fileHasRepoField) return 'none';
  const latest = [paper.submittedOnDailyAt, paper.publishedAt, record.publishedAt]
    .map((value) => stringOf(value).slice(0, 10))
    .sort()
    .at(-1);
  return latest && latest >= REPO_FIELD_SINCE ? 'none' : 'unknown';
}

/** The organisation Hugging Face lists the paper under: `{name: 'ByteDance-Seed', fullname: 'ByteDance Seed'}`. */
function organisationOf(record: Json): string | null {
  const organisation = record.organization;
  if (!isObject(organisation)) return null;
  return cleanText(stringOf(organisation.fullname) || stringOf(organisation.name)) || null;
}

/** Daily records nest the paper under `paper`; a bare paper object is read as is. */
function paperOf(record: Json): Json {
  return isObject(record.paper) ? record.paper : record;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
