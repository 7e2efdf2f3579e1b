/**
 * Scores the term extractor on gold keyphrases (Hulth 2003, Inspec) with the protocol of
 * ../shared/corpora/keyphrase/README.md (beside the project root). The ranking is rankTerms with the collection's
 * relevance weights, exactly as the dashboard ranks a paper's terms.
 *
 *   npm run eval:terms -- [--dir FOLDER] [--out FILE] [--limit N]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { relevanceWeights, termConcentrations } from '../lib/analyze/term-relevance.ts';
import { type ExtractedTerm, extractTerms } from '../lib/terms/extract-terms.ts';
import {
  formatKeyphraseScore,
  type KeyphraseScore,
  keyphraseScore,
  macroAverage,
} from '../lib/terms/keyphrase-score.ts';
import { documentFrequency, rankTerms } from '../lib/terms/rank-terms.ts';
import { isStopTerm } from '../lib/terms/stop-terms.ts';

// Beside the project root, wherever the command runs from.
const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DIR = resolve(PROJECT_ROOT, '../shared/corpora/keyphrase/inspec-dev');

interface Options {
  dir: string;
  out: string | null;
  limit: number | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dir: DEFAULT_DIR, out: null, limit: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--dir' && value) options.dir = value;
    else if (flag === '--out' && value) options.out = value;
    else if (flag === '--limit' && value && /^\d+$/.test(value)) options.limit = Number(value);
    else
      throw new Error(
        `Unknown or incomplete option: ${flag}\nUsage: eval-terms [--dir FOLDER] [--out FILE] [--limit N]`,
      );
    i++;
  }
  return options;
}

/** Title and abstract of an Inspec document: continuation lines start with a tab, records end at a line break. */
function readDocument(path: string): string {
  const [title = '', ...abstract] = readFileSync(path, 'utf8')
    .replace(/\r?\n\t/g, ' ')
    .trim()
    .split(/\r?\n/);
  return `${title.trim()}\n${abstract.join(' ').trim()}`;
}

function readGold(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What a term stands for, without the acronym its label shows: "large language model (LLM)" → "large language model". */
function phraseOf(term: ExtractedTerm): string {
  return term.label.replace(/\s*\([^()]*\)$/, '');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const ids = readdirSync(join(options.dir, 'docs'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const chosen = options.limit === null ? ids : ids.slice(0, options.limit);
  const extracted = chosen.map((id) => extractTerms(readDocument(join(options.dir, 'docs', `${id}.txt`))));
  const tagged = performance.now();
  const kept = extracted.map((terms) => terms.filter((term) => !isStopTerm(term.key)));
  const corpus = documentFrequency(kept);
  const weights = relevanceWeights(termConcentrations(kept));
  const at5: KeyphraseScore[] = [];
  const at10: KeyphraseScore[] = [];
  const ranked: Record<string, string[]> = {};
  chosen.forEach((id, i) => {
    const phrases = rankTerms(kept[i] ?? [], corpus, { weights }).map(phraseOf);
    const gold = readGold(join(options.dir, 'keys', `${id}.key`));
    at5.push(keyphraseScore(phrases, gold, 5));
    at10.push(keyphraseScore(phrases, gold, 10));
    ranked[id] = phrases;
  });
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`${chosen.length} documents from ${options.dir}`);
  console.log(formatKeyphraseScore('@5 ', macroAverage(at5)));
  console.log(formatKeyphraseScore('@10', macroAverage(at10)));
  console.log(`extraction ${seconds(tagged - started)}, total ${seconds(performance.now() - started)}`);
  if (options.out) {
    writeFileSync(options.out, `${JSON.stringify(ranked, null, 2)}\n`);
    console.log(`ranked terms written to ${options.out}`);
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
