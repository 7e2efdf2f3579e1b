import { relevanceWeights, termConcentrations } from '@/lib/analyze/term-relevance';
import type { TermRef } from '@/lib/model';
import { acronymMerges, type BareUse, phraseAcronymMerges } from '@/lib/terms/acronym-merges';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';
import { documentFrequency, rankTerms, showsAcronym, WRITTEN_AS_NAME } from '@/lib/terms/rank-terms';
import { isStopTerm } from '@/lib/terms/stop-terms';

export interface PaperTermsOptions {
  /** Keys to drop on top of the default stop-terms. */
  stopTerms: ReadonlySet<string>;
  /** Merges: key → the key it becomes. */
  thesaurus: ReadonlyMap<string, string>;
  /** The label a merged key takes, when not the key it becomes (an acronym's expansion shows the acronym). */
  labels: ReadonlyMap<string, string>;
}

/**
 * Each paper's terms, most salient first, after stop-terms and thesaurus merges. Runs on cached
 * extraction output, so a changed stop-term list applies without tagging again.
 */
export function paperTerms(
  extracted: readonly (readonly ExtractedTerm[])[],
  options: Partial<PaperTermsOptions> = {},
): TermRef[][] {
  const kept = termsUnderSettings(extracted, options);
  const corpus = documentFrequency(kept);
  const weights = relevanceWeights(termConcentrations(kept));
  return kept.map((terms) => rankTerms(terms, corpus, { weights }).map(({ key, label }) => ({ key, label })));
}

/** Each paper's extracted terms after stop-terms and merges: a merged key sums its counts, stopped keys go. */
export function termsUnderSettings(
  extracted: readonly (readonly ExtractedTerm[])[],
  { stopTerms = new Set(), thesaurus = new Map(), labels = new Map() }: Partial<PaperTermsOptions> = {},
): ExtractedTerm[][] {
  return extracted.map((terms) => {
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
        merged.set(
          key,
          target
            ? { ...term, key, label: labels.get(term.key) ?? target, words: target.split(' ').length }
            : term,
        );
      }
    }
    return [...merged.values()];
  });
}

/**
 * A corpus's term settings as options for `paperTerms`, with its bare acronyms merged into the expansions its
 * papers define them with (`acronymMerges`) where the settings say nothing else of them: what the store's rules do.
 */
export function termOptions(
  extracted: readonly (readonly ExtractedTerm[])[],
  settings: { stopTerms: readonly string[]; merges: readonly { from: string; to: string }[] } = {
    stopTerms: [],
    merges: [],
  },
): PaperTermsOptions {
  const stopTerms = new Set(settings.stopTerms);
  const thesaurus = new Map(settings.merges.map(({ from, to }) => [from, to]));
  const labels = new Map<string, string>();
  const defined = new Map<string, { key: string; label: string; papers: number }>();
  const bare = new Map<string, BareUse>();
  for (const terms of extracted) {
    for (const { key, label } of terms) {
      if (!showsAcronym(label)) {
        if (key.includes(' ')) continue;
        const use = bare.get(key) ?? { key, papers: 0, named: 0 };
        use.papers++;
        if (WRITTEN_AS_NAME.test(label)) use.named++;
        bare.set(key, use);
        continue;
      }
      const entry = defined.get(`${key}\t${label}`) ?? { key, label, papers: 0 };
      entry.papers++;
      defined.set(`${key}\t${label}`, entry);
    }
  }
  const merges = acronymMerges([...defined.values()], [...bare.values()]);
  const phrases = new Map<string, number>();
  for (const terms of extracted) {
    for (const { key } of terms) if (key.includes(' ')) phrases.set(key, (phrases.get(key) ?? 0) + 1);
  }
  const joined = phraseAcronymMerges(
    merges,
    [...phrases].map(([key, papers]) => ({ key, papers })),
  );
  for (const { from, to, label } of [...merges, ...joined.map((merge) => ({ ...merge, label: undefined }))]) {
    if (stopTerms.has(from) || thesaurus.has(from)) continue;
    thesaurus.set(from, to);
    if (label !== undefined) labels.set(from, label);
  }
  return { stopTerms, thesaurus, labels };
}
