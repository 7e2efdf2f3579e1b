import { describe, expect, it } from 'vitest';
import { DEFAULT_STOP_TERMS, isStopTerm } from '@/lib/terms/stop-terms';

describe('isStopTerm', () => {
  it('is true for generic words of abstracts', () => {
    for (const key of [
      'paper',
      'method',
      'approach',
      'result',
      'performance',
      'work',
      'study',
      'task',
      'model',
    ]) {
      expect(isStopTerm(key), key).toBe(true);
    }
  });

  it('is true for multi-word keys made only of generic words with a generic modifier', () => {
    for (const key of [
      'proposed method',
      'extensive experiment',
      'new approach',
      'existing method',
      'state of the art method',
    ]) {
      expect(isStopTerm(key), key).toBe(true);
    }
  });

  it('is false for a specific term that contains a generic word', () => {
    for (const key of [
      'diffusion model',
      'large language model',
      'data analysis',
      'reinforcement learning',
    ]) {
      expect(isStopTerm(key), key).toBe(false);
    }
  });

  it('is true for the qualities a paper claims and the generic parts of any study', () => {
    for (const key of [
      'paradigm',
      'parameter',
      'scalability',
      'robustness',
      'reliability',
      'speedup',
      'implication',
    ])
      expect(isStopTerm(key), key).toBe(true);
    // A generic modifier before a generic word: the starting model, the size or the faithfulness of anything.
    for (const key of ['base model', 'large scale', 'high fidelity', 'high reliability'])
      expect(isStopTerm(key), key).toBe(true);
    for (const key of [
      'temporal consistency',
      'visual fidelity',
      'cardiac output',
      'knowledge base',
      'scale space',
    ])
      expect(isStopTerm(key), key).toBe(false);
  });

  it('takes extra stop keys a user added', () => {
    expect(isStopTerm('benchmark suite')).toBe(false);
    expect(isStopTerm('benchmark suite', new Set(['benchmark suite']))).toBe(true);
  });

  it('lists normalised keys only', () => {
    for (const key of DEFAULT_STOP_TERMS) expect(key).toBe(key.toLowerCase().trim());
  });
});

describe('boilerplate phrases', () => {
  it('treats the stock phrases of abstracts as stop-terms', () => {
    expect(
      ['future work', 'wide range', 'project page', 'large amount'].every((key) => isStopTerm(key)),
    ).toBe(true);
    expect(isStopTerm('training data')).toBe(false);
  });
});
