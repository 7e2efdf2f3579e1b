import { describe, expect, it } from 'vitest';
import { TERMS_VERSION, termsVersion } from '@/lib/query/paper-filter';
import { EXTRACTOR_VERSION } from '@/lib/terms/extractor-version';
import { DEFAULT_STOP_TERMS, GENERIC_MODIFIERS } from '@/lib/terms/stop-terms';

describe('the version of stored terms', () => {
  it('is the extractor’s with a digest of the default stop-terms, which each stored term is flagged by', () => {
    expect(TERMS_VERSION).toBe(termsVersion(EXTRACTOR_VERSION, [DEFAULT_STOP_TERMS, GENERIC_MODIFIERS]));
    expect(TERMS_VERSION.startsWith(`${EXTRACTOR_VERSION}-`)).toBe(true);
  });

  it('changes with the extractor or either list, and not with a copy of the same lists', () => {
    const lists = [DEFAULT_STOP_TERMS, GENERIC_MODIFIERS];
    expect(termsVersion(EXTRACTOR_VERSION, lists)).toBe(
      termsVersion(EXTRACTOR_VERSION, [[...DEFAULT_STOP_TERMS], [...GENERIC_MODIFIERS]]),
    );
    expect(
      termsVersion(EXTRACTOR_VERSION, [[...DEFAULT_STOP_TERMS, 'advancement2'], GENERIC_MODIFIERS]),
    ).not.toBe(TERMS_VERSION);
    expect(termsVersion(EXTRACTOR_VERSION, [DEFAULT_STOP_TERMS, [...GENERIC_MODIFIERS, 'base2']])).not.toBe(
      TERMS_VERSION,
    );
    expect(termsVersion(EXTRACTOR_VERSION + 1, lists)).not.toBe(TERMS_VERSION);
  });
});
