import { extractLinks } from '@/lib/ingest/links';
import { newPaper } from '@/lib/ingest/paper';
import { dateFromParts, monthNumber } from '@/lib/ingest/parse-date';
import type { Paper, Parser, Problem } from '@/lib/model';

/**
 * Text copied from a Hugging Face papers page. A card is: title line, abstract (one or more lines),
 * `• N authors` or an organisation line (`adobe Adobe`), a line `·`, and a date line
 * (`Feb 27`, `Aug 26, 2023`, optionally followed by a count: `Feb 21 2`).
 */
export interface HfListingOptions {
  /** The year of dates printed without one. Default: the year after the latest explicit year in the file. */
  pageYear: number;
}

const DATE_LINE =
  /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? +(\d{1,2})(?:, *(\d{4}))?(?: +(\d+))?$/i;
const SEPARATOR_LINE = /^[·•]$/;
const AUTHORS_LINE = /^•? *(\d+) +authors?$/i;
// An organisation card: its hub slug, then its display name (`adobe Adobe`, `sensenova SenseNova`):
// a few words, no sentence punctuation at the end.
const ORGANISATION_LINE = /^([a-z0-9][\w.-]*) +(\S[^\n]{0,60}[^.!?:;,])$/i;
const MAX_ORGANISATION_WORDS = 8;

interface DateParts {
  month: number;
  day: number;
  year: number | null;
  count: number | null;
}

function parseDateLine(line: string): DateParts | null {
  const match = DATE_LINE.exec(line);
  if (!match) return null;
  return {
    month: monthNumber(match[1] ?? '') ?? 0,
    day: Number(match[2]),
    year: match[3] ? Number(match[3]) : null,
    count: match[4] ? Number(match[4]) : null,
  };
}

/** The default page year: one after the latest year printed on any card. */
export function inferPageYear(lines: readonly string[], fallback = new Date().getUTCFullYear()): number {
  let latest = 0;
  for (const line of lines) {
    const year = parseDateLine(line.trim())?.year;
    if (year && year > latest) latest = year;
  }
  return latest ? latest + 1 : fallback;
}

export const parseHfListing: Parser<HfListingOptions> = (text, options) => {
  const file = options.file;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const trimmed = lines.map((line) => line.trim());
  const pageYear = options.pageYear ?? inferPageYear(trimmed);
  const papers: Paper[] = [];
  const problems: Problem[] = [];

  const separators: number[] = [];
  trimmed.forEach((line, i) => {
    if (SEPARATOR_LINE.test(line)) separators.push(i);
  });
  if (separators.length === 0) {
    problems.push({
      file,
      line: 1,
      message: 'No paper cards found: a card ends with a line "·" followed by its date.',
      severity: 'error',
    });
    return { papers, problems };
  }

  // Page chrome ends at the page's own date line, the last date line before the first card's title.
  const firstSeparator = separators[0] ?? 0;
  let start = 0;
  for (let i = firstSeparator - 2; i >= 0; i--) {
    if (parseDateLine(trimmed[i] ?? '')) {
      start = i + 1;
      break;
    }
  }

  for (const separator of separators) {
    const dateIndex = separator + 1;
    const cardLines: number[] = [];
    for (let i = start; i < separator; i++) if (trimmed[i]) cardLines.push(i);
    start = dateIndex + 1;

    const byline = cardLines.at(-1);
    const bylineText = byline === undefined ? '' : (trimmed[byline] ?? '');
    const authorsMatch = AUTHORS_LINE.exec(bylineText);
    // A byline needs a title and an abstract above it.
    const organisationMatch =
      authorsMatch || cardLines.length < 3 || bylineText.split(' ').length > MAX_ORGANISATION_WORDS
        ? null
        : ORGANISATION_LINE.exec(bylineText);
    const bodyLines = authorsMatch || organisationMatch ? cardLines.slice(0, -1) : cardLines;
    const titleIndex = bodyLines[0];
    if (titleIndex === undefined) {
      problems.push({
        file,
        line: separator + 1,
        field: 'title',
        message: 'Card has no title: the lines before "·" are empty.',
        severity: 'error',
      });
      continue;
    }
    const line = titleIndex + 1;
    const title = (trimmed[titleIndex] ?? '').replace(/\s+/g, ' ');
    const abstract = bodyLines
      .slice(1)
      .map((i) => trimmed[i])
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (!abstract) {
      problems.push({ file, line, field: 'abstract', message: 'Card has no abstract.', severity: 'warning' });
    }
    if (!authorsMatch && !organisationMatch) {
      problems.push({
        file,
        line: byline === undefined ? line : byline + 1,
        field: 'authors',
        message: 'Card shows neither "• N authors" nor an organisation: author count unknown.',
        severity: 'warning',
      });
    }

    const dateText = trimmed[dateIndex] ?? '';
    const parts = parseDateLine(dateText);
    const parsed = parts ? dateFromParts(parts.year ?? pageYear, parts.month, parts.day) : null;
    if (parsed?.datePrecision !== 'day') {
      problems.push({
        file,
        line: dateIndex + 1,
        field: 'date',
        message: !dateText
          ? 'Card has no date after "·".'
          : parsed
            ? `"${dateText}" has no such day: kept to the month.`
            : `"${dateText}" is not a date like "Feb 27" or "Aug 26, 2023".`,
        severity: 'warning',
      });
      // A line that is not a date belongs to the next card.
      if (!parts) start = dateIndex;
    }

    const links = extractLinks(abstract);
    papers.push(
      newPaper({
        id: `${file}:${line}`,
        title,
        abstract,
        authorCount: authorsMatch ? Number(authorsMatch[1]) : null,
        organisation: organisationMatch ? (organisationMatch[2] ?? null) : null,
        date: parsed?.date ?? null,
        datePrecision: parsed?.datePrecision ?? null,
        githubRepos: links.githubRepos,
        otherLinks: links.otherLinks,
        // The card carries the whole abstract: a repository it does not link is not linked from here.
        codeStatus: links.githubRepos.length > 0 ? 'linked' : 'none',
        comments: parts?.count ?? null,
        source: { file, line },
      }),
    );
  }
  return { papers, problems };
};
