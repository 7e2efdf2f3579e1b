import { describe, expect, it } from 'vitest';
import { countryCodes, countryOfAddress, countryOfCode, countryOfName } from '@/lib/ingest/countries';

describe('countryOfAddress', () => {
  it.each([
    ['Reed Coll, Dept Econ, Portland, OR 97202 USA.', 'United States'],
    ['Renmin Univ China, Sch Business, Beijing 100872, Peoples R China.', 'China'],
    ['Korea Univ, Sch Business, Seoul 02841, South Korea.', 'South Korea'],
    ['Univ Oxford, Oxford OX1 2JD, England.', 'United Kingdom'],
    ['Univ Edinburgh, Edinburgh, Midlothian, Scotland', 'United Kingdom'],
    ['Queens Univ Belfast, Belfast, North Ireland', 'United Kingdom'],
    ['Sinop Univ, Fac Educ, Sinop, Turkey.', 'Türkiye'],
    ['Univ West Indies, St Augustine, Trinid & Tobago', 'Trinidad and Tobago'],
    ['Department of Surgery, Hunan Normal University, Hunan, Changsha, China', 'China'],
    ['Lomonosov Moscow State University, Moscow, Russian Federation', 'Russia'],
    ['Hanoi University, Hanoi, Viet Nam', 'Vietnam'],
    ['Seoul National University, Seoul, Korea, Republic of', 'South Korea'],
    ['Toronto, ON M5S 1A1, Canada', 'Canada'],
    ['TU München, München, Deutschland', 'Germany'],
    ['University of Salerno 84084 Fisciano Salerno Italy', 'Italy'],
    // Before 1998 Web of Science wrote US addresses without the country.
    ['HARVARD UNIV,SCH BUSINESS,CAMBRIDGE,MA 02138', 'United States'],
  ])('%s is in %s', (address, country) => {
    expect(countryOfAddress(address)).toBe(country);
  });

  it('reads only the end of an address: a state, city or institution named like a country is not one', () => {
    expect(countryOfAddress('Univ Georgia, Athens, GA')).toBe('United States');
    expect(countryOfAddress('Univ Georgia, Athens')).toBeNull();
    expect(countryOfAddress('Univ New South Wales, Sydney, New South Wales')).toBeNull();
    expect(countryOfAddress('Jordan Hall, Stanford University')).toBeNull();
  });

  it('gives null for an address naming no country, and for nothing', () => {
    expect(countryOfAddress('Università di Salerno')).toBeNull();
    expect(countryOfAddress('')).toBeNull();
    expect(countryOfAddress('   ;  ')).toBeNull();
  });
});

describe('countryOfName and countryOfCode', () => {
  it('match names, official names, variants and native names, but not bare two-letter codes', () => {
    expect(countryOfName('USA')).toBe('United States');
    expect(countryOfName('United States of America')).toBe('United States');
    expect(countryOfName('UK')).toBe('United Kingdom');
    expect(countryOfName('Wales')).toBe('United Kingdom');
    expect(countryOfName("Cote d'Ivoire")).toBe('Ivory Coast');
    expect(countryOfName('España')).toBe('Spain');
    expect(countryOfName('CA')).toBeNull();
    expect(countryOfName('IN')).toBeNull();
  });

  it('reads ISO codes as OpenAlex gives them, and gives the codes a world map keys on', () => {
    expect(countryOfCode('IT')).toBe('Italy');
    expect(countryOfCode('in')).toBe('India');
    expect(countryOfCode('XX')).toBeNull();
    expect(countryCodes('United States')).toEqual({ alpha2: 'US', alpha3: 'USA', numeric: '840' });
    expect(countryCodes('Atlantis')).toBeNull();
  });
});
