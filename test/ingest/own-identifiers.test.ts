import { describe, expect, it } from 'vitest';
import { parseBibtex } from '@/lib/ingest/bibtex';
import { parseCsv } from '@/lib/ingest/csv';
import { parseRis } from '@/lib/ingest/ris';
import { parseWos } from '@/lib/ingest/wos';

const CITED =
  'Ba, J. L. Layer normalization. arXiv preprint arXiv:1607.06450 (2016); https://doi.org/10.1/cited';

describe("a paper's DOI and arXiv id come only from its own identifier fields", () => {
  it('RIS: not from a note (Scopus writes references there) or the abstract', () => {
    const { papers } = parseRis(
      [
        'TY  - JOUR',
        'TI  - A paper citing others',
        `AB  - We extend arXiv:1408.5601 (https://arxiv.org/abs/1408.5601).`,
        `N1  - References: ${CITED}`,
        'UR  - https://www.scopus.com/inward/record.uri?eid=2-s2.0-1',
        'ER  -',
        'TY  - JOUR',
        'TI  - A preprint',
        'UR  - https://arxiv.org/abs/2405.15738v2',
        'DO  - 10.1145/1234567',
        'ER  -',
      ].join('\n'),
      { file: 'r.ris' },
    );
    expect(papers.map((p) => [p.doi, p.arxivId])).toEqual([
      [null, null],
      ['10.1145/1234567', '2405.15738'],
    ]);
  });

  it('BibTeX: from doi, eprint, url and an arXiv venue, not from note or abstract', () => {
    const { papers } = parseBibtex(
      [
        `@article{a, title = {Citing}, note = {${CITED}}, abstract = {Builds on arXiv:1408.5601.}}`,
        '@article{b, title = {Scholar style}, journal = {arXiv preprint arXiv:1607.06450}}',
        '@misc{c, title = {Eprint}, eprint = {2106.09685}, archivePrefix = {arXiv}, doi = {10.1000/xyz123}}',
        '@online{d, title = {By URL}, url = {https://arxiv.org/abs/2301.12345}}',
      ].join('\n'),
      { file: 'r.bib' },
    );
    expect(papers.map((p) => [p.doi, p.arxivId])).toEqual([
      [null, null],
      [null, '1607.06450'],
      ['10.1000/xyz123', '2106.09685'],
      [null, '2301.12345'],
    ]);
  });

  it('CSV: not from a notes or extra column', () => {
    const { papers } = parseCsv(
      `Title,Notes,Url\nCiting,"${CITED}",\nOwn,,https://arxiv.org/abs/2106.09685\n`,
      {
        file: 't.csv',
      },
    );
    expect(papers.map((p) => [p.doi, p.arxivId])).toEqual([
      [null, null],
      [null, '2106.09685'],
    ]);
  });

  it('Web of Science: not from the abstract; an arXiv DOI in DI is the arXiv id too', () => {
    const { papers } = parseWos(
      [
        'FN Clarivate Analytics Web of Science',
        'PT J',
        'TI Citing',
        `AB ${CITED}`,
        'ER',
        'PT J',
        'TI Own',
        'DI 10.48550/arXiv.2106.09685',
        'ER',
        'EF',
      ].join('\n'),
      { file: 'w.txt' },
    );
    expect(papers.map((p) => [p.doi, p.arxivId])).toEqual([
      [null, null],
      ['10.48550/arxiv.2106.09685', '2106.09685'],
    ]);
  });
});
