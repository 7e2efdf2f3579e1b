import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusStats as referenceStats } from '@/lib/analyze/corpus-stats';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { parseFiles } from '@/lib/ingest/parse-files';
import { CORPORA, HAS_CORPORA, referencePapers, referenceWeights } from '../query/reference';

const dir = mkdtempSync(path.join(tmpdir(), 'paperscope-resume-'));
const DAYS = path.join(CORPORA, 'hf-daily-papers');

/** Runs the command-line import and kills it (SIGKILL, as a crash would) once some batches of terms are stored. */
function importThenKill(files: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/import.ts', ...files, '--name', 'Cut short'],
      { env: { ...process.env, PAPERSCOPE_DATA_DIR: dir, PAPERSCOPE_TAG_WORKERS: '1' }, stdio: 'pipe' },
    );
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const done = [...log.matchAll(/Terms .*?(\d[\d,]*) of (\d[\d,]*) papers/g)].at(-1);
      if (done && Number(done[1]?.replace(/,/g, '')) >= 200) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`import ended (${code}) before it was killed:\n${log}`)),
    );
  });
}

describe.skipIf(!HAS_CORPORA)(`an import killed while tagging (${CORPORA})`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('resumes where it stopped: nothing lost, nothing stored twice, the same statistics', async () => {
    const files = readdirSync(DAYS)
      .filter((name) => /^2025-0[4-9]/.test(name))
      .map((name) => path.join(DAYS, name));
    await importThenKill(files);

    process.env.PAPERSCOPE_DATA_DIR = dir;
    const { getCorpora } = await import('@/lib/store/corpora');
    const { getTagProgress, resumeTagging, tagCorpus } = await import('@/lib/store/tagging');
    const { queryRows } = await import('@/lib/store/database');
    const { sql } = await import('@/lib/store/sql');
    const { corpusStats } = await import('@/lib/query/corpus-stats');
    const [corpus] = await getCorpora();
    if (!corpus) throw new Error('the papers were stored before tagging began');
    const cut = await getTagProgress(corpus.id);
    expect(cut?.done).toBeGreaterThanOrEqual(200);
    expect(cut?.done).toBeLessThan(corpus.papers);

    await resumeTagging();
    await tagCorpus(corpus.id);
    expect(await getTagProgress(corpus.id)).toBeNull();
    const [counts] = await queryRows<{ texts: number; tagged: number; twice: number }>(sql`
      select
        (select count(distinct text_hash)::INTEGER from papers where corpus_id = ${corpus.id}) as texts,
        (select count(*)::INTEGER from tagged_texts) as tagged,
        (select count(*)::INTEGER from (
          select text_hash, pos from text_terms group by all having count(*) > 1
        )) as twice`);
    expect(counts).toEqual({ texts: counts?.tagged, tagged: counts?.texts, twice: 0 });

    const { papers } = parseFiles(
      files.map((file) => ({ name: path.basename(file), bytes: readFileSync(file) })),
    );
    expect(papers.length).toBe(corpus.papers);
    expect(await corpusStats(corpus.id, NO_FILTER)).toEqual(
      referenceStats(referencePapers(papers), {
        termRanking: 'relevance',
        weights: referenceWeights(papers),
      }),
    );
  }, 300_000);
});
