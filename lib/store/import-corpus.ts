import 'server-only';
import type { Format } from '@/lib/ingest/detect';
import type { ImportResult } from '@/lib/ingest/parse-files';
import { getParsePool, type UploadedFile } from '@/lib/ingest/parse-pool';
import type { Merge, Problem } from '@/lib/model';
import { type CorpusInfo, createCorpus } from '@/lib/store/corpora';
import { tagCorpus } from '@/lib/store/tagging';
import { forgetViews } from '@/lib/store/view-cache';

export type { UploadedFile };

export interface ImportOptions {
  name: string;
  format?: Format;
  pageYear?: number;
}

export type ImportProgress =
  | { stage: 'parsing'; files: number }
  | { stage: 'saving'; papers: number }
  | { stage: 'saved'; corpus: CorpusInfo; url: string }
  | { stage: 'terms'; done: number; total: number; cached: number };

/** An import that cannot go ahead; nothing was stored. */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

export interface ImportPreview {
  papers: number;
  merged: number;
  /** Every merge: the two records and why. */
  merges: Merge[];
  problems: Problem[];
  files: ImportResult['files'];
}

/** Milliseconds each stage of an import took. */
export interface ImportTimings {
  parse: number;
  terms: number;
  save: number;
}

function preview(result: ImportResult): ImportPreview {
  return {
    papers: result.papers.length,
    merged: result.merged,
    merges: result.merges,
    problems: result.problems,
    files: result.files,
  };
}

/**
 * Parses on a worker thread, so other requests are answered meanwhile. The files' bytes go to the worker and come
 * back (never copied): use the returned files, not the ones passed in.
 */
async function parse(
  files: UploadedFile[],
  options: ImportOptions,
): Promise<{ result: ImportResult; files: UploadedFile[] }> {
  const parsed = await getParsePool().parse(files, {
    ...(options.format !== undefined ? { format: options.format } : {}),
    ...(options.pageYear !== undefined ? { pageYear: options.pageYear } : {}),
  });
  refuseUnreadable(parsed.result.papers.length, parsed.result.problems);
  return parsed;
}

/** Refuses an import with a file that cannot be read whole, or with no paper at all, naming the first cause. */
export function refuseUnreadable(papers: number, problems: Problem[]): void {
  const fatal = problems.filter((p) => p.fatal);
  if (fatal.length > 0) {
    const [first] = fatal;
    const others = fatal.length > 1 ? ` (and ${fatal.length - 1} more files)` : '';
    throw new ImportRefused(
      `Nothing was imported: ${first?.file}, line ${first?.line}: ${first?.message}${others} Remove or fix it and try again.`,
      problems,
    );
  }
  if (papers === 0) {
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    throw new ImportRefused(
      first ? `No papers could be read. ${first.file}: ${first.message}` : 'No papers could be read.',
      problems,
    );
  }
}

/** What an import would give, without storing anything. */
export async function previewImport(files: UploadedFile[], options: ImportOptions): Promise<ImportPreview> {
  return preview((await parse(files, options)).result);
}

/**
 * Parses and stores a new corpus in one transaction, then extracts its terms (re-using texts tagged before) on
 * the worker pool. The corpus is usable from the `saved` event on; if the server stops before tagging ends, it
 * resumes when the server comes back.
 */
export async function importCorpus(
  files: UploadedFile[],
  options: ImportOptions,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<{ corpus: CorpusInfo; preview: ImportPreview; timings: ImportTimings }> {
  const start = performance.now();
  onProgress({ stage: 'parsing', files: files.length });
  const { result, files: read } = await parse(files, options);
  const parsed = performance.now();
  onProgress({ stage: 'saving', papers: result.papers.length });
  const corpus = await createCorpus({
    name: options.name,
    uploads: read.map((file, i) => ({
      name: file.name,
      format: result.files[i]?.format ?? null,
      bytes: file.bytes,
    })),
    papers: result.papers,
    problems: result.problems,
    merged: result.merged,
    merges: result.merges,
    options: { format: options.format ?? null, pageYear: options.pageYear ?? null },
  });
  await forgetViews(corpus.id);
  const saved = performance.now();
  onProgress({ stage: 'saved', corpus, url: `/corpora/${corpus.id}` });
  // Stored papers are never lost to a failed tagging: the queue picks it up again when the server restarts.
  await tagCorpus(corpus.id, (p) => onProgress({ stage: 'terms', ...p })).catch((error: unknown) =>
    console.error(`Tagging ${corpus.id} stopped; it resumes when the server restarts.`, error),
  );
  const timings = {
    parse: Math.round(parsed - start),
    save: Math.round(saved - parsed),
    terms: Math.round(performance.now() - saved),
  };
  return { corpus, preview: preview(result), timings };
}
