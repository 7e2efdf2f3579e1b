import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bradfordLaw } from '@/lib/analyze/bradford-law';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { hIndex } from '@/lib/analyze/h-index';
import { medianInterval } from '@/lib/analyze/median-interval';
import { newPaper } from '@/lib/ingest/paper';
import type { Affiliation, Paper } from '@/lib/model';
import { freshDataDir, importCorpus } from './equivalence';
import { CORPORA, HAS_CORPORA, parsedCorpus } from './reference';

const dir = freshDataDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const place = (author: number | null, institution: string | null, country: string | null): Affiliation => ({
  author,
  institution,
  country,
  address: [institution, country].filter(Boolean).join(', '),
});

let line = 0;
function paper(fields: Partial<Paper>): Paper {
  line++;
  return newPaper({ id: `p${line}`, title: `Paper ${line}`, source: { file: 'test', line }, ...fields });
}

/** Five papers whose impact, sources, places and co-authors are counted by hand in the expectations below. */
const HAND = [
  paper({
    authors: ['Ana', 'Bo'],
    citations: 10,
    venue: 'J1',
    date: '2020-01-01',
    datePrecision: 'year',
    affiliations: [place(0, 'U1', 'Italy'), place(1, 'U2', 'France')],
    correspondingCountry: 'Italy',
    codeStatus: 'linked',
    githubStars: 1500,
  }),
  paper({
    authors: ['Ana'],
    citations: 5,
    venue: 'J1',
    date: '2021-01-01',
    datePrecision: 'year',
    affiliations: [place(0, 'U1', 'Italy')],
    codeStatus: 'none',
  }),
  paper({
    authors: ['Bo', 'Cy'],
    citations: 0,
    venue: 'J2',
    date: '2021-01-01',
    datePrecision: 'year',
    affiliations: [place(0, 'U2', 'France'), place(1, 'U3', 'France')],
  }),
  paper({ authors: ['Cy'], date: '2022-01-01', datePrecision: 'year' }),
  paper({
    authors: ['Ana', 'Cy'],
    citations: 3,
    venue: 'J3',
    categories: ['cs.LG', 'stat.ML'],
    affiliations: [place(0, 'U1', null)],
  }),
];

