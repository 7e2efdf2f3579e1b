import { type AuthorsPerPaper, authorsPerPaper } from '@/lib/analyze/authors-per-paper';
import { type CodeLinkRate, codeLinkRate } from '@/lib/analyze/code-link-rate';
import { type CorpusSummary, corpusSummary } from '@/lib/analyze/corpus-summary';
import { type PublicationTimeline, publicationTimeline } from '@/lib/analyze/publication-timeline';
import { type TermCount, topTerms } from '@/lib/analyze/top-terms';
import type { AnalyzedPaper } from '@/lib/model';

/** Every statistic the dashboard, the slides and the JSON API show, from one pass over the papers. */
export interface CorpusStats {
  summary: CorpusSummary;
  topTerms: TermCount[];
  timeline: PublicationTimeline;
  authorsPerPaper: AuthorsPerPaper;
  codeLinkRate: CodeLinkRate;
}

export function corpusStats(papers: readonly AnalyzedPaper[], { termLimit = 25 } = {}): CorpusStats {
  return {
    summary: corpusSummary(papers),
    topTerms: topTerms(papers, { limit: termLimit }),
    timeline: publicationTimeline(papers),
    authorsPerPaper: authorsPerPaper(papers),
    codeLinkRate: codeLinkRate(papers),
  };
}
