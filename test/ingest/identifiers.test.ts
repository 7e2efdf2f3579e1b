import { describe, expect, it } from 'vitest';
import { normalizeDoi, ownArxivId } from '@/lib/ingest/identifiers';

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
    expect(ownArxivId('2405.15738v2')).toBe('2405.15738');
    expect(ownArxivId('arXiv:hep-th/9901001')).toBe('hep-th/9901001');
    expect(ownArxivId('12345')).toBeNull();
  });

  it("reads a field that is the record's own id as a whole: URL, arXiv DOI, Scholar and Semantic Scholar venues", () => {
    expect(ownArxivId('http://arxiv.org/abs/2106.09685v2')).toBe('2106.09685');
    expect(ownArxivId('https://arxiv.org/pdf/2106.09685v1.pdf')).toBe('2106.09685');
    expect(ownArxivId('arXiv preprint arXiv:2301.12345')).toBe('2301.12345');
    expect(ownArxivId('10.48550/arXiv.2106.09685')).toBe('2106.09685');
    expect(ownArxivId('https://doi.org/10.48550/ARXIV.2106.09685')).toBe('2106.09685');
    expect(ownArxivId('ArXiv abs/2106.09685')).toBe('2106.09685');
    expect(ownArxivId('math.AG/0101001')).toBe('math.AG/0101001');
  });

  it('never takes an id mentioned inside longer text: a reference, a note, an abstract', () => {
    expect(ownArxivId('see arXiv:1501.00001')).toBeNull();
    expect(ownArxivId('References: Kingma, D. Adam. arXiv preprint arXiv:1412.6980 (2014)')).toBeNull();
    expect(ownArxivId('Extends https://arxiv.org/abs/1408.5601 to graphs')).toBeNull();
    expect(ownArxivId('version 2405.15738 of nothing')).toBeNull();
  });

  it('gives the first field that is an id', () => {
    expect(ownArxivId(null, 'Journal of Things', 'arXiv:1501.00001', '2405.15738')).toBe('1501.00001');
    expect(ownArxivId(undefined, '')).toBeNull();
  });
});
