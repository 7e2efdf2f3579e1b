import { describe, expect, it } from 'vitest';
import { detectFormat, FORMAT_NAMES, PARSERS } from '@/lib/ingest/detect';

describe('detectFormat', () => {
  it.each([
    ['bibtex', 'Scopus\nEXPORT DATE: 13 January 2017\n\n@ARTICLE{k,\ntitle={T}}'],
    ['bibtex', '\uFEFF  @book{b, title = {T}}'],
    ['ris', '\uFEFFTY  - JOUR\nTI  - T\nER  - \n'],
    ['ris', 'Record #1 of 2\nProvider: X\n1.\nTY  - JOUR\nER  -'],
    ['wos', '\uFEFFFN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI T\nER\nEF'],
    ['wos', 'PT J\nAU Parkes-Loach, PS\nTI T\nER\n'],
    ['csv', '"Authors","Author full names","Title","Year"\n"A","B","T","2020"\n'],
    ['csv', 'PT\tAU\tTI\tSO\tUT\nJ\tA\tT\tS\tWOS:1\n'],
    ['csv', 'id,display_name,publication_year\nW1,T,2020\n'],
    ['hf-daily', '[\n  {\n    "paper": {\n      "id": "2405.15738"'],
    ['hf-daily', "[\n    \"{'paper': {'id': '2412.07730', 'authors': []}}\"\n]"],
    ['hf-daily', '{\n "status": "success",\n "data": [\n  "{\'paper\': {\'id\': \'2501.05441\'}}"\n ]\n}'],
    ['arxiv', '{"id":"0704.0001","submitter":"P","authors":"A","title":"T","categories":"hep-ph"}\n'],
    ['arxiv', '[\r\n  {\r\n    "id": "0704.0001",\r\n    "journal-ref": null'],
    ['arxiv-atom', '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><entry></entry></feed>'],
    ['hf-listing', 'Daily Papers\n\nNov 12\n\nA title\n\nAn abstract.\n\n  • 7 authors\n·\nFeb 27\n'],
  ])('recognises %s from content', (format, text) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('reads content before the file name: a .ris file in Web of Science format is wos', () => {
    expect(detectFormat('FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n', 'example_wos.ris')).toBe(
      'wos',
    );
    expect(detectFormat('TY  - JOUR\nER  -', 'refs.txt')).toBe('ris');
  });

  it('uses the file name only as a tie-breaker, and gives null for anything else', () => {
    expect(detectFormat('just some words', 'notes.txt')).toBeNull();
    expect(detectFormat('')).toBeNull();
    expect(detectFormat('{"hello": "world"}')).toBeNull();
    expect(detectFormat('<html><body></body></html>')).toBeNull();
    expect(detectFormat('% nothing but a comment\n', 'refs.bib')).toBe('bibtex');
  });

  it('has a parser and a human name for every format', () => {
    expect(Object.keys(PARSERS).sort()).toEqual(Object.keys(FORMAT_NAMES).sort());
    expect(Object.keys(PARSERS)).toHaveLength(8);
    for (const name of Object.values(FORMAT_NAMES)) expect(name.length).toBeGreaterThan(2);
  });
});
