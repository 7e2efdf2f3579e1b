import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHfListing } from '@/lib/ingest/hf-listing';
import { createCorpus, getCorpus } from '@/lib/store/corpora';
import { tagCorpus } from '@/lib/store/tagging';

export const DEFAULT_CORPUS_ID = 'default';
const DEFAULT_FILE = 'distribution-matching-search.txt';
const DEFAULT_NAME = 'Distribution matching — Hugging Face papers';

let ensured: Promise<void> | undefined;

/**
 * Imports the shipped corpus on first use, so a fresh install opens on a full dashboard. Given the corpus a
 * request names, only when it names the shipped one.
 */
export function ensureDefaultCorpus(id: string = DEFAULT_CORPUS_ID): Promise<void> {
  if (id !== DEFAULT_CORPUS_ID) return Promise.resolve();
  ensured ??= (async () => {
    if (await getCorpus(DEFAULT_CORPUS_ID)) return;
    const bytes = await readFile(path.join(process.cwd(), 'data', DEFAULT_FILE));
    const { papers, problems } = parseHfListing(new TextDecoder().decode(bytes), { file: DEFAULT_FILE });
    await createCorpus({
      id: DEFAULT_CORPUS_ID,
      name: DEFAULT_NAME,
      uploads: [{ name: DEFAULT_FILE, format: 'hf-listing', bytes }],
      papers,
      problems,
      merged: 0,
      options: { format: 'hf-listing' },
    }).catch(async (error: unknown) => {
      // Another request imported it first.
      if (!(await getCorpus(DEFAULT_CORPUS_ID))) throw error;
    });
    await tagCorpus(DEFAULT_CORPUS_ID);
  })().catch((error: unknown) => {
    ensured = undefined;
    throw error;
  });
  return ensured;
}
