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

describe('acronymMerges, an acronym defined with more than one expansion', () => {
  const vla = 'Vision-Language-Action (VLA)';

  it('joins an expansion that adds or drops words of the main one, when enough papers define it so', () => {
    expect(
      acronymMerges([
        { key: 'vision language action', label: vla, papers: 40 },
        { key: 'vision language action model', label: 'vision-language-action model (VLA)', papers: 2 },
        { key: 'vision language action model', label: 'Vision-Language-Action model (VLA)', papers: 3 },
        { key: 'vision language action model', label: 'vision-language-action model', papers: 23 },
      ]),
    ).toEqual([
      { from: 'vision language action model', to: 'vision language action', label: vla },
      { from: 'vla', to: 'vision language action', label: vla },
    ]);
  });

  it('leaves alone an expansion of other words, of one paper, of another acronym first, or that is a main one', () => {
    expect(
      acronymMerges([
        { key: 'large language model', label: 'large language model (LLM)', papers: 40 },
        // Other words.
        { key: 'language learning model', label: 'language learning model (LLM)', papers: 3 },
        // One paper.
        { key: 'large language model agent', label: 'large language model agent (LLM)', papers: 1 },
        // Defined with another acronym more often.
        {
          key: 'large language model based agent',
          label: 'large language model based agent (LLM)',
          papers: 2,
        },
        {
          key: 'large language model based agent',
          label: 'large language model based agent (LLMA)',
          papers: 5,
        },
        // The main expansion of "LM", though "large language model (LM)" adds a word to it.
        { key: 'language model', label: 'language model (LM)', papers: 9 },
        { key: 'large language model', label: 'large language model (LM)', papers: 2 },
      ]).map(({ from, to }) => `${from} → ${to}`),
    ).toEqual([
      'llm → large language model',
      'llma → large language model based agent',
      'lm → language model',
    ]);
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

  it('joins a phrase written with an acronym to the expansion its written-out form joins', () => {
    const vla = [
      { from: 'vision language action model', to: 'vision language action', label: 'VLA' },
      { from: 'vla', to: 'vision language action', label: 'VLA' },
    ];
    for (const papers of [27, 60]) {
      expect(
        phraseAcronymMerges(vla, [
          { key: 'vla model', papers },
          { key: 'vision language action model', papers: 43 },
        ]),
      ).toEqual([{ from: 'vla model', to: 'vision language action' }]);
    }
  });

  it('joins nothing without acronyms, or where no written-out form is used', () => {
    expect(phraseAcronymMerges([], [{ key: 'multimodal llm', papers: 3 }])).toEqual([]);
    expect(phraseAcronymMerges(merges, [{ key: 'online rl', papers: 9 }])).toEqual([]);
  });
});
