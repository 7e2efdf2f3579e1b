import { describe, expect, it } from 'vitest';
import { keyphraseScore, macroAverage, normaliseKeyphrase } from '@/lib/terms/keyphrase-score';

describe('normaliseKeyphrase', () => {
  it('lower-cases, splits on runs of non-alphanumerics, stems each token and joins with one space', () => {
    expect(normaliseKeyphrase('Syntax-Sensitive  Rules')).toBe('syntax sensit rule');
    expect(normaliseKeyphrase('classical symbol \tsystems')).toBe('classic symbol system');
    expect(normaliseKeyphrase('L/sub p/ stability')).toBe('l sub p stabil');
  });

  it('gives the empty string for punctuation only', () => {
    expect(normaliseKeyphrase(' -- ')).toBe('');
  });
});

describe('keyphraseScore', () => {
  const gold = ['neural networks', 'fuzzy logic', 'control systems', 'robots'];

  it('counts exact matches after normalisation: P over min(k, predictions), R over gold phrases', () => {
    const score = keyphraseScore(['neural network', 'fuzzy controller', 'control system'], gold, 5);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 4);
    expect(score.f1).toBeCloseTo((2 * (2 / 3) * (2 / 4)) / (2 / 3 + 2 / 4));
  });

  it('scores only the top k', () => {
    const score = keyphraseScore(['fuzzy controller', 'robot', 'neural networks'], gold, 2);
    expect(score.precision).toBeCloseTo(1 / 2);
    expect(score.recall).toBeCloseTo(1 / 4);
  });

  it('drops duplicates after normalisation, keeping the higher rank, so a later phrase moves up', () => {
    const score = keyphraseScore(['robot', 'Robots', 'fuzzy logic'], gold, 2);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(2 / 4);
  });

  it('matches each gold phrase once even when the gold list repeats it', () => {
    const score = keyphraseScore(['investment'], ['investment', 'investment', 'money managers'], 5);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(1 / 3);
  });

  it('scores zero without predictions or without gold', () => {
    expect(keyphraseScore([], gold, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(keyphraseScore(['robot'], [], 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('macroAverage', () => {
  it('averages each figure over documents', () => {
    const average = macroAverage([
      { precision: 1, recall: 0.5, f1: 2 / 3 },
      { precision: 0, recall: 0, f1: 0 },
    ]);
    expect(average.precision).toBeCloseTo(0.5);
    expect(average.recall).toBeCloseTo(0.25);
    expect(average.f1).toBeCloseTo(1 / 3);
  });

  it('gives zeros for no documents', () => {
    expect(macroAverage([])).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
