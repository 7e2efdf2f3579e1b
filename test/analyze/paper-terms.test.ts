import { describe, expect, it } from 'vitest';
import { paperTerms, termOptions } from '@/lib/analyze/paper-terms';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';

const t = (key: string, count = 1, first = 0, label = key): ExtractedTerm => ({
  key,
  label,
  count,
  first,
  words: key.split(' ').length,
});

const extracted = [
  [t('diffusion model', 3, 0), t('proposed method', 2, 5), t('llm', 1, 9, 'LLM')],
  [t('large language model', 2, 0, 'large language model (LLM)'), t('reward model', 1, 4)],
  [t('reward model', 2, 0), t('diffusion model', 1, 3)],
];

describe('paperTerms', () => {
  it('ranks each paper’s terms and drops the default stop-terms', () => {
    const terms = paperTerms(extracted);
    expect(terms[0]?.map((x) => x.key)).toEqual(['diffusion model', 'llm']);
    expect(terms[1]?.[0]).toEqual({ key: 'large language model', label: 'large language model (LLM)' });
  });

  it('drops a corpus’s own stop-terms', () => {
    const terms = paperTerms(extracted, { stopTerms: new Set(['reward model']) });
    expect(terms.flat().some((x) => x.key === 'reward model')).toBe(false);
    expect(terms[2]?.map((x) => x.key)).toEqual(['diffusion model']);
  });

  it('merges a key into another, once per paper, keeping the target’s key', () => {
    const terms = paperTerms(extracted, { thesaurus: new Map([['llm', 'large language model']]) });
    expect(terms[0]?.map((x) => x.key)).toEqual(['diffusion model', 'large language model']);
    const merged = paperTerms([[t('llm', 1, 0), t('large language model', 1, 2)]], {
      thesaurus: new Map([['llm', 'large language model']]),
    });
    expect(merged[0]).toHaveLength(1);
  });

  it('is empty for no papers and for papers without terms', () => {
    expect(paperTerms([])).toEqual([]);
    expect(paperTerms([[]])).toEqual([[]]);
  });

  it('makes a bare acronym one term with the expansion another paper defines it with', () => {
    const terms = paperTerms(extracted, termOptions(extracted));
    expect(terms[0]).toContainEqual({ key: 'large language model', label: 'large language model (LLM)' });
    expect(terms.flat().some((x) => x.key === 'llm')).toBe(false);
  });

  it('lets a corpus’s own stop-term or merge of an acronym win over the acronym merge', () => {
    const stopped = paperTerms(extracted, termOptions(extracted, { stopTerms: ['llm'], merges: [] }));
    expect(stopped[0]?.map((x) => x.key)).toEqual(['diffusion model']);
    const merged = termOptions(extracted, { stopTerms: [], merges: [{ from: 'llm', to: 'language model' }] });
    expect(merged.thesaurus.get('llm')).toBe('language model');
    expect(paperTerms(extracted, merged)[0]).toContainEqual({
      key: 'language model',
      label: 'language model',
    });
  });
});
