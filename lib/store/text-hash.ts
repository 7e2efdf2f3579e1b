import { createHash } from 'node:crypto';
import type { Paper } from '@/lib/model';

/** The text terms are extracted from: title, then abstract. */
export function termText(paper: Pick<Paper, 'title' | 'abstract'>): string {
  return `${paper.title}\n${paper.abstract}`;
}

/** Key of the term cache: the same text is tagged once, whichever corpus it comes from. */
export function textHash(paper: Pick<Paper, 'title' | 'abstract'>): string {
  return createHash('sha1').update(termText(paper)).digest('hex');
}
