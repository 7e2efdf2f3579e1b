import 'server-only';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { detectFormat, type Format } from '@/lib/ingest/detect';
import { mergeDuplicates } from '@/lib/ingest/merge-duplicates';
import { type ImportedFile, parseFiles, type UsedIds, withUniqueId } from '@/lib/ingest/parse-files';
import type { Merge, Paper, Problem } from '@/lib/model';
import { type CorpusInfo, createCorpus } from '@/lib/store/corpora';
import { type ImportTimings, refuseUnreadable } from '@/lib/store/import-corpus';
import { type TagProgress, tagCorpus } from '@/lib/store/tagging';

// Files above this size are read a part at a time when their format has one record a line (JSON lines) or a
// record a row (CSV): a multi-gigabyte snapshot never becomes one string.
const WHOLE_FILE_LIMIT = 64 * 1024 * 1024;
const PART_CHARS = 16 * 1024 * 1024;

export type DiskProgress =
  | { stage: 'parsing'; file: string; files: number; done: number; bytes: number; totalBytes: number }
  | { stage: 'saving'; papers: number }
  | { stage: 'saved'; corpus: CorpusInfo }
  | ({ stage: 'terms' } & TagProgress);

export interface DiskImport {
  corpus: CorpusInfo;
  papers: number;
  merged: number;
  merges: Merge[];
  problems: Problem[];
  files: ImportedFile[];
  timings: ImportTimings;
}

/** Every file under the given paths (folders walked in name order, hidden files left out). */
export async function filesUnder(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const given of paths) {
    const info = await stat(given);
    if (!info.isDirectory()) {
      found.push(given);
      continue;
    }
    const entries = (await readdir(given)).filter((name) => !name.startsWith('.')).sort();
    // Appended one by one: a folder of hundreds of thousands of files would pass the limit on a call's arguments.
    for (const file of await filesUnder(entries.map((name) => path.join(given, name)))) found.push(file);
  }
  return found;
}

/**
 * Imports files from disk as one corpus, as the upload does but with no size limit: each file is read and
 * parsed on its own (large JSON-lines and CSV files a part at a time), duplicates merged across all, the
 * corpus stored, then tagged on the worker pool. A file that cannot be read stops the import before anything
 * is stored.
 */
export async function importFromDisk(
  paths: readonly string[],
  options: { name: string; format?: Format; pageYear?: number },
  onProgress: (progress: DiskProgress) => void = () => undefined,
): Promise<DiskImport> {
  const start = performance.now();
  const files = await filesUnder(paths);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  const totalBytes = sizes.reduce((sum, n) => sum + n, 0);
  const names = uniqueNames(files);
  const papers: Paper[] = [];
  const problems: Problem[] = [];
  const summaries: ImportedFile[] = [];
  const usedIds: UsedIds = { ids: new Set(), nextSuffix: new Map() };
  let bytes = 0;
  for (const [i, file] of files.entries()) {
    const name = names[i] ?? path.basename(file);
    onProgress({ stage: 'parsing', file: name, files: files.length, done: i, bytes, totalBytes });
    const result = await parseFile(file, name, sizes[i] ?? 0, options);
    for (const paper of result.papers) papers.push(withUniqueId(paper, usedIds));
    for (const problem of result.problems) problems.push(problem);
    summaries.push({
      name,
      format: result.format,
      papers: result.papers.length,
      problems: result.problems.length,
    });
    bytes += sizes[i] ?? 0;
  }
  refuseUnreadable(papers.length, problems);
  const merged = mergeDuplicates(papers);
  for (const problem of merged.problems) problems.push(problem);
  papers.length = 0;
  const parsed = performance.now();

  onProgress({ stage: 'saving', papers: merged.papers.length });
  const corpus = await createCorpus({
    name: options.name,
    uploads: files.map((file, i) => ({
      name: names[i] ?? path.basename(file),
      format: summaries[i]?.format ?? null,
      read: () => readFile(file),
    })),
    papers: merged.papers,
    problems,
    merged: merged.merged,
    merges: merged.merges,
    options: { format: options.format ?? null, pageYear: options.pageYear ?? null },
  });
  const saved = performance.now();
  onProgress({ stage: 'saved', corpus });
  const count = merged.papers.length;
  merged.papers.length = 0;
  await tagCorpus(corpus.id, (p) => onProgress({ stage: 'terms', ...p }));
  return {
    corpus,
    papers: count,
    merged: merged.merged,
    merges: merged.merges,
    problems,
    files: summaries,
    timings: {
      parse: Math.round(parsed - start),
      save: Math.round(saved - parsed),
      terms: Math.round(performance.now() - saved),
    },
  };
}

