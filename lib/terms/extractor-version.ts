/**
 * Changes whenever the terms stored for a text change: `extractTerms` gives different output for the same text, or
 * a different set of its terms are default stop-terms. Cached terms are then redone. Apart from the extractor, so
 * the pages that read stored terms never load the tagger.
 */
export const EXTRACTOR_VERSION = 8;
