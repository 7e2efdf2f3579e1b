import {
  type AuthorsPerPaper,
  authorsPerPaper,
  authorsPerPaperFromCounts,
} from '@/lib/analyze/authors-per-paper';
import { type CodeLinkRate, codeLinkRate, codeLinkRateFromCounts } from '@/lib/analyze/code-link-rate';
import { type CorpusSummary, corpusSummary } from '@/lib/analyze/corpus-summary';
import {
  type PublicationTimeline,
  publicationTimeline,
  timelineFromCounts,
} from '@/lib/analyze/publication-timeline';
import { type TermCount, type TermRanking, topTerms } from '@/lib/analyze/top-terms';
import type { AnalyzedPaper, CodeStatus } from '@/lib/model';

/** Every statistic the dashboard, the slides and the JSON API show, from one pass over the papers. */
export interface CorpusStats {
  summary: CorpusSummary;
  topTerms: TermCount[];
  /** How `topTerms` are ranked. */
  termRanking: TermRanking;
  timeline: PublicationTimeline;
  authorsPerPaper: AuthorsPerPaper;
  codeLinkRate: CodeLinkRate;
}

export function corpusStats(
  papers: readonly AnalyzedPaper[],
  {
    termLimit = 25,
    termRanking = 'frequency',
    weights = new Map(),
  }: { termLimit?: number; termRanking?: TermRanking; weights?: ReadonlyMap<string, number> } = {},
): CorpusStats {
  return {
    summary: corpusSummary(papers),
    topTerms: topTerms(papers, { limit: termLimit, ranking: termRanking, weights }),
    termRanking,
    timeline: publicationTimeline(papers),
    authorsPerPaper: authorsPerPaper(papers),
    codeLinkRate: codeLinkRate(papers),
  };
}

/** Papers counted by the fields the headline numbers and the first charts read. */
export interface PaperTally {
  year: string | null;
  /** `null` when undated or dated to the year only. */
  month: string | null;
  authorCount: number | null;
  codeStatus: CodeStatus;
  /** Undated because the year read was implausible. */
  outsideRange: boolean;
  papers: number;
}

/** The same statistics from papers tallied by their fields, the date span, organisations and top terms. */
export function corpusStatsFromTally(
  tally: readonly PaperTally[],
  span: { first: string; last: string } | null,
  organisations: readonly { name: string; papers: number }[],
  terms: TermCount[],
  termRanking: TermRanking,
): CorpusStats {
  const byYear = new Map<string, number>();
  const byMonth = new Map<string, number>();
  const byAuthors = new Map<number | null, number>();
  let papers = 0;
  let undated = 0;
  let outsideRange = 0;
  let yearOnly = 0;
  for (const row of tally) {
    papers += row.papers;
    byAuthors.set(row.authorCount, (byAuthors.get(row.authorCount) ?? 0) + row.papers);
    if (row.year === null) {
      if (row.outsideRange) outsideRange += row.papers;
      else undated += row.papers;
      continue;
    }
    byYear.set(row.year, (byYear.get(row.year) ?? 0) + row.papers);
    if (row.month === null) yearOnly += row.papers;
    else byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.papers);
  }
  const authors = authorsPerPaperFromCounts(byAuthors);
  const code = codeLinkRateFromCounts(
    tally.map((row) => ({ ...row, year: row.year === null ? null : Number(row.year) })),
  );
  const { bins: _bins, ...authorSummary } = authors;
  return {
    summary: {
      papers,
      dateSpan: span,
      dated: papers - undated - outsideRange,
      authors: authorSummary,
      code: code.overall,
      organisations: [...organisations].sort((a, b) => b.papers - a.papers || a.name.localeCompare(b.name)),
    },
    topTerms: terms,
    termRanking,
    timeline: timelineFromCounts(byYear, byMonth, { undated, outsideRange, yearOnly }),
    authorsPerPaper: authors,
    codeLinkRate: code,
  };
}
