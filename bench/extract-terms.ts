/**
 * Time of term extraction per abstract, on a fixed sample of real title + abstract texts: every fourth
 * Hugging Face daily-papers file plus Web of Science and Scopus exports of the shared corpora.
 *   npx tsx bench/extract-terms.ts [--runs 3]
 * Prints the median of the runs, after one warm-up pass over the whole sample.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseFiles } from '../lib/ingest/parse-files.ts';
import { termText } from '../lib/store/text-hash.ts';
import { extractTerms } from '../lib/terms/extract-terms.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));

const projectRoot = path.resolve(import.meta.dirname, '..');
const corpora = path.resolve(projectRoot, '../shared/corpora');

const HF_EVERY = 4;
const HF_LIMIT = 500;
const EXPORTS = [
  'wos/bibliometrix__RPT_papers.txt',
  'wos/bibliometrix__bibliometric_in_management.txt',
  'bibtex/bibliometrix__scopus__scopus.bib',
  'scopus/bibliometrix__fixtures_scopus_sample.csv',
];

function sample(): string[] {
  const hfDir = path.join(corpora, 'hf-daily-papers');
  const hfFiles = readdirSync(hfDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .filter((_, i) => i % HF_EVERY === 0)
    .map((name) => path.join(hfDir, name));
  const read = (files: readonly string[]) =>
    parseFiles(files.map((file) => ({ name: path.basename(file), bytes: readFileSync(file) })))
      .papers.filter((paper) => paper.abstract.trim() !== '')
      .map(termText);
  const hf = read(hfFiles).slice(0, HF_LIMIT);
  const exports = read(EXPORTS.map((file) => path.join(corpora, file)));
  return [...hf, ...exports];
}

interface Run {
  wall: number;
  /** Process CPU time: steadier than the wall clock when other work shares the machine. */
  cpu: number;
}

function timeOnce(texts: readonly string[]): Run {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const text of texts) extractTerms(text);
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

const texts = sample();
const characters = texts.reduce((sum, text) => sum + text.length, 0);
console.log(`${texts.length} texts, ${Math.round(characters / texts.length)} characters on average`);
timeOnce(texts);
const times = Array.from({ length: runs }, () => timeOnce(texts));
const perText = median(times.map((run) => run.wall)) / texts.length;
const cpuPerText = median(times.map((run) => run.cpu)) / texts.length;
console.log(`runs ${times.map((run) => `${(run.wall / 1000).toFixed(2)} s`).join(', ')}`);
console.log(
  `median ${perText.toFixed(2)} ms an abstract (CPU ${cpuPerText.toFixed(2)} ms), ${Math.round(1000 / perText)} texts/s`,
);
