import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { paperTerms, termOptions, termsUnderSettings } from '@/lib/analyze/paper-terms';
import { relevanceWeights, termConcentrations } from '@/lib/analyze/term-relevance';
import { parseFiles } from '@/lib/ingest/parse-files';
import type { AnalyzedPaper, Paper } from '@/lib/model';
import { termText } from '@/lib/store/text-hash';
import { type ExtractedTerm, extractTerms } from '@/lib/terms/extract-terms';

export const CORPORA = path.resolve('../shared/corpora');
export const HAS_CORPORA = existsSync(CORPORA);

/** The files of a corpus path (a file, or every file of a folder but its manifest). */
export function corpusFiles(relative: string): { name: string; bytes: Uint8Array }[] {
  const full = path.join(CORPORA, relative);
  const names = statSync(full).isDirectory()
    ? readdirSync(full)
        .filter((name) => !/manifest|readme/i.test(name))
        .sort()
        .map((name) => path.join(full, name))
    : [full];
  return names.map((name) => ({ name: path.basename(name), bytes: readFileSync(name) }));
}

const extracted = new Map<string, ExtractedTerm[]>();

/** What the dashboard computed before the statistics moved into SQL: papers with terms ranked over the corpus. */
type Settings = { stopTerms: string[]; merges: { from: string; to: string }[] };

function extractedTerms(papers: readonly Paper[]): ExtractedTerm[][] {
  return papers.map((paper) => {
    const text = termText(paper);
    let found = extracted.get(text);
    if (!found) {
      found = extractTerms(text);
      extracted.set(text, found);
    }
    return found;
  });
}

export function referencePapers(
  papers: readonly Paper[],
  settings: Settings = { stopTerms: [], merges: [] },
): AnalyzedPaper[] {
  const extracted = extractedTerms(papers);
  const terms = paperTerms(extracted, termOptions(extracted, settings));
  return papers.map((paper, i) => ({ ...paper, terms: terms[i] ?? [] }));
}

/** Each term's weight in the relevance ranking, over the whole corpus, as the store computes it. */
export function referenceWeights(
  papers: readonly Paper[],
  settings: Settings = { stopTerms: [], merges: [] },
): Map<string, number> {
  const extracted = extractedTerms(papers);
  return relevanceWeights(
    termConcentrations(termsUnderSettings(extracted, termOptions(extracted, settings))),
  );
}

export function parsedCorpus(relative: string): Paper[] {
  return parseFiles(corpusFiles(relative)).papers;
}
