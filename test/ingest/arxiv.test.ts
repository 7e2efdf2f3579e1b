import { describe, expect, it } from 'vitest';
import { journalOfRef, parseArxiv } from '@/lib/ingest/arxiv';
import { parseArxivAtom } from '@/lib/ingest/arxiv-atom';

const line = (record: Record<string, unknown>) => JSON.stringify(record);
const first = {
  id: '0704.0001',
  authors: "C. Bal\\'azs, E. L. Berger and C.-P. Yuan",
  title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
  comments: '37 pages; code at https://github.com/owner/diphoton',
  'journal-ref': 'Phys.Rev.D76:013009,2007',
  doi: '10.1103/PhysRevD.76.013009',
  abstract: '  A fully differential calculation with $\\alpha_s^2$ corrections in\nperturbative QCD.\n',
  versions: [
    { version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' },
    { version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' },
  ],
  authors_parsed: [
    ['Balázs', 'C.', ''],
    ['Berger', 'E. L.', ''],
    ['Yuan', 'C. -P.', 'Jr'],
  ],
};

describe('parseArxiv', () => {
  it('returns nothing for empty input', () => {
    expect(parseArxiv('', { file: 'a.jsonl' })).toEqual({ papers: [], problems: [] });
  });

  it('reads a JSON line: authors_parsed, version-1 date, TeX kept in math, code link in comments', () => {
    const { papers, problems } = parseArxiv(`${line(first)}\n`, { file: 'a.jsonl' });
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: 'a.jsonl:1',
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      abstract: 'A fully differential calculation with $\\alpha_s^2$ corrections in perturbative QCD.',
      authors: ['C. Balázs', 'E. L. Berger', 'C. -P. Yuan Jr'],
      authorCount: 3,
      date: '2007-04-02',
      datePrecision: 'day',
      venue: 'Phys.Rev.D',
      doi: '10.1103/physrevd.76.013009',
      arxivId: '0704.0001',
      githubRepos: ['owner/diphoton'],
      codeStatus: 'linked',
    });
  });

  it('falls back to the authors string and to the month the id encodes', () => {
    const { authors_parsed: _parsed, versions: _versions, comments: _comments, ...bare } = first;
    const { papers } = parseArxiv(line({ ...bare, id: 'hep-th/9901001' }), { file: 'a.jsonl' });
    expect(papers[0]).toMatchObject({
      authors: ['C. Balázs', 'E. L. Berger', 'C.-P. Yuan'],
      date: '1999-01-01',
      datePrecision: 'month',
      arxivId: 'hep-th/9901001',
      codeStatus: 'none',
    });
  });

  it('reads a pretty-printed JSON array with CRLF line ends, lines pointing at each record', () => {
    const text = JSON.stringify([first, { ...first, id: '2305.10429', title: 'LoRA' }], null, 2).replace(
      /\n/g,
      '\r\n',
    );
    const { papers } = parseArxiv(text, { file: 'a.json' });
    expect(papers.map((p) => [p.arxivId, p.source.line])).toEqual([
      ['0704.0001', 2],
      ['2305.10429', 38],
    ]);
  });

  it('reports a bad line with its number and reads the next, and says where a cut file ends', () => {
    const text = [
      line(first),
      '{"id": "0704.0002", "title": }',
      line({ ...first, id: '0704.0003' }),
      '{"id": "0704.00',
    ].join('\n');
    const { papers, problems } = parseArxiv(text, { file: 'a.jsonl' });
    expect(papers.map((p) => p.arxivId)).toEqual(['0704.0001', '0704.0003']);
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [2, 'error'],
      [4, 'error'],
    ]);
    expect(problems[0]?.message).toMatch(/^Record is not valid JSON/);
    expect(problems[1]?.message).toBe(
      'The file ends in the middle of a record at line 4: it was cut short. Export or download it again.',
    );
  });
});

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title type="html">ArXiv Query: search_query=all:lora</title>
  <id>http://arxiv.org/api/abc</id>
  <entry>
    <id>http://arxiv.org/abs/2106.09685v2</id>
    <updated>2021-10-16T00:00:00Z</updated>
    <published>2021-06-17T17:37:18Z</published>
    <title>LoRA: Low-Rank Adaptation of
  Large Language Models</title>
    <summary>  We propose LoRA &amp; release code at https://github.com/microsoft/LoRA.
