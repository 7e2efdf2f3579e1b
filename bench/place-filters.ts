/**
 * Time of the papers table's page and of the headline statistics under a venue, institution, country, category or
 * author filter, against no filter, on corpora of growing size made from the shared Web of Science and Scopus
 * exports (with their addresses) and the arXiv sample (with its categories), copied under distinct ids:
 *   node --conditions=react-server --import tsx bench/place-filters.ts [--sizes 10000,100000] [--runs 7]
 * Each figure is the median of `runs` timings after one warm-up. Terms are not tagged: the statistics count papers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { detectFormat, PARSERS } from '@/lib/ingest/detect';
import type { Paper } from '@/lib/model';

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10000,100000' }, runs: { type: 'string', default: '7' } },
});
const runs = Number(values.runs);

const root = fileURLToPath(new URL('..', import.meta.url));
const corpora = path.resolve(root, '../shared/corpora');
const SOURCES = [
  'wos/bibliometrix__bibliometric_in_management.txt',
  'wos/bibliometrix__RPT_papers.txt',
  'bibtex/bibliometrix__wos__DISES.bib',
  'bibtex/bibliometrix__scopus__DISESscopus.bib',
  'scopus/bibliometrix__fixtures_scopus_sample.csv',
  'arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl',
];

const dataDir = mkdtempSync(path.join(tmpdir(), 'paperscope-bench-places-'));
process.env.PAPERSCOPE_DATA_DIR = dataDir;
const { createCorpus } = await import('@/lib/store/corpora');
const { papersPage } = await import('@/lib/query/papers-table');
const { corpusStats } = await import('@/lib/query/corpus-stats');

const base: Paper[] = SOURCES.flatMap((file) => {
  const text = readFileSync(path.join(corpora, file), 'utf8');
  const format = detectFormat(text, file);
  if (!format) throw new Error(`${file}: format not detected`);
  return PARSERS[format](text, { file }).papers;
});

/** `size` papers: the real ones over and over, each copy its own paper (id and title). */
function corpusOf(size: number): Paper[] {
  return Array.from({ length: size }, (_, i) => {
    const paper = base[i % base.length] as Paper;
    const copy = Math.floor(i / base.length);
    return { ...paper, id: `${paper.id}#${copy}`, title: `${paper.title} (${copy})` };
  });
}

function mostFrequent(values: readonly (string | null)[]): string {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const affiliations = base.flatMap((p) => p.affiliations);
const FILTERS: Record<string, PaperFilter> = {
  none: NO_FILTER,
  venue: { ...NO_FILTER, venue: mostFrequent(base.map((p) => p.venue)) },
  institution: { ...NO_FILTER, institution: mostFrequent(affiliations.map((a) => a.institution)) },
  country: { ...NO_FILTER, country: 'Italy' },
  category: { ...NO_FILTER, category: mostFrequent(base.flatMap((p) => p.categories)) },
  author: { ...NO_FILTER, author: 'massimo aria' },
  'country + venue': {
    ...NO_FILTER,
    country: 'Italy',
    venue: mostFrequent(
      base.filter((p) => p.affiliations.some((a) => a.country === 'Italy')).map((p) => p.venue),
    ),
  },
};

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

try {
  for (const size of values.sizes.split(',').map(Number)) {
    const papers = corpusOf(size);
    const start = performance.now();
    const { id } = await createCorpus({
      name: `places ${size}`,
      uploads: [],
      papers,
      problems: [],
      merged: 0,
    });
    console.log(
      `${size} papers (${base.length} real ones copied): stored in ${(performance.now() - start).toFixed(0)} ms`,
    );
    for (const [name, filter] of Object.entries(FILTERS)) {
      const page = await papersPage(id, {
        filter,
        q: '',
        sort: { id: 'citations', desc: true },
        page: 1,
        size: 25,
      });
      const table = await median(() =>
        papersPage(id, { filter, q: '', sort: { id: 'citations', desc: true }, page: 1, size: 25 }),
      );
      const stats = await median(() => corpusStats(id, filter, { termLimit: 25 }));
      console.log(
        `  ${name.padEnd(16)} ${String(page.selected).padStart(7)} papers · table page ${table.toFixed(1)} ms · headline statistics ${stats.toFixed(1)} ms`,
      );
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
