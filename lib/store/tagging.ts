import 'server-only';
import { TERMS_VERSION } from '@/lib/query/paper-filter';
import { appendCorpusTerms } from '@/lib/store/corpus-terms';
import { execute, inTransaction, queryRows } from '@/lib/store/database';
import { appendTaggedTexts, appendTermRows } from '@/lib/store/paper-tables';
import { sql, textList } from '@/lib/store/sql';
import { applyTermRules } from '@/lib/store/term-settings';
import { termText } from '@/lib/store/text-hash';
import { forgetViews } from '@/lib/store/view-cache';
import type { ExtractedTerm } from '@/lib/terms/extract-terms';
import { getTagPool } from '@/lib/terms/tag-pool';
import { MAX_TAGGED_CHARS } from '@/lib/terms/tagged-text';

export interface TagProgress {
  /** Papers whose terms are stored. */
  done: number;
  total: number;
  /** Papers whose terms came from texts tagged before, in this corpus or another. */
  cached: number;
}

// Texts a worker tags at once: small enough that a batch commits every second or so, large enough that
// messages between threads cost little.
const BATCH = 128;

interface Job {
  done: Promise<void>;
  /** Set when the corpus is deleted: the job stops after the batches under way. */
  stopped: boolean;
  progress: TagProgress;
  listeners: Set<(progress: TagProgress) => void>;
}

// On globalThis: pages and route handlers are bundled apart, and must see the same running jobs. Corpora known
// to be tagged whole are remembered, so a view asks the database once.
const holder = globalThis as unknown as {
  paperscopeTagging?: { jobs: Map<string, Job>; ready: Set<string> };
};
holder.paperscopeTagging ??= { jobs: new Map(), ready: new Set() };
const { jobs, ready } = holder.paperscopeTagging;

/** How far tagging has got, or `null` once every paper of the corpus has its terms. */
export async function getTagProgress(corpusId: string): Promise<TagProgress | null> {
  const job = jobs.get(corpusId);
  if (job) return { ...job.progress };
  if (ready.has(corpusId)) return null;
  const [state] = await queryRows<{ terms: string }>(
    sql`select terms from corpus_state where corpus_id = ${corpusId}`,
  );
  if (!state) return null;
  if (state.terms === 'ready') {
    ready.add(corpusId);
    return null;
  }
  return countProgress(corpusId);
}

async function countProgress(corpusId: string): Promise<TagProgress> {
  const [row] = await queryRows<{ done: number; total: number }>(sql`
    select count(*) filter (where t.text_hash is not null)::INTEGER as done, count(*)::INTEGER as total
    from papers p
    left join tagged_texts t on t.version = ${TERMS_VERSION} and t.text_hash = p.text_hash
    where p.corpus_id = ${corpusId}`);
  return { done: row?.done ?? 0, total: row?.total ?? 0, cached: row?.done ?? 0 };
}

/**
 * Tags every text of the corpus that has no stored terms, in batches on the worker pool, each committed as it
 * finishes: a restart resumes where it stopped and never stores a text twice. Then builds the table's ranked
 * terms and marks the corpus ready. One job a corpus: a second call joins the running one.
 */
export function tagCorpus(corpusId: string, onProgress?: (progress: TagProgress) => void): Promise<void> {
  let job = jobs.get(corpusId);
  if (!job) {
    ready.delete(corpusId);
    const created: Job = {
      progress: { done: 0, total: 0, cached: 0 },
      stopped: false,
      listeners: new Set(),
      done: Promise.resolve(),
    };
    created.done = run(corpusId, created)
      .finally(() => jobs.delete(corpusId))
      .then(async () => {
        if (created.stopped) return;
        // The views of the whole corpus, ready for its first visit. Imported late: the queries read this module.
        const { warmViews } = await import('@/lib/query/views');
        await warmViews(corpusId).catch((error: unknown) => console.error(`Views of ${corpusId}:`, error));
      });
    jobs.set(corpusId, created);
    job = created;
  }
  if (onProgress) {
    job.listeners.add(onProgress);
    onProgress({ ...job.progress });
  }
  return job.done;
}