</summary>
    <author><name>Edward J. Hu</name></author>
    <author><name>Yelong Shen</name><arxiv:affiliation>Microsoft</arxiv:affiliation></author>
    <arxiv:doi>10.48550/arXiv.2106.09685</arxiv:doi><arxiv:primary_category term="cs.CL"/><category term="cs.AI"/><category term="cs.CL"/>
    <link href="http://arxiv.org/abs/2106.09685v2" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/2106.09685v2" rel="related" type="application/pdf"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2301.00001v1</id>
    <published>2023-01-01T00:00:00Z</published>
    <title></title>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2301.00002v1</id>
    <published>2023-01-02T00:00:00Z</published>
    <title><![CDATA[Tags & <things>]]></title>
  </entry>
</feed>`;

describe('journalOfRef', () => {
  it.each([
    ['Phys.Rev.D76:013009,2007', 'Phys.Rev.D'],
    ['Journal of Applied Physics, vol 104, 073536 (2008)', 'Journal of Applied Physics'],
    ['Physica A, V. 387, Issues 2-3 (2008), Pages 385-406', 'Physica A'],
    ['RIMS Kokyuroku, No.1551, pp.57-62 (2007)', 'RIMS Kokyuroku'],
    ['J. Phys.: Condens. Matter 20 (2008) 055214', 'J. Phys.: Condens. Matter'],
    ['Algorithms in Bioinformatics: 7th International Workshop (WABI)', 'Algorithms in Bioinformatics'],
    ['2007', ''],
  ])('%s is in %s', (ref, journal) => {
    expect(journalOfRef(ref)).toBe(journal);
  });
});

describe('parseArxivAtom', () => {
  it('returns an error for text that is not a feed', () => {
    expect(parseArxivAtom('', { file: 'q.xml' }).problems).toMatchObject([{ line: 1, severity: 'error' }]);
  });

  it('reads entries: id without version, clean title, entities, authors, published day, links', () => {
    const { papers } = parseArxivAtom(FEED, { file: 'q.xml' });
    expect(papers[0]).toMatchObject({
      id: 'q.xml:5',
      title: 'LoRA: Low-Rank Adaptation of Large Language Models',
      abstract: 'We propose LoRA & release code at https://github.com/microsoft/LoRA.',
      authors: ['Edward J. Hu', 'Yelong Shen'],
      authorCount: 2,
      date: '2021-06-17',
      datePrecision: 'day',
      venue: 'arXiv',
      doi: '10.48550/arxiv.2106.09685',
      arxivId: '2106.09685',
      githubRepos: ['microsoft/LoRA'],
      otherLinks: [],
      codeStatus: 'linked',
      categories: ['cs.CL', 'cs.AI'],
      affiliations: [{ author: 1, institution: 'Microsoft', country: null, address: 'Microsoft' }],
    });
  });

  it('reports an entry without a title at its line and reads the next, honouring CDATA', () => {
    const { papers, problems } = parseArxivAtom(FEED, { file: 'q.xml' });
    expect(problems).toEqual([
      {
        file: 'q.xml',
        line: 19,
        field: 'title',
        message: 'Entry has no <title>: skipped.',
        severity: 'error',
      },
    ]);
    expect(papers.map((p) => p.title)).toEqual([
      'LoRA: Low-Rank Adaptation of Large Language Models',
      'Tags & <things>',
    ]);
  });

  it('reports an API error entry and a feed cut in the middle of an entry', () => {
    const error = FEED.replace(
      'http://arxiv.org/abs/2106.09685v2</id>',
      'http://arxiv.org/api/errors#bad</id>',
    );
    expect(parseArxivAtom(error, { file: 'q.xml' }).problems[0]?.message).toMatch(
      /^The arXiv API answered with an error/,
    );
    const cut = FEED.slice(0, FEED.indexOf('<title></title>'));
    const result = parseArxivAtom(cut, { file: 'q.xml' });
    expect(result.papers).toHaveLength(1);
    expect(result.problems).toMatchObject([{ line: 19, severity: 'error' }]);
  });
});
