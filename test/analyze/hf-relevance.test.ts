import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { parseFiles } from '@/lib/ingest/parse-files';
import { STRUCK_PHRASES } from '../../scripts/struck-phrases';
import { CORPORA, corpusFiles, HAS_CORPORA, referencePapers, referenceWeights } from '../query/reference';

// Terms of the field, single words and acronyms among them.
const FIELD = [
  'large language model',
  'reinforcement learning',
  'diffusion model',
  'vision language model',
  'benchmark',
  'group relative policy optimization',
  'reasoning',
];
const FROM = '2025-10-01';

describe.skipIf(!HAS_CORPORA)(`relevance on the Hugging Face daily papers from ${FROM} in ${CORPORA}`, () => {
  it('ranks the field’s terms, single words and acronyms included, above generic academic phrases', () => {
    const folder = 'hf-daily-papers';
    const names = readdirSync(path.join(CORPORA, folder)).filter(
      (name) => name.endsWith('.json') && name >= FROM,
    );
    const papers = parseFiles(
      names.map((name) => corpusFiles(path.join(folder, name))[0] as { name: string; bytes: Uint8Array }),
    ).papers;
    expect(papers.length).toBeGreaterThan(1000);
    const analyzed = referencePapers(papers);
    const weights = referenceWeights(papers);
    const keys = (termRanking: 'relevance' | 'frequency') =>
      corpusStats(analyzed, { termLimit: 50, termRanking, weights }).topTerms.map((term) => term.key);

    const byFrequency = keys('frequency');
    expect(
      byFrequency.slice(0, 25).filter((key) => STRUCK_PHRASES.includes(key)).length,
    ).toBeGreaterThanOrEqual(3);

    const byRelevance = keys('relevance');
    expect(byRelevance.slice(0, 25).filter((key) => STRUCK_PHRASES.includes(key))).toEqual([]);
    const lastField = Math.max(...FIELD.map((key) => byRelevance.indexOf(key)));
    expect(FIELD.filter((key) => !byRelevance.includes(key))).toEqual([]);
    const firstGeneric = byRelevance.findIndex((key) => STRUCK_PHRASES.includes(key));
    if (firstGeneric >= 0) expect(lastField).toBeLessThan(firstGeneric);
  }, 120_000);
});
