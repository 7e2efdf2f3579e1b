/**
 * Generic academic phrases a new user struck from the top 50 terms of a corpus of 3,736 Hugging Face papers:
 * none may rank among the top 25 of such a corpus. Keys, as the extractor gives them.
 */
export const STRUCK_PHRASES: readonly string[] = [
  'unified framework',
  'percentage point',
  'consistent gain',
  'complex task',
  'real world',
  'large scale',
  'open source',
  'success rate',
  'high fidelity',
  'failure mode',
  'base model',
  'inference time',
  'model weight',
  'training data',
];