/** Names as the corpus shows them: the base name, with the folder when two files share one. */
function uniqueNames(files: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(path.basename(file), (counts.get(path.basename(file)) ?? 0) + 1);
  return files.map((file) =>
    (counts.get(path.basename(file)) ?? 0) > 1
      ? path.join(path.basename(path.dirname(file)), path.basename(file))
      : path.basename(file),
  );
}

export interface FileResult {
  format: Format | null;
  papers: Paper[];
  problems: Problem[];
}

async function parseFile(
  file: string,
  name: string,
  size: number,
  options: { format?: Format; pageYear?: number },
): Promise<FileResult> {
  const parseOptions = { format: options.format, pageYear: options.pageYear };
  if (size > WHOLE_FILE_LIMIT) {
    const head = await readHead(file);
    const format = options.format ?? detectFormat(head, name);
    if ((format === 'arxiv' && head.trimStart().startsWith('{')) || format === 'csv') {
      return parseInParts(file, name, format, parseOptions);
    }
  }
  const result = parseFiles([{ name, bytes: await readFile(file) }], parseOptions);
  return { format: result.files[0]?.format ?? null, papers: result.papers, problems: result.problems };
}

async function readHead(file: string): Promise<string> {
  const stream = createReadStream(file, { start: 0, end: 256 * 1024 - 1 });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new TextDecoder().decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
}

/**
 * A JSON-lines or CSV file read a part at a time: each part ends at a record boundary (for CSV, a line end
 * outside quotes) and is parsed as a file of its own (CSV parts with the header line), then lines and
 * line-based ids are moved back to where they are in the whole file.
 */
export async function parseInParts(
  file: string,
  name: string,
  format: Format,
  options: { format?: Format; pageYear?: number },
  partChars = PART_CHARS,
): Promise<FileResult> {
  const papers: Paper[] = [];
  const problems: Problem[] = [];
  const decoder = new TextDecoder();
  let pending = '';
  let header: string | null = null;
  // File line of the first line of `pending`.
  let line = 1;
  let first = true;

  const flush = (text: string, startLine: number) => {
    const prefix = header === null ? '' : `${header}\n`;
    const shift = startLine - 1 - (header === null ? 0 : 1);
    const result = parseFiles([{ name, bytes: new TextEncoder().encode(prefix + text) }], {
      ...options,
      format,
    });
    for (const paper of result.papers) {
      const at = paper.source.line + shift;
      const id = paper.id === `${name}:${paper.source.line}` ? `${name}:${at}` : paper.id;
      papers.push({ ...paper, id, source: { ...paper.source, line: at } });
    }
    for (const problem of result.problems) problems.push({ ...problem, line: problem.line + shift });
  };

  const cut = (text: string): number => {
    if (format !== 'csv') return text.lastIndexOf('\n') + 1;
    let quotes = 0;
    let end = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quotes++;
      else if (c === 10 && quotes % 2 === 0) end = i + 1;
    }
    return end;
  };

  const take = (final: boolean) => {
    let text = pending;
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      if (format === 'csv') {
        const headerEnd = cut(text.slice(0, text.indexOf('\n') + 1)) || text.indexOf('\n') + 1;
        header = text.slice(0, headerEnd).replace(/\r?\n$/, '');
        text = text.slice(headerEnd);
        line += 1;
      }
      first = false;
    }
    const end = final ? text.length : cut(text);
    if (end === 0) {
      pending = text;
      return;
    }
    const part = text.slice(0, end);
    pending = text.slice(end);
    flush(part, line);
    for (let i = 0; i < part.length; i++) if (part.charCodeAt(i) === 10) line++;
  };

  for await (const chunk of createReadStream(file, { highWaterMark: Math.min(4 * 1024 * 1024, partChars) })) {
    pending += decoder.decode(chunk as Buffer, { stream: true });
    if (pending.length >= partChars) take(false);
  }
  pending += decoder.decode();
  if (pending.trim()) take(true);
  return { format, papers, problems };
}
