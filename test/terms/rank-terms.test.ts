import { describe, expect, it } from 'vitest';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';
import { documentFrequency, rankTerms } from '@/lib/terms/rank-terms';

function term(key: string, count = 1, first = 50): ExtractedTerm {
  return { key, label: key, count, first, words: key.split(' ').length };
}

describe('documentFrequency', () => {
  it('counts each document once per key and per word of a multi-word key', () => {
    const corpus = documentFrequency([
      [term('diffusion model', 2), term('diffusion')],
      [term('language model')],
      [],
    ]);
    expect(corpus.docs).toBe(3);
    expect(corpus.df.get('diffusion model')).toBe(1);
    expect(corpus.df.get('diffusion')).toBe(1);
    expect(corpus.df.get('model')).toBe(2);
    expect(corpus.df.get('language model')).toBe(1);
  });

  it('is empty for no documents', () => {
    expect(documentFrequency([])).toEqual({ docs: 0, df: new Map() });
  });
});

describe('rankTerms', () => {
  const corpus = documentFrequency([
    [term('neural network'), term('control system')],
    [term('neural network'), term('control system')],
    [term('neural network'), term('robot')],
    [term('kalman filter')],
  ]);

  it('puts a frequent term before a rare one of the same shape', () => {
    const ranked = rankTerms([term('kalman filter', 1), term('fuzzy controller', 3)], corpus);
    expect(ranked.map((t) => t.key)).toEqual(['fuzzy controller', 'kalman filter']);
  });

  it('puts a term that is rare in the corpus before a common one', () => {
    const ranked = rankTerms([term('neural network'), term('fuzzy controller')], corpus);
    expect(ranked.map((t) => t.key)).toEqual(['fuzzy controller', 'neural network']);
  });

  it('puts an early term (title, first sentence) before a late one', () => {
    const ranked = rankTerms([term('fuzzy controller', 1, 80), term('kalman gain', 1, 0)], corpus);
    expect(ranked.map((t) => t.key)).toEqual(['kalman gain', 'fuzzy controller']);
  });

  it('puts a phrase before a lone noun', () => {
    const ranked = rankTerms([term('controller'), term('fuzzy controller')], corpus);
    expect(ranked.map((t) => t.key)).toEqual(['fuzzy controller', 'controller']);
  });

  it('keeps the input order on ties and cuts at the limit', () => {
    const terms = [term('alpha beam'), term('gamma beam'), term('delta beam')];
    expect(rankTerms(terms, corpus).map((t) => t.key)).toEqual(['alpha beam', 'gamma beam', 'delta beam']);
    expect(rankTerms(terms, corpus, { limit: 2 }).map((t) => t.key)).toEqual(['alpha beam', 'gamma beam']);
  });

  it('returns nothing for no terms and does not mutate its input', () => {
    expect(rankTerms([], corpus)).toEqual([]);
    const terms = [term('controller'), term('fuzzy controller')];
    rankTerms(terms, corpus);
    expect(terms.map((t) => t.key)).toEqual(['controller', 'fuzzy controller']);
  });
});
