import { describe, expect, it } from 'vitest';
import { acronymMerges } from '@/lib/terms/acronym-merges';

describe('acronymMerges', () => {
  it('makes a bare acronym the expansion the corpus defines it with, labelled with both', () => {
    expect(
      acronymMerges([
        {
          key: 'group relative policy optimization',
          label: 'group relative policy optimization (GRPO)',
          papers: 5,
        },
        { key: 'group relative policy optimization', label: 'group relative policy optimization', papers: 9 },
      ]),
    ).toEqual([
      {
        from: 'grpo',
        to: 'group relative policy optimization',
        label: 'group relative policy optimization (GRPO)',
      },
    ]);
  });

  it('takes the expansion the most papers define, ties by key, and the label shown most with it', () => {
    expect(
      acronymMerges([
        { key: 'large language model', label: 'large language model (LLM)', papers: 4 },
        { key: 'large language model', label: 'Large Language Model (LLM)', papers: 1 },
        { key: 'language learning model', label: 'language learning model (LLM)', papers: 2 },
        { key: 'reward model', label: 'reward model (RM)', papers: 1 },
        { key: 'rank model', label: 'rank model (RM)', papers: 1 },
      ]),
    ).toEqual([
      { from: 'llm', to: 'large language model', label: 'large language model (LLM)' },
      { from: 'rm', to: 'rank model', label: 'rank model (RM)' },
    ]);
  });

  it('reads a plural acronym as its singular and skips labels that define nothing', () => {
    expect(
      acronymMerges([
        { key: 'vision language model', label: 'vision-language model (VLMs)', papers: 2 },
        { key: 'diffusion model', label: 'diffusion model', papers: 7 },
      ]),
    ).toEqual([{ from: 'vlm', to: 'vision language model', label: 'vision-language model (VLMs)' }]);
    expect(acronymMerges([])).toEqual([]);
  });

  it('leaves an acronym that is also a word alone where most papers write the word in lower case', () => {
    const defined = [
      { key: 'contrastive relation encoder', label: 'COntrastive relation encoder (CORE)', papers: 1 },
      { key: 'retrieval augmented generation', label: 'retrieval-augmented generation (RAG)', papers: 6 },
    ];
    expect(
      acronymMerges(defined, [
        { key: 'core', papers: 60, named: 1 },
        { key: 'rag', papers: 20, named: 19 },
      ]).map((merge) => merge.from),
    ).toEqual(['rag']);
  });
});
