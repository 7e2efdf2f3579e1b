import { describe, expect, it } from 'vitest';
import {
  correspondenceCountry,
  institutionOfAddress,
  letteredAffiliations,
  openAlexAffiliations,
  reprintCountry,
  scopusAffiliations,
  wosAffiliations,
} from '@/lib/ingest/affiliations';

describe('institutionOfAddress', () => {
  it('takes the university over the department, institute or hospital it holds', () => {
    expect(institutionOfAddress('Department of Surgery, Kunming Medical University, Kunming, China')).toBe(
      'Kunming Medical University',
    );
    expect(institutionOfAddress('School of Optometry, University of Cape Coast, Cape Coast, Ghana')).toBe(
      'University of Cape Coast',
    );
    expect(institutionOfAddress('Istituto per l’Ambiente Marino, CNR, Napoli, Italy')).toBe(
      'Istituto per l’Ambiente Marino',
    );
  });

  it('falls back to the first part that is not a department, and never the country', () => {
    expect(institutionOfAddress('Department of Economics, Banca d’Italia, Rome, Italy')).toBe(
      'Banca d’Italia',
    );
    expect(institutionOfAddress('Italy')).toBe('Italy');
    expect(institutionOfAddress('')).toBeNull();
  });
});

describe('wosAffiliations', () => {
  it('gives each bracketed author the address, and an unbracketed address to nobody', () => {
    const authors = ['Kim Lee', 'Ann Park'];
    expect(
      wosAffiliations(
        [
          '[Lee, Kim; Park, Ann] Korea Univ, Sch Business, Seoul 02841, South Korea.',
          'MIT, Cambridge, MA 02139 USA.',
        ],
        authors,
      ),
    ).toEqual([
      {
        author: 0,
        institution: 'Korea Univ',
        country: 'South Korea',
        address: 'Korea Univ, Sch Business, Seoul 02841, South Korea',
      },
      {
        author: 1,
        institution: 'Korea Univ',
        country: 'South Korea',
        address: 'Korea Univ, Sch Business, Seoul 02841, South Korea',
      },
      { author: null, institution: 'MIT', country: 'United States', address: 'MIT, Cambridge, MA 02139 USA' },
    ]);
  });

  it('reads the corresponding author’s country from the first reprint address', () => {
    expect(
      reprintCountry(
        'Lee, K (corresponding author), Korea Univ, Seoul, South Korea.; Park, A (corresponding author), MIT, Cambridge, MA USA.',
      ),
    ).toBe('South Korea');
    expect(reprintCountry('no address here')).toBeNull();
  });
});

describe('Scopus affiliations', () => {
  it('ties "Authors with affiliations" to the authors in order, a second address to the same author', () => {
    const out = scopusAffiliations(
      'Liu F., Hunan University, Changsha, China; Hunan Hospital, Changsha, China; Li C., Peking University, Beijing, China',
      ['Liu F.', 'Li C.'],
    );
    expect(out.map((a) => [a.author, a.institution])).toEqual([
      [0, 'Hunan University'],
      [0, 'Hunan Hospital'],
      [1, 'Peking University'],
    ]);
  });

  it('gives authors named without an address the next one', () => {
    const out = scopusAffiliations('Cinkara E.; Derinalp P., Gaziantep University, Gaziantep, Turkey', [
      'Cinkara E.',
      'Derinalp P.',
    ]);
    expect(out.map((a) => [a.author, a.country])).toEqual([
      [0, 'Türkiye'],
      [1, 'Türkiye'],
    ]);
  });

  it('maps BibTeX affiliation letters to addresses, one address needing none, and refuses letters it cannot place', () => {
    const two = 'Univ A, Rome, Italy; Univ B, Paris, France';
    expect(
      letteredAffiliations('Rossi, M.a  and Dupont, J.b  a', two, 2)?.map((a) => [a.author, a.country]),
    ).toEqual([
      [0, 'Italy'],
      [1, 'France'],
      [1, 'Italy'],
    ]);
    expect(
      letteredAffiliations('Rossi, M.a , Dupont, J.a', two, 2)?.map((a) => [a.author, a.country]),
    ).toEqual([
      [0, 'Italy'],
      [1, 'Italy'],
      [null, 'France'],
    ]);
    expect(
      letteredAffiliations('Rossi, M. and Dupont, J.', 'Univ A, Rome, Italy', 2)?.map((a) => a.author),
    ).toEqual([0, 1]);
    expect(letteredAffiliations('Rossi, M. and Dupont, J.', two, 2)).toBeNull();
    expect(letteredAffiliations('Rossi, M.c and Dupont, J.a', two, 2)).toBeNull();
    expect(letteredAffiliations('Rossi, M.a and Dupont, J.b', two, 3)).toBeNull();
  });

  it('reads the correspondence country past the name and the email', () => {
    expect(
      correspondenceCountry(
        'Y. Li; Department of Surgery, Hunan University, Changsha, 410013, China; email: x@y.cn',
      ),
    ).toBe('China');
    expect(correspondenceCountry('Y. Li; email: x@y.cn')).toBeNull();
  });
});

describe('openAlexAffiliations', () => {
  it('ties institutions and countries to authors when each list has one value an author', () => {
    expect(openAlexAffiliations('Univ A|Univ B', 'IT|FR', 'False|True', 2)).toEqual({
      affiliations: [
        { author: 0, institution: 'Univ A', country: 'Italy', address: 'Univ A' },
        { author: 1, institution: 'Univ B', country: 'France', address: 'Univ B' },
      ],
      correspondingCountry: 'France',
    });
  });

  it('keeps institutions apart from authors when the lists do not line up, and gives nothing for nothing', () => {
    const { affiliations } = openAlexAffiliations('Univ A|Univ B|Univ A', 'IN|IN', 'True|False', 2);
    expect(affiliations.map((a) => [a.author, a.institution, a.country])).toEqual([
      [0, null, 'India'],
      [1, null, 'India'],
      [null, 'Univ A', null],
      [null, 'Univ B', null],
    ]);
    expect(openAlexAffiliations('', '', 'True', 1)).toEqual({ affiliations: [], correspondingCountry: null });
  });
});
