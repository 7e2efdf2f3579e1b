import { describe, expect, it } from 'vitest';
import { arxivIdIn, normalizeArxivId, normalizeDoi } from '@/lib/ingest/identifiers';

describe('normalizeDoi', () => {
  it.each([
    ['10.1016/J.ESWA.2016.01.004', '10.1016/j.eswa.2016.01.004'],
    ['https://doi.org/10.1016/j.joi.2017.08.007', '10.1016/j.joi.2017.08.007'],
    ['http://dx.doi.org/10.1177/2325967120950040.', '10.1177/2325967120950040'],
    ['doi:10.1145/3742876.3742883', '10.1145/3742876.3742883'],
    ['https://doi.org/10.1111%2Fdsji.12272', '10.1111/dsji.12272'],
    [
      '10.1002/(SICI)1526-4025(199910/12)15:4<311::AID-ASMB393>3.0.CO;2-3',
      '10.1002/(sici)1526-4025(199910/12)15:4<311::aid-asmb393>3.0.co;2-3',
    ],
  ])('%s → %s', (raw, doi) => {
    expect(normalizeDoi(raw)).toBe(doi);
  });

  it('gives null where there is no DOI', () => {
    expect(normalizeDoi('')).toBeNull();
    expect(normalizeDoi('not a doi')).toBeNull();
  });
});

describe('arXiv ids', () => {
  it('normalises a field meant to hold one, dropping the version', () => {
    expect(normalizeArxivId('2405.15738v2')).toBe('2405.15738');
    expect(normalizeArxivId('arXiv:hep-th/9901001')).toBe('hep-th/9901001');
    expect(normalizeArxivId('12345')).toBeNull();
  });

  it('finds an id that free text names as one', () => {
    expect(arxivIdIn('http://arxiv.org/abs/2106.09685v2')).toBe('2106.09685');
    expect(arxivIdIn('arXiv preprint arXiv:2301.12345')).toBe('2301.12345');
    expect(arxivIdIn('10.48550/arXiv.2106.09685')).toBe('2106.09685');
    expect(arxivIdIn('we post on arXiv soon', 'see arXiv:1501.00001')).toBe('1501.00001');
    expect(arxivIdIn('version 2405.15738 of nothing')).toBeNull();
  });
});
