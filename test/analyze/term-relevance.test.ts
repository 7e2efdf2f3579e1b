import { describe, expect, it } from 'vitest';
import {
  COUNTED_REPEATS,
  DEFINING_PAPERS,
  RELEVANCE_CANDIDATES,
  relevanceWeights,
  type TermConcentration,
  termConcentrations,
} from '@/lib/analyze/term-relevance';
import { type TermCount, topTerms } from '@/lib/analyze/top-terms';

const t = (key: string, count = 1, label = key) => ({ key, label, count });

describe('termConcentrations', () => {
  it('measures how far each term’s co-occurrences are from everyone’s, as VOSviewer does (hand-computed)', () => {
    // Co-occurrences: x–y in two papers, g–x and g–y in one each. Masses x 3, y 3, g 2 of 8.
    const rows = termConcentrations([
      [t('x'), t('y')],
      [t('x'), t('y')],
      [t('g'), t('x')],
      [t('g'), t('y')],
    ]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    // g meets x and y half each, against 3/8 each overall: ln(4/3).
    expect(byKey.get('g')?.concentration).toBeCloseTo(Math.log(4 / 3), 9);
    // x meets y 2/3 (overall 3/8) and g 1/3 (overall 2/8).
    const x = (2 / 3) * Math.log(16 / 9) + (1 / 3) * Math.log(4 / 3);
    expect(byKey.get('x')?.concentration).toBeCloseTo(x, 9);
    expect(byKey.get('g')).toMatchObject({ papers: 2, occurrences: 2, written: false });
  });

  it('counts occurrences, says which terms are written as names, and leaves one-paper terms out of the candidates', () => {
    const rows = termConcentrations([
      [t('grpo', 3, 'GRPO'), t('policy', 1)],
      [t('grpo', 1, 'GRPO'), t('policy', 2), t('once', 1)],
    ]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('grpo')).toMatchObject({ papers: 2, occurrences: 4, written: true });
    expect(byKey.get('policy')).toMatchObject({ papers: 2, occurrences: 3, written: false });
    expect(byKey.get('once')?.concentration).toBeNull();
    // Two candidates that only meet each other: all of each one's mass on the other, against half overall.
    expect(byKey.get('grpo')?.concentration).toBeCloseTo(Math.log(2), 9);
  });

  it('counts at most COUNTED_REPEATS occurrences of a term in one paper', () => {
    const rows = termConcentrations([
      [t('journal of product innovation management', 20), t('innovation', 2)],
      [t('journal of product innovation management', 3), t('innovation', 1)],
    ]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get('journal of product innovation management')?.occurrences).toBe(COUNTED_REPEATS + 3);
    expect(byKey.get('innovation')?.occurrences).toBe(3);
  });

  it('measures concentration over the most frequent terms only', () => {
    const many = Array.from({ length: RELEVANCE_CANDIDATES + 5 }, (_, i) =>
      t(`term ${String(i).padStart(4, '0')}`),
    );
    const rows = termConcentrations([many, many, [many[0] as (typeof many)[number]]]);
    expect(rows.filter((row) => row.concentration !== null)).toHaveLength(RELEVANCE_CANDIDATES);
    expect(rows.find((row) => row.key === 'term 0000')?.papers).toBe(3);
  });

  it('says which terms DEFINING_PAPERS papers or more define with an acronym', () => {
    const dpo = 'direct preference optimization';
    const rows = termConcentrations([
      [t(dpo, 2, `${dpo} (DPO)`), t('success rate', 1)],
      [
        t(dpo, 1, `${dpo} (DPO)`),
        t('success rate', 1),
        t('mixture of experts', 1, 'mixture of experts (MoE)'),
      ],
      [t(dpo, 1), t('mixture of experts', 1)],
    ]);
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(DEFINING_PAPERS).toBe(2);
    expect(byKey.get(dpo)?.defined).toBe(true);
    // Defined in one paper only.
    expect(byKey.get('mixture of experts')?.defined).toBe(false);
    expect(byKey.get('success rate')?.defined).toBe(false);
  });

  it('gives nothing for no papers', () => {
    expect(termConcentrations([])).toEqual([]);
  });
});

const row = (
  key: string,
  papers: number,
  concentration: number | null,
  occurrences = papers,
  written = false,
  defined = false,
) => ({ key, papers, occurrences, concentration, written, defined }) satisfies TermConcentration;

describe('relevanceWeights', () => {
  // Concentration falls with frequency; the fitted line runs through the middle terms.
  const base = [
    row('middle a', 10, 1),
    row('middle b', 100, 0.5),
    row('middle c', 1000, 0.25),
    row('middle d', 30, 0.7),
  ];

  it('weighs a term more concentrated than terms as frequent above one less concentrated', () => {
    const weights = relevanceWeights([
      ...base,
      row('field phrase', 100, 0.9),
      row('generic phrase', 100, 0.3),
    ]);
    expect(weights.get('field phrase')).toBeGreaterThan(weights.get('generic phrase') ?? Infinity);
    // A specificity in (0, 1) puts every weight of a term said once a paper between 0.5 and 1.5.
    for (const weight of weights.values()) {
      expect(weight).toBeGreaterThan(0.5);
      expect(weight).toBeLessThan(1.5);
    }
  });

  it('weighs a term repeated in the papers that use it above one said once in passing', () => {
    const weights = relevanceWeights([
      ...base,
      row('subject phrase', 98, 0.5, 248),
      row('passing phrase', 98, 0.5),
      row('one paper phrase', 1, null, 10),
    ]);
    // (248 + 2) / (98 + 2) occurrences a paper, squared.
    expect(weights.get('subject phrase')).toBeCloseTo((weights.get('passing phrase') ?? 0) * 2.5 ** 2, 9);
    // A term of one paper said ten times: (10 + 2) / (1 + 2), squared, at the lowest specificity.
    expect(weights.get('one paper phrase')).toBeCloseTo(0.5 * 4 ** 2, 9);
  });

  it('weighs a common English word down, but not an acronym, a name or a phrase of common words', () => {
    const weights = relevanceWeights([
      ...base,
      row('video', 100, 0.5),
      row('transformer', 100, 0.5),
      row('grpo', 100, 0.5, 100, true),
      row('video game', 100, 0.5),
    ]);
    const phrase = weights.get('video game') ?? 0;
    expect(weights.get('grpo')).toBeCloseTo(phrase, 9);
    expect(weights.get('transformer')).toBeGreaterThan(phrase * 0.5);
    expect(weights.get('video')).toBeLessThan(phrase * 0.05);
  });

  it('weighs a term its papers define with an acronym half again above one as frequent and concentrated', () => {
    const weights = relevanceWeights([
      ...base,
      row('direct preference optimization', 100, 0.5, 100, true, true),
      row('success rate', 100, 0.5),
    ]);
    expect(weights.get('direct preference optimization')).toBeCloseTo(
      (weights.get('success rate') ?? 0) * 1.5,
      9,
    );
  });

  it('gives a term outside the candidates the lowest specificity', () => {
    const weights = relevanceWeights([...base, row('rare phrase', 1, null)]);
    expect(weights.get('rare phrase')).toBeCloseTo(0.5, 9);
  });
});

describe('topTerms by relevance', () => {
  const paper = (...keys: string[]) => ({ terms: keys.map((key) => ({ key, label: key })) });
  const papers = [
    paper('real world', 'graph network'),
    paper('real world', 'graph network', 'gnn'),
    paper('real world', 'gnn'),
    paper('real world'),
  ];
  const weights = new Map([
    ['real world', 0.6],
    ['graph network', 1.5],
    ['gnn', 1.4],
  ]);
  const keys = (terms: TermCount[]) => terms.map((term) => term.key);

  it('ranks by papers × weight, single words included, ties by papers then key', () => {
    expect(keys(topTerms(papers, { ranking: 'relevance', weights }))).toEqual([
      'graph network',
      'gnn',
      'real world',
    ]);
    const even = new Map([...weights].map(([key]) => [key, 1]));
    expect(keys(topTerms(papers, { ranking: 'relevance', weights: even }))).toEqual([
      'real world',
      'gnn',
      'graph network',
    ]);
  });

  it('ranks by papers alone, multi-word terms only, when asked for frequency', () => {
    expect(keys(topTerms(papers, { ranking: 'frequency', weights }))).toEqual([
      'real world',
      'graph network',
    ]);
  });
});
