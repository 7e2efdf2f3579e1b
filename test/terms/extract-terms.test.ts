import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { type ExtractedTerm, extractTerms, taggedSentences } from '@/lib/terms/extract-terms';
import { singularOf } from '@/lib/terms/normalise-term';

// The shipped corpus: real abstracts that every checkout has.
const LISTING = path.resolve('data/distribution-matching-search.txt');

function byKey(terms: readonly ExtractedTerm[]): Map<string, ExtractedTerm> {
  return new Map(terms.map((term) => [term.key, term]));
}

/** A sentence of the shipped listing that contains `fragment`, so the tests use real abstracts. */
function listingSentence(fragment: string): string {
  const sentence = readFileSync(LISTING, 'utf8')
    .split(/(?<=\.)\s+/)
    .find((candidate) => candidate.includes(fragment));
  if (!sentence) throw new Error(`No sentence with ${fragment}`);
  return sentence;
}

describe('extractTerms', () => {
  it('finds noun phrases, adjective + noun sequences and single nouns with counts and positions', () => {
    const terms = byKey(
      extractTerms(
        'Diffusion models for image synthesis\nWe train diffusion models on images. Image synthesis needs strong priors.',
      ),
    );
    expect(terms.get('diffusion model')).toEqual({
      key: 'diffusion model',
      label: 'diffusion model',
      count: 2,
      first: 0,
      words: 2,
    });
    expect(terms.get('image synthesis')).toMatchObject({ count: 2, first: 3, words: 2 });
    expect(terms.get('image')).toMatchObject({ count: 1, words: 1 });
    expect(terms.get('strong prior')).toMatchObject({ count: 1, words: 2 });
  });

  it('lists terms in order of first occurrence', () => {
    const terms = extractTerms(
      'Graph neural networks\nWe study graph neural networks and molecular property prediction.',
    );
    const firsts = terms.map((term) => term.first);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(terms[0]?.key).toBe('graph neural network');
  });

  it('keeps a place name whole and as written: "Netherlands" is no plural of "netherland"', () => {
    const terms = extractTerms(
      'Universities in the Netherlands publish more than those of Belgium. Research funding in the United States grew.',
    );
    const byKey = new Map(terms.map((t) => [t.key, t.label]));
    expect(byKey.get('netherlands')).toBe('Netherlands');
    expect(byKey.get('united states')).toBe('United States');
    expect(byKey.has('netherland')).toBe(false);
    expect(byKey.get('university')).toBe('university');
  });

  it('returns no terms for empty or blank input', () => {
    expect(extractTerms('')).toEqual([]);
    expect(extractTerms('  \n  ')).toEqual([]);
  });

  it('makes plurals singular and folds hyphen and space variants into one key', () => {
    const terms = byKey(
      extractTerms(
        'Pre-training\nWe compare pre-training with pretraining. The fine-tuning and the fine tuning differ.',
      ),
    );
    expect(terms.get('pretraining')?.count).toBe(3);
    expect(terms.get('finetuning')?.count).toBe(2);
  });

  it('does not run the title into the first sentence of the abstract', () => {
    const keys = extractTerms('Fast image retrieval\nImage retrieval is hard.').map((term) => term.key);
    expect(keys).toContain('fast image retrieval');
    expect(keys).toContain('image retrieval');
    expect(keys.some((key) => key.includes('retrieval image'))).toBe(false);
  });

  it('merges an acronym with its expansion and counts later bare uses toward it', () => {
    const terms = extractTerms(
      `${listingSentence('large language models (LLMs)')} These LLMs are trained on code.`,
    );
    const llm = byKey(terms).get('large language model');
    expect(llm?.label).toBe('large language model (LLM)');
    expect(llm?.count).toBe(2);
    expect(terms.some((term) => term.key === 'llm' || term.key === 'llms')).toBe(false);
  });

  it('takes an acronym that opens in lower case, and keeps the case of a plural name', () => {
    const terms = byKey(
      extractTerms(
        'Fast decoding\nDiffusion large language models (dLLMs) decode in parallel. Two dLLMs win.',
      ),
    );
    expect(terms.get('diffusion large language model')).toMatchObject({
      label: 'diffusion large language model (dLLM)',
      count: 2,
    });
    expect(extractTerms('Fast decoding\nWe compare dLLMs.').map((term) => term.label)).toContain('dLLM');
  });

  it('gives an acronym’s expansion, its plural and its hyphenated spelling one key', () => {
    const terms = byKey(
      extractTerms(
        'Group-Relative Policy Optimization for agents\nWe study group relative policy optimization (GRPO) and GRPOs. We train vision-language models (VLMs). Vision language models are strong.',
      ),
    );
    expect(terms.get('group relative policy optimization')).toMatchObject({
      label: 'group relative policy optimization (GRPO)',
      count: 3,
    });
    expect(terms.get('vision language model')).toMatchObject({
      label: 'vision-language model (VLM)',
      count: 2,
    });
    expect(terms.has('grpo')).toBe(false);
  });

  it('takes an expansion that spans a connecting word, and counts the acronym toward it', () => {
    const terms = byKey(
      extractTerms(
        'Scaling RLVR\nWe study reinforcement learning with verifiable rewards (RLVR) for math. A sparse mixture of experts (MoE) helps.',
      ),
    );
    expect(terms.get('reinforcement learning with verifiable reward')).toMatchObject({
      label: 'reinforcement learning with verifiable rewards (RLVR)',
      count: 2,
    });
    // The key is singular, so "expert" and "experts" are one term; the label keeps the number written after "of".
    expect(terms.get('mixture of expert')?.label).toBe('mixture of experts (MoE)');
    expect(terms.has('rlvr')).toBe(false);
  });

  it('shows the number after a preposition as written, and counts both numbers as one term', () => {
    const terms = byKey(
      extractTerms(
        'Why Mixture-of-Experts scale\nWe train a Mixture-of-Experts on code. One Mixture-of-Expert is cheap, and diffusion models are not.',
      ),
    );
    expect(terms.get('mixture of expert')).toMatchObject({ label: 'Mixture-of-Experts', count: 3 });
    expect(terms.get('diffusion model')?.label).toBe('diffusion model');
  });

  it('keeps a name with a version as one term', () => {
    const terms = byKey(extractTerms('Agents\nGPT-4o and Llama-3 beat DeepSeek-R1 on math.'));
    expect(terms.get('gpt 4o')?.label).toBe('GPT-4o');
    expect(terms.get('deepseek r1')?.label).toBe('DeepSeek-R1');
    expect(terms.has('llama 3')).toBe(true);
  });

  it('merges a multi-word acronym defined mid-sentence in a real abstract', () => {
    const text = `${listingSentence('Discrepancy (NCFD)')} ${listingSentence('NCFD leverages')}`;
    const ncfd = byKey(extractTerms(text)).get('neural characteristic function discrepancy');
    expect(ncfd?.label).toBe('neural characteristic function discrepancy (NCFD)');
    expect(ncfd?.count).toBe(2);
  });

  it('never turns LaTeX residue, numbers, percentages, URLs or single letters into terms', () => {
    const text = [
      listingSentence('300times'),
      listingSentence('20.5\\%'),
      listingSentence('varphi(x_i)'),
      listingSentence('proptoleft'),
      'We bound the loss by $\\mathcal{O}(n)$ in 2024; code at https://github.com/owner/repo and x of V.',
    ].join(' ');
    const junk = /\d|times|varphi|propto|mathcal|\\|%|https?|github\.com|^[a-z]$/;
    const terms = extractTerms(text);
    expect(terms.length).toBeGreaterThan(5);
    for (const term of terms) {
      for (const word of term.key.split(' ')) expect(word, term.key).not.toMatch(junk);
    }
    expect(byKey(terms).get('gpu memory usage')?.label).toBe('GPU memory usage');
  });

  it('drops an opener that praises or sums up what a phrase names: "a unified framework" is a framework', () => {
    const unified = byKey(extractTerms(listingSentence('unified framework that')));
    expect(unified.has('framework')).toBe(true);
    expect(unified.has('unified framework')).toBe(false);
    const remarkable = byKey(extractTerms(listingSentence('remarkable generalization capabilities')));
    expect(remarkable.get('generalization capability')?.label).toBe('generalization capability');
    expect([...remarkable.keys()].some((key) => key.startsWith('remarkable'))).toBe(false);
  });

  it('gives words as the number of words in the key', () => {
    for (const term of extractTerms(
      'Convolutional neural networks\nThey classify images with attention maps.',
    )) {
      expect(term.words).toBe(term.key.split(' ').length);
    }
  });

  it('is deterministic', () => {
    const text = listingSentence('300times');
    expect(extractTerms(text)).toEqual(extractTerms(text));
  });
});

