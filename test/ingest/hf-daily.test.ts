import { describe, expect, it } from 'vitest';
import { parseHfDaily } from '@/lib/ingest/hf-daily';

const parse = (text: string) => parseHfDaily(text, { file: 'day.json' });

interface Fields {
  id: string;
  published?: string;
  daily?: string;
  repo?: string | null;
  summary?: string;
}

function record({
  id,
  published = '2025-05-30T17:59:01.000Z',
  daily,
  repo,
  summary = 'An abstract.',
}: Fields): Record<string, unknown> {
  return {
    paper: {
      id,
      authors: [{ _id: 'x', name: 'Ada Lovelace', hidden: false }, { name: ' Alan  Turing ' }],
      publishedAt: published,
      ...(daily ? { submittedOnDailyAt: daily } : {}),
      title: `Paper ${id} with an arXiv\n  line break`,
      summary,
      ...(repo !== undefined ? { githubRepo: repo } : {}),
      ai_keywords: ['generated', 'terms'],
    },
    publishedAt: published,
    title: `Paper ${id} with an arXiv line break`,
    numComments: 2,
  };
}

describe('parseHfDaily', () => {
  it('reads an array of daily records: clean title, authors, day of paper.publishedAt, arXiv id, comments', () => {
    const { papers, problems } = parse(JSON.stringify([record({ id: '2505.24864' })], null, 2));
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      id: 'day.json:2',
      title: 'Paper 2505.24864 with an arXiv line break',
      abstract: 'An abstract.',
      authors: ['Ada Lovelace', 'Alan Turing'],
      authorCount: 2,
      date: '2025-05-30',
      datePrecision: 'day',
      arxivId: '2505.24864',
      comments: 2,
      keywords: [],
      source: { file: 'day.json', line: 2 },
    });
  });

  it('falls back to paper.title, collapsing its hard line breaks', () => {
    const raw = record({ id: '1' });
    delete raw.title;
    expect(parse(JSON.stringify([raw]))).toMatchObject({
      papers: [{ title: 'Paper 1 with an arXiv line break' }],
    });
  });

  it('derives code status from githubRepo: URL → linked, null → none, absent before the field existed → unknown', () => {
    const { papers } = parse(
      JSON.stringify([
        record({ id: 'a', repo: 'https://github.com/Owner/Repo' }),
        record({ id: 'b', repo: null }),
        record({ id: 'c' }),
      ]),
    );
    expect(papers.map((p) => [p.codeStatus, p.githubRepos])).toEqual([
      ['linked', ['Owner/Repo']],
      ['none', []],
      // Other records of this file carry the field, so its absence here means no repository.
      ['none', []],
    ]);

    const old = parse(JSON.stringify([record({ id: 'd', published: '2024-05-24T17:59:01.000Z' })]));
    expect(old.papers[0]?.codeStatus).toBe('unknown');
    const fromAbstract = parse(
      JSON.stringify([
        record({ id: 'e', published: '2024-05-24T00:00:00Z', summary: 'Code: https://github.com/o/r.' }),
      ]),
    );
    expect(fromAbstract.papers[0]).toMatchObject({ codeStatus: 'linked', githubRepos: ['o/r'] });
  });

  it('reads a missing githubRepo as none on records submitted after the field existed', () => {
    const { papers } = parse(JSON.stringify([record({ id: 'f', daily: '2025-06-02T03:18:21.654Z' })]));
    expect(papers[0]?.codeStatus).toBe('none');
  });

  it('reads records saved as Python repr() strings, with True/False/None, escapes and datetime(…)', () => {
    const repr =
      "{'paper': {'id': '2412.07730', 'authors': [{'_id': '1', 'name': 'Zongyu Lin', 'hidden': False}, " +
      "{'name': 'Wei Liu', 'hidden': True}], 'publishedAt': datetime.datetime(2024, 12, 10, 18, 0, tzinfo=datetime.timezone.utc), " +
      "'title': 'STIV: It\\'s\\n  scalable', 'summary': \"Don't stop: caf\\xe9 \\u2014 ok\", 'upvotes': 12, 'discussionId': None}, " +
      "'title': None, 'numComments': 2}";
    const { papers, problems } = parse(JSON.stringify([repr], null, 4));
    expect(problems).toEqual([]);
    expect(papers[0]).toMatchObject({
      title: "STIV: It's scalable",
      abstract: "Don't stop: café — ok",
      authors: ['Zongyu Lin', 'Wei Liu'],
      date: '2024-12-10',
      codeStatus: 'unknown',
    });
  });

  it('reads the {"status", "data": [...]} wrapper, with lines of the records inside it', () => {
    const text = JSON.stringify(
      { status: 'success', date: '2025-01-10', count: 1, data: [record({ id: '9' })] },
      null,
      4,
    );
    const { papers } = parse(text);
    expect(papers.map((p) => p.source.line)).toEqual([6]);
  });

  it('reports a record that is not valid JSON at its line, and reads the next one', () => {
    const text = [
      '[',
      '  {"paper": {"id": "2501.00001", "title": "Broken",}},',
      `  ${JSON.stringify(record({ id: '2501.00002' }))}`,
      ']',
    ].join('\n');
    const { papers, problems } = parse(text);
    expect(papers.map((p) => p.arxivId)).toEqual(['2501.00002']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'day.json', line: 2, severity: 'error' });
    expect(problems[0]?.message).toMatch(/^Record is not valid JSON/);
  });

  it('skips a record without a title as an error on the title field', () => {
    const { papers, problems } = parse(
      JSON.stringify([{ paper: { id: '1', summary: 'x' } }, record({ id: '2' })]),
    );
    expect(papers).toHaveLength(1);
    expect(problems).toEqual([
      {
        file: 'day.json',
        line: 1,
        field: 'title',
        message: 'Record has no title: skipped.',
        severity: 'error',
      },
    ]);
  });

  it('says where a cut-short file ends in the middle of a record, keeping the records before', () => {
    const whole = JSON.stringify([record({ id: '2501.00001' }), record({ id: '2501.00002' })], null, 2);
    const cut = whole.slice(0, whole.indexOf('"2501.00002"') + 5);
    const { papers, problems } = parse(cut);
    expect(papers.map((p) => p.arxivId)).toEqual(['2501.00001']);
    const line = cut.slice(0, cut.lastIndexOf('{\n    "paper"')).split('\n').length;
    expect(problems).toEqual([
      {
        file: 'day.json',
        line,
        message: `The file ends in the middle of a record at line ${line}: it was cut short. Export or download it again.`,
        severity: 'error',
        fatal: true,
      },
    ]);
  });

  it('gives nothing for an empty list and an error for text that is not JSON', () => {
    expect(parse('[]')).toEqual({ papers: [], problems: [] });
    const empty = parse('');
    expect(empty.papers).toEqual([]);
    expect(empty.problems).toMatchObject([{ line: 1, severity: 'error' }]);
  });
});
