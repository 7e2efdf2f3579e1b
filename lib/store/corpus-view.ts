import 'server-only';
import { type CorpusStats, corpusStats } from '@/lib/analyze/corpus-stats';
import { filterPapers, isFiltered, type PaperFilter } from '@/lib/analyze/filter-papers';
import { paperTerms } from '@/lib/analyze/paper-terms';
import type { AnalyzedPaper } from '@/lib/model';
import { type PaperRow, toPaperRow } from '@/lib/paper-row';
import { type CorpusInfo, getCorpus, getPapers } from '@/lib/store/corpora';
import { getPaperTerms } from '@/lib/store/term-cache';

export interface CorpusView {
  info: CorpusInfo;
  papers: AnalyzedPaper[];
  /** The papers as table rows, in the same order. */
  rows: PaperRow[];
  /** Statistics of the whole corpus, computed once. */
  stats: CorpusStats;
}

// Analysed corpora kept in memory: views read these, never the tagger. Dropped when a corpus changes.
const views = new Map<string, Promise<CorpusView | null>>();

async function load(id: string): Promise<CorpusView | null> {
  const info = await getCorpus(id);
  if (!info) return null;
  const papers = await getPapers(id);
  const terms = paperTerms(await getPaperTerms(papers));
  const analyzed = papers.map((paper, i) => ({ ...paper, terms: terms[i] ?? [] }));
  return { info, papers: analyzed, rows: analyzed.map(toPaperRow), stats: corpusStats(analyzed) };
}

/** A corpus with its papers and their ranked terms; `null` when there is no such corpus. */
export function getCorpusView(id: string): Promise<CorpusView | null> {
  let view = views.get(id);
  if (!view) {
    view = load(id);
    views.set(id, view);
    view.catch(() => views.delete(id));
  }
  return view;
}

export function forgetCorpusView(id: string): void {
  views.delete(id);
}

export interface FilteredView {
  papers: AnalyzedPaper[];
  rows: PaperRow[];
  stats: CorpusStats;
}

/** The papers, rows and statistics a filter leaves; the whole corpus's cached ones when nothing filters. */
export function filterView(view: CorpusView, filter: PaperFilter): FilteredView {
  if (!isFiltered(filter)) return view;
  const kept = filterPapers(view.papers, filter);
  const papers = kept.map((i) => view.papers[i] as AnalyzedPaper);
  return { papers, rows: kept.map((i) => view.rows[i] as PaperRow), stats: corpusStats(papers) };
}
