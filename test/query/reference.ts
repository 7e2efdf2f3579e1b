import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { paperTerms } from '@/lib/analyze/paper-terms';
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
export function referencePapers(
  papers: readonly Paper[],
  settings: { stopTerms: string[]; merges: { from: string; to: string }[] } = { stopTerms: [], merges: [] },
): AnalyzedPaper[] {
  const terms = paperTerms(
    papers.map((paper) => {
      const text = termText(paper);
      let found = extracted.get(text);
      if (!found) {
        found = extractTerms(text);
        extracted.set(text, found);
      }
      return found;
    }),
    {
      stopTerms: new Set(settings.stopTerms),
      thesaurus: new Map(settings.merges.map(({ from, to }) => [from, to])),
    },
  );
  return papers.map((paper, i) => ({ ...paper, terms: terms[i] ?? [] }));
}

export function parsedCorpus(relative: string): Paper[] {
  return parseFiles(corpusFiles(relative)).papers;
}
