import 'server-only';
import { listValue } from '@duckdb/node-api';
import type { Paper } from '@/lib/model';
import { inTransaction } from '@/lib/store/database';
import { termText, textHash } from '@/lib/store/text-hash';
import { EXTRACTOR_VERSION, type ExtractedTerm, extractTerms } from '@/lib/terms/extract-terms';

export interface TermProgress {
  done: number;
  total: number;
  /** Papers whose terms came from the cache, not the tagger. */
  cached: number;
}

/**
 * The extracted terms of each paper, tagging only texts the cache has not seen. Stop-terms, thesaurus
 * and ranking apply later, so changing them never runs the tagger again.
 */
export async function getPaperTerms(
  papers: readonly Paper[],
  onProgress?: (progress: TermProgress) => void,
): Promise<ExtractedTerm[][]> {
  // Keyed by extractor version too: a better extractor re-tags, an unchanged one never does.
  const hashes = papers.map((paper) => `${EXTRACTOR_VERSION}:${textHash(paper)}`);
  const cached = await inTransaction(async (connection) => {
    const reader = await connection.runAndReadAll(
      'SELECT text_hash, terms FROM term_cache WHERE text_hash IN (SELECT unnest($1::VARCHAR[]))',
      [listValue([...new Set(hashes)])],
    );
    const found = new Map<string, ExtractedTerm[]>();
    for (const [hash, terms] of reader.getRows()) found.set(String(hash), JSON.parse(String(terms)));
    return found;
  });

  const fresh = new Map<string, ExtractedTerm[]>();
  const terms: ExtractedTerm[][] = [];
  for (const [i, paper] of papers.entries()) {
    const hash = hashes[i] ?? '';
    let result = cached.get(hash) ?? fresh.get(hash);
    if (!result) {
      result = extractTerms(termText(paper));
      fresh.set(hash, result);
      // Tagging is the slow step: let progress reach the client and other requests run.
      if (fresh.size % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    terms.push(result);
    const done = i + 1;
    if (onProgress && (done % 50 === 0 || done === papers.length)) {
      onProgress({ done, total: papers.length, cached: done - fresh.size });
    }
  }

  if (fresh.size > 0) {
    await inTransaction(async (connection) => {
      await connection.run(
        'CREATE TEMP TABLE IF NOT EXISTS term_cache_new (text_hash VARCHAR, terms VARCHAR)',
      );
      await connection.run('DELETE FROM term_cache_new');
      const appender = await connection.createAppender('term_cache_new', 'main', 'temp');
      for (const [hash, extracted] of fresh) {
        appender.appendVarchar(hash);
        appender.appendVarchar(JSON.stringify(extracted));
        appender.endRow();
      }
      appender.closeSync();
      await connection.run('INSERT OR IGNORE INTO term_cache SELECT * FROM term_cache_new');
    });
  }
  return terms;
}
