import { describe, expect, it } from 'vitest';
import { acronymMerges, phraseAcronymMerges } from '@/lib/terms/acronym-merges';

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

describe('phraseAcronymMerges', () => {
  const merges = [
    { from: 'llm', to: 'large language model', label: 'large language model (LLM)' },
    { from: 'rl', to: 'reinforcement learning', label: 'reinforcement learning (RL)' },
  ];

  it('makes a phrase written with an acronym and written out one term, kept in the form most papers use', () => {
    expect(
      phraseAcronymMerges(merges, [
        { key: 'multimodal llm', papers: 40 },
        { key: 'multimodal large language model', papers: 200 },
        { key: 'llm agent', papers: 43 },
        { key: 'large language model agent', papers: 4 },
        { key: 'llm rl agent', papers: 2 },
        { key: 'large language model rl agent', papers: 1 },
        { key: 'large language model reinforcement learning agent', papers: 1 },
        { key: 'online rl', papers: 9 },
      ]),
    ).toEqual([
      { from: 'large language model agent', to: 'llm agent' },
      { from: 'large language model reinforcement learning agent', to: 'llm rl agent' },
      { from: 'large language model rl agent', to: 'llm rl agent' },
      { from: 'multimodal llm', to: 'multimodal large language model' },
    ]);
  });

  it('joins nothing without acronyms, or where no written-out form is used', () => {
    expect(phraseAcronymMerges([], [{ key: 'multimodal llm', papers: 3 }])).toEqual([]);
    expect(phraseAcronymMerges(merges, [{ key: 'online rl', papers: 9 }])).toEqual([]);
  });
});
