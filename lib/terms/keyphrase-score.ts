import { porterStem } from './porter-stem.ts';

/** Precision, recall and F1 of one document's top k, or their macro-average over documents. */
export interface KeyphraseScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The protocol's phrase form: lower case, split on runs of non-alphanumerics, Porter-stemmed, one space. */
export function normaliseKeyphrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '')
    .map(porterStem)
    .join(' ');
}

/**
 * Scores the top k of a ranked list against gold phrases: predictions are deduplicated after normalisation
 * (the higher rank stays), a match is exact, each gold phrase matches once; P@k = correct / min(k, predictions),
 * R@k = correct / gold phrases, a zero denominator scores 0.
 */
export function keyphraseScore(
  ranked: readonly string[],
  gold: readonly string[],
  k: number,
): KeyphraseScore {
  const predictions: string[] = [];
  for (const phrase of ranked) {
    const normal = normaliseKeyphrase(phrase);
    if (normal !== '' && !predictions.includes(normal)) predictions.push(normal);
  }
  const top = predictions.slice(0, k);
  const unmatched = gold.map(normaliseKeyphrase).filter((normal) => normal !== '');
  const goldCount = unmatched.length;
  let correct = 0;
  for (const prediction of top) {
    const at = unmatched.indexOf(prediction);
    if (at >= 0) {
      unmatched.splice(at, 1);
      correct++;
    }
  }
  const precision = top.length === 0 ? 0 : correct / top.length;
  const recall = goldCount === 0 ? 0 : correct / goldCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Macro-average: the mean of each figure over documents; zeros for no documents. */
export function macroAverage(scores: readonly KeyphraseScore[]): KeyphraseScore {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const sum = (pick: (score: KeyphraseScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0) / scores.length;
  return { precision: sum((s) => s.precision), recall: sum((s) => s.recall), f1: sum((s) => s.f1) };
}

/** One line of figures: "@10  P 0.395  R 0.292  F1 0.323". */
export function formatKeyphraseScore(name: string, score: KeyphraseScore): string {
  const figure = (value: number) => value.toFixed(3);
  return `${name}  P ${figure(score.precision)}  R ${figure(score.recall)}  F1 ${figure(score.f1)}`;
}