describe('impact, source, place and co-author queries on hand-made papers', () => {
  let id = '';
  beforeAll(async () => {
    id = await importCorpus('hand', HAND);
  });

  it('count citations known, summed and uncited, and the h-index, leaving unknown counts out', async () => {
    const { impactSummary } = await import('@/lib/query/impact-summary');
    const summary = await impactSummary(id, NO_FILTER);
    expect(summary.papers).toBe(5);
    expect(summary.citations).toEqual({ known: 4, unknown: 1, total: 18, uncited: 1, hIndex: 3 });
    expect(summary.upvotes).toMatchObject({ known: 0, unknown: 5, median: null });
    expect((await impactSummary(id, { ...NO_FILTER, code: 'linked' })).citations.hIndex).toBe(1);
  });

  it('rank the most cited papers and give citations by year', async () => {
    const { mostCited } = await import('@/lib/query/most-cited');
    const { citationsByYear } = await import('@/lib/query/citations-by-year');
    expect(
      (await mostCited(id, NO_FILTER, 'citations', { limit: 2 })).map((p) => [p.title, p.value]),
    ).toEqual([
      ['Paper 1', 10],
      ['Paper 2', 5],
    ]);
    expect(await citationsByYear(id, NO_FILTER)).toEqual([
      { year: 2020, papers: 1, known: 1, citations: 10 },
      { year: 2021, papers: 2, known: 2, citations: 5 },
      { year: 2022, papers: 1, known: 0, citations: 0 },
    ]);
  });

  it('give the h-index of each author and source', async () => {
    const { hIndexBy } = await import('@/lib/query/h-index-by');
    expect(
      (await hIndexBy(id, NO_FILTER, 'author')).map((r) => [r.name, r.h, r.papers, r.citations]),
    ).toEqual([
      ['Ana', 3, 3, 18],
      ['Bo', 1, 2, 10],
      ['Cy', 1, 2, 3],
    ]);
    expect((await hIndexBy(id, NO_FILTER, 'source')).map((r) => [r.name, r.h])).toEqual([
      ['J1', 2],
      ['J3', 1],
      ['J2', 0],
    ]);
  });

  it('compare papers with and without code, and bin the stars of linked ones', async () => {
    const { codeImpactValues } = await import('@/lib/query/code-impact-values');
    const { impactSummary } = await import('@/lib/query/impact-summary');
    const { starDistribution } = await import('@/lib/query/star-distribution');
    const code = await codeImpactValues(id, NO_FILTER, 'citations', await impactSummary(id, NO_FILTER));
    expect([code.linked.median, code.none.median, code.unknownCode, code.unknownMetric]).toEqual([
      10, 5, 2, 1,
    ]);
    const stars = await starDistribution(id, NO_FILTER);
    expect(stars).toMatchObject({ known: 1, unknown: 0, median: 1500, thousands: 1 });
    expect(stars.bins.find((b) => b.papers > 0)?.label).toBe('1,000–9,999');
  });

  it('count sources, lead countries with SCP, institutions and co-author pairs', async () => {
    const { sourceCounts } = await import('@/lib/query/source-counts');
    const { leadCountries } = await import('@/lib/query/lead-countries');
    const { topInstitutions } = await import('@/lib/query/top-institutions');
    const { coauthorPairs } = await import('@/lib/query/coauthor-pairs');
    const { categoryCounts } = await import('@/lib/query/category-counts');
    expect(await sourceCounts(id, NO_FILTER)).toEqual({
      sources: [
        { name: 'J1', papers: 2 },
        { name: 'J2', papers: 1 },
        { name: 'J3', papers: 1 },
      ],
      known: 4,
      unknown: 1,
    });
    const lead = await leadCountries(id, NO_FILTER);
    expect(lead.unknown).toBe(2);
    expect(lead.countries.sort((a, b) => a.country.localeCompare(b.country))).toEqual([
      { country: 'France', papers: 1, single: 1 },
      { country: 'Italy', papers: 2, single: 1 },
    ]);
    expect(await topInstitutions(id, NO_FILTER)).toEqual({
      institutions: [
        { name: 'U1', papers: 3, address: true },
        { name: 'U2', papers: 2, address: true },
        { name: 'U3', papers: 1, address: true },
      ],
      known: 4,
      unknown: 1,
    });
    const pairs = await coauthorPairs(id, NO_FILTER);
    expect(pairs.nodes.map((n) => [n.label, n.papers])).toEqual([
      ['Ana', 3],
      ['Cy', 3],
      ['Bo', 2],
    ]);
    expect(pairs.pairs.map((p) => p.papers)).toEqual([1, 1, 1]);
    expect(await categoryCounts(id, NO_FILTER)).toEqual({
      rows: [{ category: 'cs.LG', year: null, papers: 1 }],
      unknown: 4,
    });
  });
});

/**
 * Each record's tagged fields of a Web of Science plain-text export, read here apart from the parser; a record whose
 * DOI an earlier one has is left out, as the import merges it into the first (whose counts it keeps).
 */
function wosRecords(relative: string): Map<string, string>[] {
  const text = readFileSync(path.join(CORPORA, relative), 'utf8').replace(/^\uFEFF/, '');
  const records: Map<string, string>[] = [];
  let current = new Map<string, string>();
  const seen = new Set<string>();
  for (const row of text.split(/\r?\n/)) {
    const tag = row.slice(0, 2);
    if (tag === 'ER') {
      const doi = current.get('DI')?.toLowerCase();
      if (!doi || !seen.has(doi)) records.push(current);
      if (doi) seen.add(doi);
      current = new Map();
    } else if (/^[A-Z][A-Z0-9]$/.test(tag) && row[2] === ' ') {
      current.set(tag, row.slice(3).trim());
    }
  }
  return records;
}