describe('taggedSentences', () => {
  it('tags every word of the shipped listing as compromise’s own nlp(text) does', () => {
    // The post-tagger's rules are looked up per clause and most are ruled out before compromise's matcher runs: a
    // rule ruled out that would have matched changes a tag here.
    const chunks = readFileSync(LISTING, 'utf8').split(/\n{2,}/);
    let words = 0;
    for (const chunk of chunks) {
      const ours = taggedSentences(chunk);
      const theirs = (nlp(chunk).json() as { terms: { text: string; tags: string[] }[] }[]).map((sentence) =>
        sentence.terms.map((term) => ({ text: term.text, tags: [...term.tags].sort() })),
      );
      expect(ours).toEqual(theirs);
      words += ours.flat().length;
    }
    expect(words).toBeGreaterThan(15_000);
  });
});

describe('title case', () => {
  it('gives a capitalised title phrase the key and label of the same phrase in running text', () => {
    const title = extractTerms('Aligning Diffusion Models\nWe align diffusion models with rewards.');
    const keys = title.map((t) => t.key);
    expect(keys).toContain('diffusion model');
    expect(keys).not.toContain('diffusion models');
    expect(title.find((t) => t.key === 'diffusion model')).toMatchObject({
      label: 'diffusion model',
      count: 2,
    });
  });

  it('keeps acronyms and inner capitals in labels, lowers the rest', () => {
    const terms = extractTerms(
      'Scaling ImageNet Classifiers\nWe train ImageNet classifiers with GPT-4 features.',
    );
    expect(terms.map((t) => t.label)).toContain('ImageNet classifier');
  });
});

