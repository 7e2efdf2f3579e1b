import 'server-only';
import { type AuthorIdentities, authorIdentities } from '@/lib/analyze/author-stats';
import { type CorpusStats, corpusStats } from '@/lib/analyze/corpus-stats';
import { filterPapers, isFiltered, type PaperFilter } from '@/lib/analyze/filter-papers';
import { paperTerms } from '@/lib/analyze/paper-terms';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { type PaperRow, toPaperRow } from '@/lib/paper-row';
import { type CorpusInfo, getCorpus, getPapers } from '@/lib/store/corpora';
import { getPaperTerms } from '@/lib/store/term-cache';
import { getTermSettings, type TermSettings } from '@/lib/store/term-settings';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';

export interface CorpusView {
  info: CorpusInfo;
  papers: AnalyzedPaper[];
  /** The papers as table rows, in the same order. */
  rows: PaperRow[];
  /** Statistics of the whole corpus, computed once. */
  stats: CorpusStats;
  /** Author names matched across the whole corpus, aligned with `papers`. */
  authors: AuthorIdentities;
  termSettings: TermSettings;
}

interface CorpusSource {
  info: CorpusInfo;
  papers: Paper[];
  extracted: ExtractedTerm[][];
}

// Kept in memory so views never wait for the database or the tagger: the stored papers with their
// extracted terms, and the analysis made from them with the corpus's term settings. On globalThis because
// pages and route handlers are bundled apart, and a route that changes a corpus must clear the pages' copy.
const holder = globalThis as unknown as {
  paperscopeViews?: {
    sources: Map<string, Promise<CorpusSource | null>>;
    views: Map<string, Promise<CorpusView | null>>;
  };
};
holder.paperscopeViews ??= { sources: new Map(), views: new Map() };
const { sources, views } = holder.paperscopeViews;

function cached<T>(cache: Map<string, Promise<T>>, id: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(id);
  if (!value) {
    value = load();
    cache.set(id, value);
    value.catch(() => cache.delete(id));
  }
  return value;
}

async function loadSource(id: string): Promise<CorpusSource | null> {
  const info = await getCorpus(id);
  if (!info) return null;
  const papers = await getPapers(id);
  return { info, papers, extracted: await getPaperTerms(papers) };
}

async function analyse(id: string): Promise<CorpusView | null> {
  const source = await cached(sources, id, () => loadSource(id));
  if (!source) return null;
  const termSettings = await getTermSettings(id);
  const terms = paperTerms(source.extracted, {
    stopTerms: new Set(termSettings.stopTerms),
    thesaurus: new Map(termSettings.merges.map(({ from, to }) => [from, to])),
  });
  const papers = source.papers.map((paper, i) => ({ ...paper, terms: terms[i] ?? [] }));
  return {
    info: source.info,
    papers,
    rows: papers.map(toPaperRow),
    stats: corpusStats(papers),
    authors: authorIdentities(papers),
    termSettings,
  };
}

/** A corpus with its papers and their ranked terms; `null` when there is no such corpus. */
export function getCorpusView(id: string): Promise<CorpusView | null> {
  return cached(views, id, () => analyse(id));
}

/** After the corpus itself changed (renamed, deleted, imported). */
export function forgetCorpusView(id: string): void {
  sources.delete(id);
  views.delete(id);
}

/** After its term settings changed: the next view re-ranks the cached terms, nothing is tagged again. */
export function forgetCorpusAnalysis(id: string): void {
  views.delete(id);
}

export interface FilteredView {
  papers: AnalyzedPaper[];
  rows: PaperRow[];
  stats: CorpusStats;
  authors: AuthorIdentities;
}

const RECENT_FILTERS = 16;
const recentFilters = new WeakMap<CorpusView, Map<string, FilteredView>>();

/** The papers, rows and statistics a filter leaves; the whole corpus's cached ones when nothing filters. */
export function filterView(view: CorpusView, filter: PaperFilter): FilteredView {
  if (!isFiltered(filter)) return view;
  // The last few filters of each view stay: going back, or switching between two, answers at once.
  let recent = recentFilters.get(view);
  if (!recent) {
    recent = new Map();
    recentFilters.set(view, recent);
  }
  const key = JSON.stringify(filter);
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const kept = filterPapers(view.papers, filter);
  const papers = kept.map((i) => view.papers[i] as AnalyzedPaper);
  const filtered = {
    papers,
    rows: kept.map((i) => view.rows[i] as PaperRow),
    stats: corpusStats(papers),
    authors: { keys: kept.map((i) => view.authors.keys[i] ?? []), names: view.authors.names },
  };
  recent.set(key, filtered);
  if (recent.size > RECENT_FILTERS) recent.delete(recent.keys().next().value as string);
  return filtered;
}
