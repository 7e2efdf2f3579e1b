/**
 * Changes whenever `extractTerms` gives different output for the same text, so cached terms are redone. Apart from
 * the extractor, so the pages that read stored terms never load the tagger.
 */
export const EXTRACTOR_VERSION = 7;
