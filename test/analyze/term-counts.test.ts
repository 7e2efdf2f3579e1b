import { describe, expect, it } from 'vitest';
import { termCounts } from '@/lib/analyze/term-counts';
import { topTerms } from '@/lib/analyze/top-terms';

const t = (key: string, label = key) => ({ key, label });

describe('termCounts', () => {
  const papers = [
    { terms: [t('diffusion model'), t('reward model'), t('diffusion model', 'Diffusion Models')] },
    { terms: [t('diffusion model', 'Diffusion Models'), t('language model')] },
    { terms: [t('diffusion model', 'Diffusion Models')] },
    { terms: [] },
  ];

  it('counts papers per given key, once a paper, with the most frequent label, in the order given', () => {
    expect(termCounts(papers, ['reward model', 'diffusion model'])).toEqual([
      { key: 'reward model', label: 'reward model', papers: 1 },
      { key: 'diffusion model', label: 'Diffusion Models', papers: 3 },
    ]);
  });

  it('agrees with topTerms on the top terms', () => {
    const top = topTerms(papers);
    expect(
      termCounts(
        papers,
        top.map((x) => x.key),
      ),
    ).toEqual(top.map(({ share: _, ...rest }) => rest));
  });

  it('gives zero papers and the key as label for a key no paper mentions, and nothing for no keys', () => {
    expect(termCounts(papers, ['attention'])).toEqual([{ key: 'attention', label: 'attention', papers: 0 }]);
    expect(termCounts([], [])).toEqual([]);
  });
});
