import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TermBarChart } from '@/components/charts/term-bar-chart';

describe('TermBarChart', () => {
  it('never shows a term some papers mention as 0% of them', () => {
    const total = 6141;
    const html = renderToStaticMarkup(
      createElement(TermBarChart, {
        data: [
          {
            key: 'large language model',
            label: 'large language model (LLM)',
            papers: 2144,
            share: 2144 / total,
          },
          { key: 'diffusion large language model', label: 'dLLM', papers: 29, share: 29 / total },
          { key: 'rare', label: 'rare', papers: 3, share: 3 / total },
        ],
      }),
    );
    expect(html).toContain('2,144 · 35%');
    expect(html).toContain('29 · 0.5%');
    expect(html).toContain('dLLM: 29 papers (0.5%)');
    expect(html).toContain('3 · under 0.1%');
    expect(html).not.toMatch(/· 0%/);
  });
});
