import { type AuthorsPerPaper, authorsPerPaper } from '@/lib/analyze/authors-per-paper';
import { type CodeLinkCounts, codeLinkRate } from '@/lib/analyze/code-link-rate';
import type { Paper } from '@/lib/model';

export interface CorpusSummary {
  papers: number;
  /** First and last ISO dates; `null` when no paper is dated. */
  dateSpan: { first: string; last: string } | null;
  /** Papers with a date. */
  dated: number;
  authors: Omit<AuthorsPerPaper, 'bins'>;
  code: CodeLinkCounts;
  /** Organisations named instead of authors, most papers first. */
  organisations: { name: string; papers: number }[];
}

/** Headline numbers of a corpus. */
export function corpusSummary(
  papers: readonly Pick<Paper, 'date' | 'authorCount' | 'codeStatus' | 'organisation'>[],
): CorpusSummary {
  const dates = papers.map((p) => p.date).filter((d): d is string => d !== null);
  dates.sort();
  const first = dates[0];
  const last = dates.at(-1);
  const { bins: _bins, ...authors } = authorsPerPaper(papers);
  const organisations = new Map<string, number>();
  for (const { organisation } of papers) {
    if (organisation) organisations.set(organisation, (organisations.get(organisation) ?? 0) + 1);
  }
  return {
    papers: papers.length,
    dateSpan: first && last ? { first, last } : null,
    dated: dates.length,
    authors,
    code: codeLinkRate(papers).overall,
    organisations: [...organisations]
      .map(([name, n]) => ({ name, papers: n }))
      .sort((a, b) => b.papers - a.papers || a.name.localeCompare(b.name)),
  };
}