describe('titles in title case', () => {
  it('tags a title-case title as the same words in running text, keeping acronyms and inner capitals', () => {
    const labels = (text: string) => extractTerms(text).map((t) => t.label);
    expect(labels('Improving Instruction Following in LLMs via Self-Play\nWe study it.')).toEqual([
      'instruction following',
      'LLM',
      'self-play',
    ]);
    expect(labels('Scaling Diffusion Transformers Efficiently\nWe study it.')).toEqual([
      'diffusion transformer',
    ]);
    expect(labels('Learning to Rank with DeepSeek\nWe study it.')).toContain('DeepSeek');
  });

  it('leaves a title in sentence case as written', () => {
    const labels = (title: string) => extractTerms(`${title}\nWe study it.`).map((t) => t.label);
    expect(labels('Probing Vision-Language models on charts')).toContain('Vision-Language model');
    expect(labels('Probing Vision-Language Models on Charts')).toContain('vision-language model');
  });
});

describe('a gerund after a noun', () => {
  it('is part of the phrase when nothing follows for it to take', () => {
    const keys = (text: string) => extractTerms(`Title\n${text}`).map((t) => t.key);
    expect(keys('Models struggle with instruction following.')).toContain('instruction following');
    expect(keys('We improve instruction following in language models.')).toContain('instruction following');
    expect(keys('Experiments following the protocol show gains.')).not.toContain('experiment following');
  });

  it('is a noun as an item of a list', () => {
    const keys = (text: string) => extractTerms(`Title\n${text}`).map((t) => t.key);
    expect(keys('We combine search, reasoning, and action.')).toContain('reasoning');
    expect(keys('We combine perception, reasoning and planning.')).toEqual(
      expect.arrayContaining(['perception', 'reasoning', 'planning']),
    );
    expect(keys('Using tools, we win.')).not.toContain('using');
  });
});

describe('singularOf', () => {
  it('makes regular plurals singular and leaves words that only end in s', () => {
    expect(
      ['Models', 'Strategies', 'Batches', 'Boxes', 'Analysis', 'Series', 'Dynamics', 'Gas', 'Bayes'].map(
        singularOf,
      ),
    ).toEqual(['Model', 'Strategy', 'Batch', 'Box', 'Analysis', 'Series', 'Dynamics', 'Gas', 'Bayes']);
  });

  it('leaves a field in -ics as it is, and makes other words in -ics singular', () => {
    expect(
      [
        'Analytics',
        'Bibliometrics',
        'Genomics',
        'Robotics',
        'Electronics',
        'Metrics',
        'Topics',
        'Heuristics',
      ].map(singularOf),
    ).toEqual([
      'Analytics',
      'Bibliometrics',
      'Genomics',
      'Robotics',
      'Electronics',
      'Metric',
      'Topic',
      'Heuristic',
    ]);
  });
});

describe('a field in -ics', () => {
  it('keeps its s, in running text and in a title, while plurals in -ics lose theirs', () => {
    const terms = byKey(
      extractTerms(
        'Business Analytics in Higher Education\nWe teach business analytics and bibliometrics with evaluation metrics.',
      ),
    );
    expect(terms.get('business analytics')).toMatchObject({ label: 'business analytics', count: 2 });
    expect(terms.has('business analytic')).toBe(false);
    expect(terms.has('bibliometrics')).toBe(true);
    expect(terms.has('evaluation metric')).toBe(true);
  });
});
