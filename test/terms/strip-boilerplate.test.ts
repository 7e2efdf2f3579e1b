import { describe, expect, it } from 'vitest';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { stripBoilerplate } from '@/lib/terms/strip-boilerplate';
import { CORPORA, HAS_CORPORA, parsedCorpus, referencePapers, referenceWeights } from '../query/reference';

describe('stripBoilerplate', () => {
  it('drops the copyright notice publishers append, with its publisher and "All rights reserved"', () => {
    expect(stripBoilerplate('We study X. (C) 2016 Elsevier B.V. All rights reserved.')).toBe('We study X.');
    expect(stripBoilerplate('We study X. © 2015 Elsevier Ltd. All rights reserved.')).toBe('We study X.');
    expect(stripBoilerplate('We study X. (C) 2016 Published by Elsevier B.V.')).toBe('We study X.');
    expect(stripBoilerplate('We find growth. © Springer-Verlag Berlin Heidelberg 2014.')).toBe(
      'We find growth.',
    );
    expect(stripBoilerplate('Intro text here. Copyright (c) 2013 John Wiley & Sons, Ltd.')).toBe(
      'Intro text here.',
    );
  });

  it('drops a notice that opens the abstract and keeps the sentences after it', () => {
    expect(stripBoilerplate('Copyright © 2014 John Wiley & Sons, Ltd. We study X and Y.')).toBe(
      'We study X and Y.',
    );
    expect(
      stripBoilerplate('© 2019 Elsevier B.V. Background: we study the effect. Results show growth.'),
    ).toBe('Background: we study the effect. Results show growth.');
  });

  it('drops licence lines and "Published by" sentences, wherever they stand', () => {
    expect(
      stripBoilerplate(
        'We find growth. © 2014 The Authors. Published by Elsevier B.V. This is an open access article under the CC BY-NC-ND license (http://creativecommons.org/licenses/by-nc-nd/3.0/).',
      ),
    ).toBe('We find growth.');
    expect(stripBoilerplate('Data published by the WHO show growth. Published by Elsevier Ltd.')).toBe(
      'Data published by the WHO show growth.',
    );
  });

  it('leaves text without boilerplate as it is, a "(C)" that labels an item too', () => {
    const text = 'Model (C) outperforms model (B) on task 3.\nA second line.';
    expect(stripBoilerplate(text)).toBe(text);
    expect(stripBoilerplate('')).toBe('');
  });
});

const PUBLISHERS =
  /\b(?:elsevier|springer|verlag|wiley|emerald|sage|blackwell|informa|routledge|inderscience)\b|copyright|rights reserved|published by|licen[cs]e/i;
const EXPORTS = [
  'wos/bibliometrix__RPT_papers.txt',
  'wos/bibliometrix__bibliometric_in_management.txt',
  'bibtex/bibliometrix__scopus__scopus.bib',
  'ris/tm2_09_business_analytics_education__scopus.ris',
  'scopus/bibliometrix__fixtures_scopus_sample.csv',
];

describe.skipIf(!HAS_CORPORA)(`top terms of the Web of Science and Scopus exports in ${CORPORA}`, () => {
  it('name no publisher, though their abstracts carry copyright lines by the hundred', () => {
    let notices = 0;
    for (const source of EXPORTS) {
      const papers = parsedCorpus(source);
      notices += papers.filter((paper) =>
        /(©|\(C\)).{0,40}(Elsevier|Springer|Wiley|Emerald)/.test(paper.abstract),
      ).length;
      const analyzed = referencePapers(papers);
      const weights = referenceWeights(papers);
      for (const termRanking of ['relevance', 'frequency'] as const) {
        const { topTerms } = corpusStats(analyzed, { termLimit: 50, termRanking, weights });
        expect(topTerms.length, `${source} ${termRanking}`).toBeGreaterThan(0);
        expect(
          topTerms.filter((term) => PUBLISHERS.test(term.label)).map((term) => term.label),
          `${source} ${termRanking}`,
        ).toEqual([]);
      }
    }
    expect(notices).toBeGreaterThan(100);
  }, 120_000);
});
