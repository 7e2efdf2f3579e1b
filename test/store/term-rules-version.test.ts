import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { parseFiles } from '@/lib/ingest/parse-files';
import { freshDataDir, importCorpus } from '../query/equivalence';
import { CORPORA, corpusFiles, HAS_CORPORA } from '../query/reference';

const dir = freshDataDir();
const { tagCorpus } = await import('@/lib/store/tagging');
const { refreshStaleTermRules, TERM_RULES_VERSION } = await import('@/lib/store/term-settings');
const { execute, inTransaction, queryRows } = await import('@/lib/store/database');
const { corpusStats } = await import('@/lib/query/corpus-stats');
const { sql } = await import('@/lib/store/sql');

const SOURCE = 'hf-daily-papers/2025-06-02.json';

describe.skipIf(!HAS_CORPORA)(`term rules made by an older version, on ${CORPORA}/${SOURCE}`, () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are built again at start, with everything read from them, and only then', async () => {
    const parsed = parseFiles(corpusFiles(SOURCE));
    const id = await importCorpus('daily', parsed.papers);
    await tagCorpus(id);
    const state = () =>
      queryRows<{ rules: number | null; n: number }>(sql`
        select s.rules, (select count(*)::INTEGER from term_rules where corpus_id = ${id}) as n
        from corpus_state s where s.corpus_id = ${id}`);
    const [tagged] = await state();
    expect(tagged?.rules).toBe(TERM_RULES_VERSION);
    expect(tagged?.n).toBeGreaterThan(0);
    const stats = await corpusStats(id, NO_FILTER);
    expect(await refreshStaleTermRules()).toEqual([]);

    // As an older version left it: no version kept, and other rules (none here).
    await inTransaction(async (connection) => {
      await execute(connection, sql`update corpus_state set rules = null where corpus_id = ${id}`);
      await execute(connection, sql`delete from term_rules where corpus_id = ${id}`);
    });
    expect(await refreshStaleTermRules()).toEqual([id]);
    expect(await state()).toEqual([tagged]);
    expect(await corpusStats(id, NO_FILTER)).toEqual(stats);
  }, 120_000);
});
