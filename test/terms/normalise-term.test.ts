import { describe, expect, it } from 'vitest';
import { normaliseTerm, termKeyOf } from '@/lib/terms/normalise-term';

describe('normaliseTerm', () => {
  it('folds closed, hyphenated and spaced prefixes to one key', () => {
    expect(normaliseTerm(['pre-training'])).toBe('pretraining');
    expect(normaliseTerm(['pretraining'])).toBe('pretraining');
    expect(normaliseTerm(['pre', 'training'])).toBe('pretraining');
    expect(normaliseTerm(['Multi-Task', 'learning'])).toBe('multitask learning');
  });

  it('folds compounds written as often closed as apart', () => {
    expect(normaliseTerm(['fine-tuning'])).toBe('finetuning');
    expect(normaliseTerm(['fine', 'tuning'])).toBe('finetuning');
    expect(normaliseTerm(['data', 'set'])).toBe(normaliseTerm(['dataset']));
  });

  it('splits other hyphenated words into words and lower-cases them', () => {
    expect(normaliseTerm(['Web-based', 'platform'])).toBe('web based platform');
    expect(normaliseTerm(['state-of-the-art', 'method'])).toBe('state of the art method');
  });

  it("drops possessive 's and apostrophes", () => {
    expect(normaliseTerm(["Hadamard's", 'condition'])).toBe('hadamard condition');
  });

  it('gives the empty string for no words', () => {
    expect(normaliseTerm([])).toBe('');
  });
});

describe('termKeyOf', () => {
  it('gives typed text the key the extractor gives the same term', () => {
    expect(termKeyOf('Large Language Models')).toBe('large language model');
    expect(termKeyOf('  pre-training  ')).toBe('pretraining');
    expect(termKeyOf('LLMs')).toBe('llm');
    expect(termKeyOf('large language model (LLM)')).toBe('large language model');
    expect(termKeyOf('')).toBe('');
  });
});
