/**
 * Generated hostile inputs: each a short prefix that takes a parser into its main loop, then one fragment
 * repeated to a given length. Fragments are the openers, separators and escapes a reader may scan ahead from
 * (a tag never closed, a quote never ended, a run of dots after a URL), where a reader that re-scans the rest of
 * the text for each of them turns quadratic.
 */

/** Fragments a reader may scan ahead from, whatever the format. */
export const FRAGMENTS = [
  '<',
  '<entry',
  '<entry>',
  '<title>',
  '<a:title ',
  '<link href="',
  '<![CDATA[',
  '&amp',
  '@article{',
  '@a{k,',
  '{',
  '}',
  '"',
  '",',
  '\\',
  '\\"',
  '\\{',
  '%',
  '#',
  '=',
  ',',
  ';',
  '|',
  '\t',
  ' ',
  '\n',
  '\r',
  ' \n',
  'TY  - JOUR\n',
  'AU  - A\n',
  'PT J\n',
  '   x\n',
  '·\n',
  'Jan 1\n',
  'x\n',
  '[',
  '{"a":',
  "{'paper': '",
  'arXiv:',
  'arxiv.org/abs/',
  'http://a',
  'https://github.com/',
  'github.com/a/b',
  '10.1234/',
  '.',
  '-',
  ')',
  'a',
  '1',
  'é',
  '\u00a0',
  'and ',
  ', ',
  '$\\',
  "{\\'",
  '\\url{',
];

/** What each reader needs before its body: the header of its format. */
export const PREFIXES: Record<string, string> = {
  'hf-listing': 'Daily Papers\nJan 1, 2025\nA title\nAn abstract\n• 3 authors\n·\nJan 2\n',
  'hf-daily': '[{"paper": {"id": "2401.00001", "title": "T", "summary": "',
  bibtex: '@article{key, title = {',
  ris: 'TY  - JOUR\nTI  - ',
  wos: 'FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI ',
  csv: 'Title,Abstract,Authors,Year\n"',
  arxiv: '{"id": "2401.00001", "title": "T", "authors_parsed": [], "abstract": "',
  'arxiv-atom': '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>',
  text: '',
};

/** What closes the record the prefix opened, so the reader goes on to read its fields. */
export const SUFFIXES: Record<string, string> = {
  'hf-listing': '\n• 2 authors\n·\nJan 3\n',
  'hf-daily': '"}}]',
  bibtex: '}}\n',
  ris: '\nER  -\n',
  wos: '\nER\nEF\n',
  csv: '",x,y,2020\n',
  arxiv: '"}\n',
  'arxiv-atom': '</title></entry></feed>',
  text: '',
};

/** `prefix`, then `fragment` repeated, then `suffix`: `length` characters in all. */
export function hostile(prefix: string, fragment: string, length: number, suffix = ''): string {
  const body = Math.max(0, length - prefix.length - suffix.length);
  return prefix + fragment.repeat(Math.ceil(body / fragment.length)).slice(0, body) + suffix;
}
