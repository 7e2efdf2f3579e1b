import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { parseFiles } from '@/lib/ingest/parse-files';
import { STRUCK_PHRASES } from '../../scripts/struck-phrases';
import {
  CORPORA,
  corpusFiles,
  HAS_CORPORA,
  parsedCorpus,
  referencePapers,
  referenceWeights,
} from '../query/reference';

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

/** The shared Hugging Face daily dumps of `from` on. */
function dailyPapers(from: string) {
  const folder = 'hf-daily-papers';
  const names = readdirSync(path.join(CORPORA, folder)).filter(
    (name) => name.endsWith('.json') && name >= from,
  );
  return parseFiles(
    names.map((name) => corpusFiles(path.join(folder, name))[0] as { name: string; bytes: Uint8Array }),
  ).papers;
}

describe.skipIf(!HAS_CORPORA)(`relevance on the Hugging Face daily papers from ${FROM} in ${CORPORA}`, () => {
  it('ranks the field’s terms, single words and acronyms included, above generic academic phrases', () => {
    const papers = dailyPapers(FROM);
    expect(papers.length).toBeGreaterThan(1000);
    const analyzed = referencePapers(papers);
    const weights = referenceWeights(papers);
    const keys = (termRanking: 'relevance' | 'frequency') =>
      corpusStats(analyzed, { termLimit: 50, termRanking, weights }).topTerms.map((term) => term.key);

    // By frequency, generic phrases that no stop-term catches ("success rate", "training data") still rank high.
    const byFrequency = keys('frequency');
    expect(
      byFrequency.slice(0, 25).filter((key) => STRUCK_PHRASES.includes(key)).length,
    ).toBeGreaterThanOrEqual(2);

    const byRelevance = keys('relevance');
    expect(byRelevance.slice(0, 25).filter((key) => STRUCK_PHRASES.includes(key))).toEqual([]);
    const lastField = Math.max(...FIELD.map((key) => byRelevance.indexOf(key)));
    expect(FIELD.filter((key) => !byRelevance.includes(key))).toEqual([]);
    const firstGeneric = byRelevance.findIndex((key) => STRUCK_PHRASES.includes(key));
    if (firstGeneric >= 0) expect(lastField).toBeLessThan(firstGeneric);
  }, 120_000);
});

describe.skipIf(!HAS_CORPORA)(`acronyms on the Hugging Face daily papers in ${CORPORA}`, () => {
  it('makes an acronym one term with each form of its expansion and the phrases written with it', () => {
    // Most papers define "vision-language-action (VLA)", some "vision-language-action model (VLA)", others write
    // "VLA model".
    const keys = new Set(
      referencePapers(dailyPapers('2025-03-01')).flatMap((paper) => paper.terms.map((t) => t.key)),
    );
    expect(keys.has('vision language action')).toBe(true);
    expect(['vision language action model', 'vla model', 'vla'].filter((key) => keys.has(key))).toEqual([]);
  }, 120_000);
});

/** An export's papers with their terms, and its top terms by relevance. */
function rankedExport(source: string, termLimit: number) {
  const papers = parsedCorpus(source);
  const analyzed = referencePapers(papers);
  const { topTerms } = corpusStats(analyzed, {
    termLimit,
    termRanking: 'relevance',
    weights: referenceWeights(papers),
  });
  return { analyzed, topTerms };
}

describe.skipIf(!HAS_CORPORA)(`relevance on Web of Science and Scopus exports in ${CORPORA}`, () => {
  it('names a field in -ics as written: a business analytics corpus is about "business analytics"', () => {
    const { analyzed, topTerms } = rankedExport('ris/tm2_09_business_analytics_education__scopus.ris', 10);
    expect(topTerms[0]?.label).toBe('business analytics');
    const keys = new Set(analyzed.flatMap((paper) => paper.terms.map((term) => term.key)));
    expect([...keys].filter((key) => /\banalytic$/.test(key))).toEqual([]);
  });

  it('does not rank a name two papers repeat in every sentence among the corpus’s top terms', () => {
    // Two of the 241 papers study one journal and name it 20 times between them.
    const { topTerms } = rankedExport('wos/bibliometrix__bibliometric_in_management.txt', 25);
    const keys = topTerms.map((term) => term.key);
    expect(keys[0]).toBe('bibliometric analysis');
    expect(keys).not.toContain('journal of product innovation management');
    expect(topTerms.every((term) => term.papers >= 3)).toBe(true);
  });
});
