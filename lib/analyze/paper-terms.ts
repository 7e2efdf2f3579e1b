import type { TermRef } from '@/lib/model';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';
import { documentFrequency, rankTerms } from '@/lib/terms/rank-terms';
import { isStopTerm } from '@/lib/terms/stop-terms';

export interface PaperTermsOptions {
  /** Keys to drop on top of the default stop-terms. */
  stopTerms: ReadonlySet<string>;
  /** Merges: key → the key it becomes. */
  thesaurus: ReadonlyMap<string, string>;
}

/**
 * Each paper's terms, most salient first, after stop-terms and thesaurus merges. Runs on cached
 * extraction output, so a changed stop-term list applies without tagging again.
 */
export function paperTerms(
  extracted: readonly (readonly ExtractedTerm[])[],
  { stopTerms = new Set(), thesaurus = new Map() }: Partial<PaperTermsOptions> = {},
): TermRef[][] {
  const kept = extracted.map((terms) => {
    const merged = new Map<string, ExtractedTerm>();
    for (const term of terms) {
      const target = thesaurus.get(term.key);
      const key = target ?? term.key;
      if (isStopTerm(key, stopTerms)) continue;
      const previous = merged.get(key);
      if (previous) {
        merged.set(key, {
          ...previous,
          count: previous.count + term.count,
          first: Math.min(previous.first, term.first),
        });
      } else {
        merged.set(key, target ? { ...term, key, label: target, words: target.split(' ').length } : term);
      }
    }
    return [...merged.values()];
  });
  const corpus = documentFrequency(kept);
  return kept.map((terms) => rankTerms(terms, corpus).map(({ key, label }) => ({ key, label })));
}
