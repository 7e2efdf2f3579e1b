/**
 * Synthetic corpora of any size, written as Hugging Face daily papers JSON (one file a synthetic day), built
 * from the real daily-papers dumps in `../shared/corpora/hf-daily-papers` so terms, lengths and author
 * skew stay realistic.
 *   fresh: every title + abstract is a new text (a real paper's title and first sentence, then sentences of
 *          other papers of the same month), so every paper costs the tagger.
 *   reuse: titles and abstracts drawn from a pool of fresh texts, so past the pool the tagger's cache answers;
 *          ids, dates, authors and repositories are still each paper's own.
 * No two papers merge as duplicates: each has its own arXiv id (9xxx.xxxxx, never a real one) and no DOI; equal
 * titles merge only when the identifiers do not contradict it (lib/ingest/merge-duplicates.ts).
 *   tsx bench/synthetic-corpus.ts --size 10000 --mode fresh --out DIR [--seed 1] [--pool 10000] [--check]
 * `--check` reads the folder back with the importer's parser (whole corpus in memory: for samples).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFiles } from '@/lib/ingest/parse-files';
import { textHash } from '@/lib/store/text-hash';
import { projectRoot } from './server';

export type SyntheticMode = 'fresh' | 'reuse';

export interface SyntheticOptions {
  dir: string;
  size: number;
  mode: SyntheticMode;
  seed?: number;
  /** Distinct texts in reuse mode. */
  pool?: number;
  /** Called after each file written. */
  onProgress?: (papers: number, files: number) => void;
}

export interface SyntheticResult {
  papers: number;
  files: number;
  bytes: number;
  ms: number;
  /** Distinct title + abstract texts, that is, texts the tagger has to read. */
  texts: number;
}

export const SHARED_HF_DAILY = path.resolve(projectRoot, '../shared/corpora/hf-daily-papers');

const FIRST_DAY = Date.UTC(2019, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY_MS = 86_400_000;
// Hugging Face's own files hold 5–60 papers a day; a few hundred keeps the file count of 1M papers near 1,500.
const PAPERS_PER_FILE = 650;
// Papers before the day Hugging Face added `githubRepo` whose whole file lacks the field read as code unknown.
const REPO_FIELD_SINCE = Date.UTC(2025, 2, 4);
const LEGACY_FILE_SHARE = 0.1;
const REPO_SHARE = 0.4;
// Share of author slots swapped for another author, so clones of one real paper get lists of their own.
const AUTHOR_SWAP_SHARE = 0.15;
const URLISH = /https?:|www\.|github|\.com\b|\.org\b|huggingface/i;

/** Seeded PRNG (mulberry32): the same seed writes the same bytes. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)] as T,
    chance: (p: number) => next() < p,
  };
}
type Random = ReturnType<typeof random>;

interface SourcePaper {
  title: string;
  /** Usable sentences of the abstract, in order (no URLs: links are the generator's to set). */
  sentences: string[];
  /** How many sentences the real abstract has: the synthetic one gets as many. */
  length: number;
  month: string;
  authors: number[];
}

interface Source {
  papers: SourcePaper[];
  byMonth: Map<string, SourcePaper[]>;
  /** Every author slot of every paper: drawing from it gives prolific authors their real share. */
  slots: number[];
  firstNames: string[];
  lastNames: string[];
  authorFirst: string[];
  authorName: string[];
}

