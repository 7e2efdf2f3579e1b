import countries from 'world-countries/countries.json';

/**
 * Spellings the bibliographic databases use that the country list does not have, by ISO 3166 alpha-2 code:
 * Web of Science abbreviates names to fit its address field (`Peoples R China`, `Trinid & Tobago`) and names the
 * nations of the United Kingdom; Scopus and older exports use former or short names.
 */
export const COUNTRY_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  AE: ['U Arab Emirates'],
  AG: ['Antigua & Barbu'],
  BA: ['Bosnia & Herceg', 'Bosnia & Herzegovina'],
  BY: ['Byelarus'],
  CD: ['Dem Rep Congo', 'Congo, Democratic Republic'],
  CF: ['Cent Afr Republ'],
  CG: ['Rep Congo'],
  CI: ['Cote Ivoire'],
  CN: ['Peoples R China', 'PR China', 'P R China', 'Peoples Republic of China'],
  FK: ['Falkland Island'],
  GB: ['UK', 'England', 'Scotland', 'Wales', 'North Ireland', 'Northern Ireland', 'U.K.'],
  GE: ['Rep of Georgia'],
  GW: ['Guinea Bissau'],
  KN: ['St Kitts & Nevi'],
  KR: ['Korea', 'Rep Korea', 'Republic Korea'],
  LC: ['St Lucia'],
  MH: ['Marshall Island'],
  PF: ['Fr Polynesia'],
  PG: ['Papua N Guinea'],
  ST: ['Sao Tome & Prin'],
  TC: ['Turks & Caicos'],
  TR: ['Turkey'],
  TT: ['Trinid & Tobago', 'Trinidad Tobago'],
  US: ['U.S.A.', 'U.S.'],
  VC: ['St Vincent'],
  VG: ['Br Virgin Isl'],
  VI: ['US Virgin Isl'],
};

/** Lower case, no accents, `&` as `and`, punctuation as spaces, tokens with digits (postcodes) dropped. */
function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((token) => token && !/\d/.test(token))
    .join(' ');
}

interface CountryEntry {
  /** The common English name: what is stored and shown. */
  name: string;
  cca2: string;
  cca3: string;
  ccn3: string;
}

const byCode = new Map<string, CountryEntry>();
const byName = new Map<string, CountryEntry>();

function addName(spelling: string, entry: CountryEntry): void {
  const key = normalise(spelling);
  // Two-letter codes (`CA`, `IN`, `OR`) read as words or US states in addresses: only whole names count.
  if (key.length > 2 && !byName.has(key)) byName.set(key, entry);
}

for (const country of countries) {
  const entry: CountryEntry = {
    name: country.name.common,
    cca2: country.cca2,
    cca3: country.cca3,
    ccn3: country.ccn3,
  };
  byCode.set(country.cca2, entry);
}
// Earlier spellings win a collision: common names first, native names last.
for (const country of countries) addName(country.name.common, byCode.get(country.cca2) as CountryEntry);
for (const country of countries) addName(country.name.official, byCode.get(country.cca2) as CountryEntry);
for (const [code, spellings] of Object.entries(COUNTRY_VARIANTS)) {
  const entry = byCode.get(code);
  if (entry) for (const spelling of spellings) addName(spelling, entry);
}
for (const country of countries) {
  const entry = byCode.get(country.cca2) as CountryEntry;
  for (const spelling of country.altSpellings) addName(spelling, entry);
  for (const native of Object.values(country.name.native ?? {})) {
    addName(native.common, entry);
    addName(native.official, entry);
  }
}
// `UK` is two letters but never a US state or a word in an address.
byName.set('uk', byCode.get('GB') as CountryEntry);

/** The country a name or variant spells (`USA`, `Peoples R China`, `England`, `Deutschland`), or null. */
export function countryOfName(text: string): string | null {
  return byName.get(normalise(text))?.name ?? null;
}

/** The country of an ISO 3166 alpha-2 code (`IT`), as OpenAlex gives them, or null. */
export function countryOfCode(code: string): string | null {
  return byCode.get(code.trim().toUpperCase())?.name ?? null;
}

/** ISO 3166 codes of a country as stored (its common English name): the numeric code keys world maps. */
export function countryCodes(name: string): { alpha2: string; alpha3: string; numeric: string } | null {
  const entry = byName.get(normalise(name));
  return entry ? { alpha2: entry.cca2, alpha3: entry.cca3, numeric: entry.ccn3 } : null;
}

/**
 * The country an address ends with, as bibliographic exports write addresses (`…, Seoul 02841, South Korea`,
 * `…, Portland, OR 97202 USA`, `…, Peoples R China.`), or null when its last part names none. Only the end is
 * read: `Univ Georgia, Athens, GA 30602 USA` is in the United States.
 */
export function countryOfAddress(address: string): string | null {
  const parts = address
    .replace(/[\s.;]+$/, '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /\p{L}/u.test(part));
  const last = parts.at(-1);
  if (!last) return null;
  const previous = parts.at(-2);
  const candidates = [last, previous ? `${previous} ${last}` : null];
  const words = last.replace(/\s*\b\w*\d\w*\b\s*/g, ' ').trim();
  // A US address in Web of Science ends `STATE ZIP USA`; before 1998 it ended `STATE ZIP`.
  const state = /^([A-Z]{2})(?:\s+(.+))?$/.exec(words);
  if (state?.[2]) candidates.push(state[2]);
  // An address written without commas (`University of Salerno 84084 Fisciano Salerno Italy`) ends with the country.
  if (parts.length === 1) {
    const tokens = words.split(/\s+/);
    for (let n = Math.min(4, tokens.length - 1); n >= 1; n--) candidates.push(tokens.slice(-n).join(' '));
  }
  for (const candidate of candidates) {
    const name = candidate ? countryOfName(candidate) : null;
    if (name) return name;
  }
  return state && !state[2] && US_STATES.has(state[1] ?? '') ? (byCode.get('US')?.name ?? null) : null;
}

/** USPS codes of the states, the District of Columbia and the territories. */
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
);
