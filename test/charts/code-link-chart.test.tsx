import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeLinkChart } from '@/components/charts/code-link-chart';
import { codeLinkRate } from '@/lib/analyze/code-link-rate';
import { paper } from '../analyze/fixtures';

describe('CodeLinkChart', () => {
  it('says the status is unknown, with the papers it covers, instead of drawing rates of zero', () => {
    const years = Array.from({ length: 31 }, (_, i) =>
      paper({ codeStatus: 'unknown', date: `${1986 + i}-01-01` }),
    );
    const html = renderToStaticMarkup(createElement(CodeLinkChart, { data: codeLinkRate(years) }));
    expect(html).not.toContain('<svg');
    expect(html).toContain('the GitHub-link status is unknown for all 31 papers of this selection');
  });

  it('draws one bar per year with a known status, labelled linked / known', () => {
    const html = renderToStaticMarkup(
      createElement(CodeLinkChart, {
        data: codeLinkRate([
          paper({ codeStatus: 'linked', date: '2023-01-01' }),
          paper({ codeStatus: 'none', date: '2023-02-01' }),
          paper({ codeStatus: 'unknown', date: '2024-01-01' }),
          paper({ codeStatus: 'linked', date: '2024-02-01' }),
        ]),
      }),
    );
    expect(html.match(/class="bar"/g)).toHaveLength(2);
    expect(html).toContain('>1/2<');
    expect(html).toContain('2024: 1 of 1 papers link a GitHub repository (100%); 1 unknown');
  });

  it('writes counts of a large corpus with thousands separators, as the tiles do', () => {
    const linked = Array.from({ length: 1200 }, (_, i) =>
      paper({ codeStatus: 'linked', date: `2024-01-0${1 + (i % 9)}` }),
    );
    const none = Array.from({ length: 1000 }, () => paper({ codeStatus: 'none', date: '2024-03-01' }));
    const html = renderToStaticMarkup(
      createElement(CodeLinkChart, { data: codeLinkRate([...linked, ...none]) }),
    );
    expect(html).toContain('2024: 1,200 of 2,200 papers link a GitHub repository (55%)');
    const unknown = Array.from({ length: 1500 }, () => paper({ codeStatus: 'unknown', date: '2024-01-01' }));
    expect(renderToStaticMarkup(createElement(CodeLinkChart, { data: codeLinkRate(unknown) }))).toContain(
      'unknown for all 1,500 papers of this selection',
    );
  });
});