/** The real papers, read with the project's own parser (it knows the `repr()` and `{status, data}` files). */
export function loadSource(dir = SHARED_HF_DAILY): Source {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
  if (files.length === 0) throw new Error(`no Hugging Face daily files in ${dir}`);
  const { papers } = parseFiles(files);

  const authorIndex = new Map<string, number>();
  const authorName: string[] = [];
  const authorFirst: string[] = [];
  const lastNames = new Set<string>();
  const firstNames = new Set<string>();
  const slots: number[] = [];
  const out: SourcePaper[] = [];
  for (const paper of papers) {
    const sentences = splitSentences(paper.abstract);
    const usable = sentences.filter((s) => s.length >= 30 && s.length <= 500 && !URLISH.test(s));
    if (!paper.title || usable.length === 0 || URLISH.test(paper.title)) continue;
    const authors = paper.authors.map((name) => {
      let index = authorIndex.get(name);
      if (index === undefined) {
        index = authorName.length;
        authorIndex.set(name, index);
        authorName.push(name);
        const parts = name.split(' ');
        const last = parts.length > 1 ? (parts.pop() as string) : '';
        authorFirst.push(parts.join(' '));
        if (last) lastNames.add(last);
        if (parts.length > 0) firstNames.add(parts.join(' '));
      }
      slots.push(index);
      return index;
    });
    out.push({
      title: paper.title,
      sentences: usable,
      length: Math.min(12, Math.max(3, sentences.length)),
      month: paper.date?.slice(0, 7) ?? 'undated',
      authors,
    });
  }
  const byMonth = new Map<string, SourcePaper[]>();
  for (const paper of out) byMonth.set(paper.month, [...(byMonth.get(paper.month) ?? []), paper]);
  return {
    papers: out,
    byMonth,
    slots,
    firstNames: [...firstNames],
    lastNames: [...lastNames],
    authorFirst,
    authorName,
  };
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z(“"])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface Text {
  title: string;
  abstract: string;
  source: SourcePaper;
}

/** New texts: the base paper's title and first sentence, then sentences of other papers of its month. */
function freshTexts(source: Source, rng: Random) {
  const seen = new Set<string>();
  let order: SourcePaper[] = [];
  return (): Text => {
    for (;;) {
      // Each real paper is a base once per pass, in a new order each pass.
      if (order.length === 0) order = shuffled(source.papers, rng);
      const base = order.pop() as SourcePaper;
      const neighbours = source.byMonth.get(base.month) ?? source.papers;
      const sentences = [base.sentences[0] as string];
      while (sentences.length < base.length) {
        const other = rng.pick(neighbours.length > 1 ? neighbours : source.papers);
        sentences.push(rng.pick(other.sentences));
      }
      const abstract = sentences.join(' ');
      const hash = createHash('sha1').update(`${base.title}\n${abstract}`).digest('base64');
      if (seen.has(hash)) continue;
      seen.add(hash);
      return { title: base.title, abstract, source: base };
    }
  };
}

function shuffled<T>(items: readonly T[], rng: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Author lists of real shape: a real paper's list, each author one of `clones` namesakes, a few swapped. */
function authorLists(source: Source, size: number) {
  // Each real author becomes `clones` synthetic ones with about as many papers each as in the real dumps.
  const clones = Math.max(1, Math.ceil(size / source.papers.length));
  const name = (author: number, clone: number) => {
    const real = source.authorName[author] as string;
    if (clone === 0) return real;
    const first = source.authorFirst[author] || real;
    const mix = Math.imul(author + 1, 0x9e3779b1) ^ Math.imul(clone, 0x85ebca77);
    return `${first} ${source.lastNames[(mix >>> 0) % source.lastNames.length]}`;
  };
  return (template: SourcePaper, rng: Random): string[] => {
    const clone = rng.int(clones);
    const names = new Set<string>();
    for (const author of template.authors) {
      names.add(
        rng.chance(AUTHOR_SWAP_SHARE) ? name(rng.pick(source.slots), rng.int(clones)) : name(author, clone),
      );
    }
    return [...names];
  };
}

function slug(text: string, words: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

/** `9000.00001`: new-style arXiv ids no real paper has (the 90s had old-style ids). */
function arxivId(n: number): string {
  return `9${String(Math.floor(n / 100_000)).padStart(3, '0')}.${String(n % 100_000).padStart(5, '0')}`;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Writes the corpus file by file; only one file's records are in memory at a time. */
export function writeSyntheticCorpus(options: SyntheticOptions, source = loadSource()): SyntheticResult {
  const start = performance.now();
  const { dir, size, mode } = options;
  const rng = random(options.seed ?? 1);
  mkdirSync(dir, { recursive: true });

  const nextFresh = freshTexts(source, rng);
  const poolSize = Math.min(size, options.pool ?? 10_000);
  const pool: Text[] = mode === 'reuse' ? Array.from({ length: poolSize }, nextFresh) : [];
  const authorsOf = authorLists(source, size);

  const days = (LAST_DAY - FIRST_DAY) / DAY_MS + 1;
  const files = Math.ceil(size / Math.max(PAPERS_PER_FILE, Math.ceil(size / days)));
  // Later days hold more papers (0.5× to 1.5× the mean), as the field grows.
  const weights = Array.from({ length: files }, (_, i) => 0.5 + (files > 1 ? i / (files - 1) : 0.5));
  const weightSum = weights.reduce((a, b) => a + b, 0);

  let written = 0;
  let bytes = 0;
  for (let file = 0; file < files; file++) {
    const target =
      file === files - 1
        ? size
        : Math.min(
            size - (files - file - 1),
            written + Math.max(1, Math.round((size * (weights[file] as number)) / weightSum)),
          );
    const firstDay = FIRST_DAY + Math.floor((file * days) / files) * DAY_MS;
    const lastDay = FIRST_DAY + (Math.floor(((file + 1) * days) / files) - 1) * DAY_MS;
    const legacy = lastDay < REPO_FIELD_SINCE && rng.chance(LEGACY_FILE_SHARE);
    const records: unknown[] = [];
    for (; written < target; written++) {
      const text =
        mode === 'fresh' ? nextFresh() : (pool[written < poolSize ? written : rng.int(poolSize)] as Text);
      const id = arxivId(written + 1);
      const published = new Date(
        firstDay + rng.int(lastDay - firstDay + DAY_MS) + rng.int(DAY_MS),
      ).toISOString();
      const authors = authorsOf(mode === 'fresh' ? text.source : rng.pick(source.papers), rng);
      const repo =
        !legacy && rng.chance(REPO_SHARE)
          ? `https://github.com/${slug(authors[0] ?? 'lab', 3) || 'lab'}/${slug(text.title, 3) || 'code'}-${id.replace('.', '')}`
          : undefined;
      records.push({
        paper: {
          id,
          authors: authors.map((name) => ({ name })),
          publishedAt: published,
          submittedOnDailyAt: `${isoDay(lastDay)}T08:00:00.000Z`,
          title: text.title,
          summary: text.abstract,
          upvotes: Math.floor(1 / (1 - rng.next() * 0.98)),
          ...(legacy ? {} : { githubRepo: repo }),
        },
        publishedAt: published,
        title: text.title,
        numComments: rng.chance(0.6) ? 0 : 1 + rng.int(8),
        isAuthorParticipating: rng.chance(0.3),
      });
    }
    const json = JSON.stringify(records, null, 2);
    writeFileSync(path.join(dir, `${isoDay(lastDay)}.json`), json);
    bytes += Buffer.byteLength(json);
    options.onProgress?.(written, file + 1);
  }
  return {
    papers: written,
    files,
    bytes,
    ms: performance.now() - start,
    texts: mode === 'fresh' ? size : poolSize,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10000' },
      mode: { type: 'string', default: 'fresh' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      pool: { type: 'string', default: '10000' },
      check: { type: 'boolean', default: false },
    },
  });
  if (!values.out || (values.mode !== 'fresh' && values.mode !== 'reuse')) {
    console.error(
      'usage: tsx bench/synthetic-corpus.ts --size N --mode fresh|reuse --out DIR [--seed 1] [--pool 10000] [--check]',
    );
    process.exit(2);
  }
  const loadStart = performance.now();
  const source = loadSource();
  console.log(
    `source: ${source.papers.length} real papers, ${source.authorName.length} authors, ` +
      `read in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`,
  );
  const result = writeSyntheticCorpus(
    {
      dir: values.out,
      size: Number(values.size),
      mode: values.mode,
      seed: Number(values.seed),
      pool: Number(values.pool),
      onProgress: (papers, files) => {
        if (files % 100 === 0) process.stderr.write(`  ${papers} papers, ${files} files\n`);
      },
    },
    source,
  );
  console.log(
    `${values.mode}: ${result.papers} papers (${result.texts} distinct texts) in ${result.files} files, ` +
      `${(result.bytes / 1e6).toFixed(1)} MB in ${(result.ms / 1000).toFixed(1)} s ` +
      `(${Math.round(result.papers / (result.ms / 1000))} papers/s)`,
  );
  if (values.check) console.log(checkCorpus(values.out));
}

/** What the importer's parser makes of a written folder: papers, merges, problems, distinct texts, code, authors. */
export function checkCorpus(dir: string): string {
  const start = performance.now();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(dir, name)) }));
  const { papers, merged, problems } = parseFiles(files);
  const code = { linked: 0, none: 0, unknown: 0 };
  const perAuthor = new Map<string, number>();
  const years = new Map<string, number>();
  for (const paper of papers) {
    code[paper.codeStatus]++;
    for (const author of paper.authors) perAuthor.set(author, (perAuthor.get(author) ?? 0) + 1);
    const year = paper.date?.slice(0, 4) ?? 'undated';
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const counts = [...perAuthor.values()].sort((a, b) => b - a);
  const texts = new Set(papers.map(textHash)).size;
  const once = counts.filter((c) => c === 1).length;
  return [
    `check: ${papers.length} papers, ${merged} merged, ${problems.length} problems, ${texts} distinct texts ` +
      `(parsed in ${((performance.now() - start) / 1000).toFixed(1)} s)`,
    `  code: ${code.linked} linked, ${code.none} none, ${code.unknown} unknown`,
    `  authors: ${counts.length}; ${((100 * once) / counts.length).toFixed(0)}% with one paper; ` +
      `most papers by one author: ${counts.slice(0, 5).join(', ')}`,
    `  years: ${[...years]
      .sort()
      .map(([y, n]) => `${y} ${n}`)
      .join(', ')}`,
  ].join('\n');
}