async function run(corpusId: string, job: Job): Promise<void> {
  await Promise.resolve();
  const report = () => {
    for (const listener of job.listeners) {
      try {
        listener({ ...job.progress });
      } catch {
        // A listener that went away (a closed response) never stops the tagging.
        job.listeners.delete(listener);
      }
    }
  };
  const pending = await queryRows<{ text_hash: string; n: number }>(sql`
    select p.text_hash, count(*)::INTEGER as n
    from papers p
    where p.corpus_id = ${corpusId}
      and p.text_hash not in (select text_hash from tagged_texts where version = ${TERMS_VERSION})
    group by p.text_hash
    order by min(p.ord)`);
  // Texts tagged before (by another corpus, or before a restart) need only the corpus's view of their terms. Texts
  // not tagged by this extractor lose what an older one found.
  await inTransaction(async (connection) => {
    await execute(
      connection,
      sql`delete from corpus_terms where corpus_id = ${corpusId} and text_id in (
        select text_id from papers where corpus_id = ${corpusId}
          and text_hash not in (select text_hash from tagged_texts where version = ${TERMS_VERSION}))`,
    );
    await appendCorpusTerms(
      connection,
      corpusId,
      sql`select distinct p.text_hash from papers p
        join tagged_texts t on t.version = ${TERMS_VERSION} and t.text_hash = p.text_hash
        where p.corpus_id = ${corpusId}`,
    );
  });
  const start = await countProgress(corpusId);
  job.progress = { ...start };
  report();

  const weight = new Map(pending.map(({ text_hash, n }) => [text_hash, n]));
  const batches: string[][] = [];
  for (let i = 0; i < pending.length; i += BATCH) {
    batches.push(pending.slice(i, i + BATCH).map((row) => row.text_hash));
  }
  const pool = getTagPool();
  // Keep every worker busy and the next batch's texts read: never more than two batches a worker in memory.
  let next = 0;
  const worker = async () => {
    while (next < batches.length && !job.stopped) {
      const hashes = batches[next++] ?? [];
      const texts = await queryRows<{ text_hash: string; title: string; abstract: string }>(sql`
        select text_hash, any_value(title) as title, left(any_value(abstract), ${MAX_TAGGED_CHARS}) as abstract
        from papers
        where corpus_id = ${corpusId} and text_hash in (select unnest(${textList(hashes)}::VARCHAR[]))
        group by text_hash`);
      const terms = await pool.tag(texts.map(termText));
      await storeTerms(corpusId, new Map(texts.map((t, i) => [t.text_hash, terms[i] ?? []])));
      for (const hash of hashes) job.progress.done += weight.get(hash) ?? 0;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, pool.size * 2) }, worker));
  if (job.stopped) return;

  // New keys may fall under the corpus's own stop-terms or join an acronym: then its terms are built again under
  // the new rules.
  await applyTermRules(corpusId, { whenRuled: true });
  await inTransaction((connection) =>
    execute(connection, sql`update corpus_state set terms = 'ready' where corpus_id = ${corpusId}`),
  );
  await forgetViews(corpusId);
  report();
}

/** Stops a corpus's tagging (it is being deleted) and waits for the batches under way. */
export async function stopTagging(corpusId: string): Promise<void> {
  const job = jobs.get(corpusId);
  if (!job) return;
  job.stopped = true;
  await job.done.catch(() => undefined);
}

/**
 * Stores the terms of texts not stored yet (another corpus may have tagged the same text meanwhile), and the
 * corpus's view of them, in one transaction.
 */
async function storeTerms(corpusId: string, tagged: ReadonlyMap<string, ExtractedTerm[]>): Promise<void> {
  await inTransaction(async (connection) => {
    const reader = await connection.runAndReadAll(
      'SELECT text_hash FROM tagged_texts WHERE version = $1 AND text_hash IN (SELECT unnest($2::VARCHAR[]))',
      [TERMS_VERSION, textList([...tagged.keys()])],
    );
    const known = new Set(reader.getRows().map(([hash]) => String(hash)));
    const fresh = [...tagged.keys()].filter((hash) => !known.has(hash));
    // The corpus's view of the batch is made from the batch alone, not from every text ever tagged. The batch's
    // rows are appended once, here; the texts tagged for the first time are copied from them by SQL.
    await connection.run('CREATE TEMP TABLE IF NOT EXISTS batch_terms AS SELECT * FROM text_terms LIMIT 0');
    await connection.run('DELETE FROM batch_terms');
    await appendTermRows(connection, 'batch_terms', TERMS_VERSION, tagged);
    if (fresh.length > 0) {
      await connection.run(
        'INSERT INTO text_terms SELECT * FROM batch_terms WHERE text_hash IN (SELECT unnest($1::VARCHAR[]))',
        [textList(fresh)],
      );
      await appendTaggedTexts(connection, TERMS_VERSION, fresh);
    }
    await appendCorpusTerms(connection, corpusId, sql`select distinct text_hash from batch_terms`, {
      batch: true,
    });
  });
}

/** Resumes every corpus whose tagging stopped before it finished (the server was stopped or crashed). */
export async function resumeTagging(): Promise<void> {
  // Also corpora stored before their terms were kept per corpus, and corpora tagged by an older extractor: their
  // tagging run builds them.
  const unfinished = await queryRows<{ corpus_id: string }>(
    sql`select corpus_id from corpus_state
      where terms <> 'ready'
        or corpus_id not in (select distinct corpus_id from corpus_terms)
        or corpus_id in (select corpus_id from papers
          where text_hash not in (select text_hash from tagged_texts where version = ${TERMS_VERSION}))`,
  );
  if (unfinished.length > 0) {
    await inTransaction((connection) =>
      execute(
        connection,
        sql`update corpus_state set terms = 'tagging'
          where corpus_id in (select unnest(${textList(unfinished.map((row) => row.corpus_id))}::VARCHAR[]))`,
      ),
    );
  }
  for (const { corpus_id } of unfinished) {
    tagCorpus(corpus_id).catch((error: unknown) => console.error(`Tagging ${corpus_id} failed:`, error));
  }
}
