import { describe, expect, it } from 'vitest';
import { topTerms } from '@/lib/analyze/top-terms';

const t = (key: string, label = key) => ({ key, label });

describe('topTerms', () => {
  const papers = [
    { terms: [t('diffusion model'), t('reward model'), t('diffusion model'), t('alignment')] },
    { terms: [t('diffusion model', 'diffusion models'), t('language model')] },
    { terms: [t('reward model'), t('language model'), t('diffusion model')] },
    { terms: [] },
  ];

  it('counts papers that mention a term, once per paper, ties in key order', () => {
    expect(topTerms(papers)).toEqual([
      { key: 'diffusion model', label: 'diffusion model', papers: 3, share: 0.75 },
      { key: 'language model', label: 'language model', papers: 2, share: 0.5 },
      { key: 'reward model', label: 'reward model', papers: 2, share: 0.5 },
    ]);
  });

  it('leaves out single words by default and keeps them when asked', () => {
    expect(topTerms(papers, { minWords: 1 }).map((x) => x.key)).toContain('alignment');
  });

  it('stops at the limit', () => {
    expect(topTerms(papers, { limit: 1 }).map((x) => x.key)).toEqual(['diffusion model']);
  });

  it('is empty for no papers', () => {
    expect(topTerms([])).toEqual([]);
  });
});

describe('topTerms at the limit', () => {
  it('fills the last places from the tied count in key order', () => {
    const singles = Array.from({ length: 30 }, (_, i) => ({
      terms: [t(`term ${String(i).padStart(2, '0')}`)],
    }));
    const papers = [
      ...singles,
      { terms: [t('zeta pair'), t('alpha pair')] },
      { terms: [t('zeta pair'), t('alpha pair')] },
    ];
    expect(topTerms(papers, { limit: 3 }).map((x) => [x.key, x.papers])).toEqual([
      ['alpha pair', 2],
      ['zeta pair', 2],
      ['term 00', 1],
    ]);
  });
});
