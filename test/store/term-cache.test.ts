import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';
import type { TermProgress } from '@/lib/store/term-cache';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-terms-'));
process.env.PAPERSCOPE_DATA_DIR = dir;
const { getPaperTerms } = await import('@/lib/store/term-cache');

const papers = ['Diffusion models for alignment', 'Reward models for large language models'].map((title, i) =>
  newPaper({
    id: `p${i}`,
    title,
    abstract: `We study ${title.toLowerCase()}.`,
    source: { file: 't', line: i + 1 },
  }),
);

describe('getPaperTerms', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tags new texts and reads the same texts from the cache afterwards', async () => {
    const progress: TermProgress[] = [];
    const first = await getPaperTerms(papers, (p) => progress.push(p));
    expect(first[0]?.map((t) => t.key)).toContain('diffusion model');
    expect(progress.at(-1)).toEqual({ done: 2, total: 2, cached: 0 });

    progress.length = 0;
    const again = await getPaperTerms(papers, (p) => progress.push(p));
    expect(again).toEqual(first);
    expect(progress.at(-1)).toEqual({ done: 2, total: 2, cached: 2 });
  });

  it('tags the same text once when it occurs twice in one import', async () => {
    const twin = {
      ...papers[0],
      id: 'twin',
      title: 'A new title',
      abstract: 'Same text here.',
    } as (typeof papers)[0];
    const progress: TermProgress[] = [];
    await getPaperTerms([twin, { ...twin, id: 'twin2' }], (p) => progress.push(p));
    expect(progress.at(-1)).toEqual({ done: 2, total: 2, cached: 1 });
  });
});