/** Bradford zones transcribed from bibliometrix's `bradford()` (R/bradford.R), on counts already sorted. */
function bibliometrixZones(sorted: number[]): number[] {
  const n = sorted.reduce((a, b) => a + b, 0);
  let running = 0;
  const cum = sorted.map((x) => (running += x));
  const z1 = Math.min(cum.filter((c) => c <= n / 3).length + 1, sorted.length);
  const z2 = Math.min(cum.filter((c) => c <= (2 * n) / 3).length + 1, sorted.length);
  return sorted.map((_, i) => (i + 1 <= z1 ? 1 : i + 1 <= z2 ? 2 : 3));
}

describe.skipIf(!HAS_CORPORA)(`impact queries agree with the real exports (${CORPORA})`, () => {
  const WOS = ['wos/bibliometrix__bibliometric_in_management.txt', 'wos/bibliometrix__RPT_papers.txt'];

  it.each(WOS)(
    'total citations of %s equal the sum of its TC fields, h-index as computed from them',
    async (file) => {
      const { impactSummary } = await import('@/lib/query/impact-summary');
      const records = wosRecords(file);
      const counts = records.map((r) => Number(r.get('TC'))).filter(Number.isFinite);
      const id = await importCorpus(file, parsedCorpus(file));
      const summary = await impactSummary(id, NO_FILTER);
      expect(summary.papers).toBe(records.length);
      expect(summary.citations.known).toBe(counts.length);
      expect(summary.citations.total).toBe(counts.reduce((a, b) => a + b, 0));
      expect(summary.citations.hIndex).toBe(hIndex(counts));
      expect(summary.citations.uncited).toBe(counts.filter((c) => c === 0).length);
    },
  );

  it.each(WOS)("Bradford zones of %s follow bibliometrix's rule over its SO fields", async (file) => {
    const { sourceCounts } = await import('@/lib/query/source-counts');
    const so = new Map<string, number>();
    for (const record of wosRecords(file)) {
      const name = record.get('SO');
      if (name) so.set(name, (so.get(name) ?? 0) + 1);
    }
    const id = await importCorpus(`${file} sources`, parsedCorpus(file));
    const law = bradfordLaw((await sourceCounts(id, NO_FILTER)).sources);
    const expected = bibliometrixZones([...so.values()].sort((a, b) => b - a));
    expect(law.sources.map((s) => s.papers)).toEqual([...so.values()].sort((a, b) => b - a));
    expect(law.sources.map((s) => s.zone)).toEqual(expected);
    expect(law.zones.every((z) => z.sources > 0)).toBe(true);
  });

  it('total citations of the Scopus CSV equal the sum of its "Cited by" column', async () => {
    const { impactSummary } = await import('@/lib/query/impact-summary');
    const file = 'scopus/bibliometrix__fixtures_scopus_sample.csv';
    const rows = Papa.parse<Record<string, string>>(readFileSync(path.join(CORPORA, file), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const counts = rows
      .map((r) => r['Cited by'])
      .filter((v) => v !== undefined && v.trim() !== '')
      .map(Number);
    const id = await importCorpus(file, parsedCorpus(file));
    const summary = await impactSummary(id, NO_FILTER);
    expect(summary.citations.known).toBe(counts.length);
    expect(summary.citations.total).toBe(counts.reduce((a, b) => a + b, 0));
  });

  it('the code-and-upvotes comparison of a Hugging Face daily month equals the medians of its papers', async () => {
    const { codeImpactValues } = await import('@/lib/query/code-impact-values');
    const { impactSummary } = await import('@/lib/query/impact-summary');
    const papers = parsedCorpus('hf-daily-papers').filter(
      (p) => (p.date ?? '') >= '2025-03-04' && (p.date ?? '') < '2025-04-01',
    );
    const id = await importCorpus('hf march', papers);
    const code = await codeImpactValues(id, NO_FILTER, 'upvotes', await impactSummary(id, NO_FILTER));
    const group = (status: string) =>
      medianInterval(
        papers
          .filter((p) => p.codeStatus === status && p.upvotes !== null)
          .map((p) => ({ value: p.upvotes ?? 0, count: 1 })),
      );
    expect(code.linked).toEqual(group('linked'));
    expect(code.none).toEqual(group('none'));
    expect(code.linked.n).toBeGreaterThan(50);
    expect(code.test?.p).toBeLessThan(1);
  });
});
