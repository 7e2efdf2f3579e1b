import { describe, expect, it } from 'vitest';
import { porterStem } from '@/lib/terms/porter-stem';

// Outputs of NLTK 3.8 `PorterStemmer()` (mode NLTK_EXTENSIONS).
const NLTK: ReadonlyArray<readonly [string, string]> = [
  ['generously', 'gener'],
  ['dying', 'die'],
  ['lying', 'lie'],
  ['sky', 'sky'],
  ['skies', 'sky'],
  ['news', 'news'],
  ['innings', 'inning'],
  ['proceed', 'proceed'],
  ['generalizations', 'gener'],
  ['oscillators', 'oscil'],
  ['ponies', 'poni'],
  ['caresses', 'caress'],
  ['conditional', 'condit'],
  ['relational', 'relat'],
  ['hopefully', 'hope'],
  ['ties', 'tie'],
  ['happy', 'happi'],
  ['enjoy', 'enjoy'],
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['hopping', 'hop'],
  ['falling', 'fall'],
  ['filing', 'file'],
  ['radically', 'radic'],
  ['analogously', 'analog'],
  ['controlling', 'control'],
  ['electrical', 'electr'],
  ['networks', 'network'],
  ['is', 'is'],
];

describe('porterStem', () => {
  it.each(NLTK)('stems %s to %s as NLTK does', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('lower-cases before stemming', () => {
    expect(porterStem('Networks')).toBe('network');
  });

  it('leaves words of one or two letters and the empty string alone', () => {
    expect(porterStem('as')).toBe('as');
    expect(porterStem('')).toBe('');
  });
});
