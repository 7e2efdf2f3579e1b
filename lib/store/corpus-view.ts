import 'server-only';
import { paperTerms } from '@/lib/analyze/paper-terms';
import type { AnalyzedPaper } from '@/lib/model';
import { type CorpusInfo, getCorpus, getPapers } from '@/lib/store/corpora';
import { getPaperTerms } from '@/lib/store/term-cache';

export interface CorpusView {
  info: CorpusInfo;
  papers: AnalyzedPaper[];
}

// Analysed corpora kept in memory: views read these, never the tagger. Dropped when a corpus changes.
const views = new Map<string, Promise<CorpusView | null>>();

async function load(id: string): Promise<CorpusView | null> {
  const info = await getCorpus(id);
  if (!info) return null;
  const papers = await getPapers(id);
  const terms = paperTerms(await getPaperTerms(papers));
  return { info, papers: papers.map((paper, i) => ({ ...paper, terms: terms[i] ?? [] })) };
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
