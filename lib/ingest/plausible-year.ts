import type { Paper, Problem } from '@/lib/model';

/** The earliest year a paper of a bibliography plausibly has (older classics are cited in modern editions). */
export const FIRST_PLAUSIBLE_YEAR = 1700;

/** The latest plausible year: journals date an issue up to a year ahead. */
export function lastPlausibleYear(today = new Date()): number {
  return today.getUTCFullYear() + 1;
}

/**
 * Papers whose year is outside the plausible range (a typo such as 1202, a placeholder such as 2999) lose their
 * date, kept as `dateOutsideRange`, so no timeline or trend axis stretches to it; each is a warning naming
 * the year. The papers are new objects; the others are returned as they are.
 */
export function plausibleDates(
  papers: readonly Paper[],
  today = new Date(),
): { papers: Paper[]; problems: Problem[] } {
  const last = lastPlausibleYear(today);
  const problems: Problem[] = [];
  const out = papers.map((paper) => {
    if (!paper.date) return paper;
    const year = Number(paper.date.slice(0, 4));
    if (year >= FIRST_PLAUSIBLE_YEAR && year <= last) return paper;
    problems.push({
      file: paper.source.file,
      line: paper.source.line,
      field: 'date',
      message: `Year ${year} is outside the plausible range ${FIRST_PLAUSIBLE_YEAR}–${last}: the paper is kept, off the timeline and trends, and counted as outside range.`,
      severity: 'warning',
    });
    return { ...paper, date: null, datePrecision: null, dateOutsideRange: paper.date };
  });
  return { papers: out, problems };
}
