import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { CORPORA, corpusFiles, HAS_CORPORA } from '../query/reference';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-disk-'));
process.env.PAPERSCOPE_DATA_DIR = dir;
const { parseInParts } = await import('@/lib/store/import-disk');

const LARGE_FILES = [
  ['arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl', 'arxiv'],
  ['scopus/bibliometrix__fixtures_scopus_sample.csv', 'csv'],
  ['other/bibliometrix__fixtures_lens_sample.csv', 'csv'],
  ['other/bibliometrix__fixtures_openalex_sample.csv', 'csv'],
] as const;

describe.skipIf(!HAS_CORPORA)(`a large file read a part at a time (${CORPORA})`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const [file, format] of LARGE_FILES) {
    it(`gives the papers and problems of the whole file: ${file}`, async () => {
      const [whole] = corpusFiles(file);
      if (!whole) throw new Error(`${file} is missing`);
      const expected = parseFiles([whole], { format });
      // Parts of a few kilobytes: every part boundary falls inside the file, many inside quoted fields.
      const parts = await parseInParts(path.join(CORPORA, file), whole.name, format, {}, 3000);
      expect(parts.papers.length).toBeGreaterThan(3);
      expect(parts.papers).toEqual(expected.papers);
      expect(parts.problems).toEqual(expected.problems);
    });
  }
});
