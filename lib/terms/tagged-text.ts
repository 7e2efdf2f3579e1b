import type { Paper } from '@/lib/model';

/**
 * Characters of a paper's title and abstract that terms are extracted from. An abstract is a few thousand; past
 * this, a record is something else (a whole paper pasted in, a crafted file), and tagging it would hold the
 * pool for minutes.
 */
export const MAX_TAGGED_CHARS = 20_000;

/** The text terms are extracted from: title, then abstract, cut at a word end within `MAX_TAGGED_CHARS`. */
export function taggedText(paper: Pick<Paper, 'title' | 'abstract'>): string {
  if (!textCutForTerms(paper)) return `${paper.title}\n${paper.abstract}`;
  // Only the head of a long abstract is joined to the title (the cut looks one character past the limit), so a
  // huge one is never copied whole.
  const text = `${paper.title}\n${paper.abstract.slice(0, MAX_TAGGED_CHARS + 1)}`;
  const cut = text.lastIndexOf(' ', MAX_TAGGED_CHARS);
  return text.slice(0, cut > MAX_TAGGED_CHARS * 0.9 ? cut : MAX_TAGGED_CHARS);
}

/** Whether the paper's text is longer than what is tagged. */
export function textCutForTerms(paper: Pick<Paper, 'title' | 'abstract'>): boolean {
  return paper.title.length + 1 + paper.abstract.length > MAX_TAGGED_CHARS;
}
