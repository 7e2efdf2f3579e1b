import type { ExtractedTerm } from './extract-terms.ts';

/** How many documents of a corpus hold each key, and each word of a multi-word key. */
export interface DocumentFrequency {
  docs: number;
  df: ReadonlyMap<string, number>;
}

/** Counts, per key and per word of a multi-word key, the documents whose terms contain it. */
export function documentFrequency(docs: ExtractedTerm[][]): DocumentFrequency {
  const df = new Map<string, number>();
  for (const terms of docs) {
    const seen = new Set<string>();
    for (const term of terms) {
      seen.add(term.key);
      if (term.words > 1) for (const word of term.key.split(' ')) seen.add(word);
    }
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return { docs: docs.length, df };
}

// Prior on a keyphrase's length in words (1, 2, 3, 4, 5+): a lone noun is rarely a paper's keyphrase,
// two- to four-word phrases usually are, longer runs are often tagging accidents.
export const LENGTH_PRIOR: readonly number[] = [0.3, 1, 1.2, 1.2, 1];

/**
 * A written name ("GRPO", "GPT-4o") is what a paper's keyphrases name first, more often than any phrase; other
 * lone words rarely are one. Tuned on the Hugging Face papers' keywords, checked on Inspec.
 */
export const NAME_PRIOR = 2;
/** Written with a capital after its first character, or a digit: a name, not a common word. */
export const WRITTEN_AS_NAME = /.\p{Lu}|[0-9]/u;

/**
 * Whether a text's label of a term shows the acronym the text defines it with, "large language model (LLM)":
 * no other label ends in a parenthesis.
 */
export function showsAcronym(label: string): boolean {
  return label.endsWith(')');
}

function lengthPrior(term: ExtractedTerm): number {
  if (term.words === 1 && WRITTEN_AS_NAME.test(term.label)) return NAME_PRIOR;
  return LENGTH_PRIOR[Math.min(term.words, LENGTH_PRIOR.length) - 1] ?? 1;
}

/**
 * The keyphrases of one document, best first; ties keep the input order. Drop stop terms before ranking.
 * With a corpus's relevance weights (`relevanceWeights`), each score is multiplied by its term's weight: a phrase
 * generic across the corpus ("unified framework") yields to the paper's own terms.
 *
 * Score = count × idf × position × length prior. TF-IDF over noun-phrase candidates is the strongest simple
 * baseline on abstracts; graph methods (TextRank, SingleRank) do no better there. Abstracts state their
 * subject early, in the title and first sentence, hence 1 + 1/√(1 + first position). Keyphrases are mostly
 * two to four words, hence the length prior. Idf is smoothed so that an unseen key is simply rare.
 */
export function rankTerms(
  terms: ExtractedTerm[],
  corpus: DocumentFrequency,
  { limit, weights }: { limit?: number; weights?: ReadonlyMap<string, number> } = {},
): ExtractedTerm[] {
  const scored = terms.map((term, order) => {
    const idf = Math.log((corpus.docs + 1) / ((corpus.df.get(term.key) ?? 0) + 1)) + 1;
    const position = 1 + 1 / Math.sqrt(1 + term.first);
    const score = term.count * idf * position * lengthPrior(term);
    return { term, order, score: weights ? score * (weights.get(term.key) ?? 0) : score };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const ranked = scored.map((entry) => entry.term);
  return limit === undefined ? ranked : ranked.slice(0, limit);
}
