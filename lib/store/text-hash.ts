import { createHash } from 'node:crypto';
import type { Paper } from '@/lib/model';
import { taggedText } from '@/lib/terms/tagged-text';

/** The text terms are extracted from: title, then abstract, at most `MAX_TAGGED_CHARS`. */
export function termText(paper: Pick<Paper, 'title' | 'abstract'>): string {
  return taggedText(paper);
}

/** Key of the term cache: the same text is tagged once, whichever corpus it comes from. */
export function textHash(paper: Pick<Paper, 'title' | 'abstract'>): string {
  return createHash('sha1').update(termText(paper)).digest('hex');
}
