import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(dir);
const statuses = (path: string) => {
  const { papers } = parseFiles([{ name: path, bytes: readFileSync(dir + path) }]);
  const count = (status: string) => papers.filter((p) => p.codeStatus === status).length;
  return {
    papers: papers.length,
    linked: count('linked'),
    none: count('none'),
    unknown: count('unknown'),
  };
};

describe.skipIf(!present)('code-link status of real exports (skipped: ../shared/corpora absent)', () => {
  it('is unknown for Web of Science records, which have no field for links, unless the abstract names a repository', () => {
    for (const path of [
      'wos/bibliometrix__RPT_papers.txt',
      'wos/bibliometrix__bibliometric_in_management.txt',
    ]) {
      const counted = statuses(path);
      expect(counted.none).toBe(0);
      expect(counted.unknown).toBe(counted.papers - counted.linked);
      expect(counted.unknown).toBeGreaterThan(100);
    }
  });

  it('is unknown for a Scopus RIS export whose only URLs are Scopus record pages', () => {
    const counted = statuses('ris/tm2_09_business_analytics_education__scopus.ris');
    expect(counted).toMatchObject({ none: 0, linked: 0 });
    expect(counted.unknown).toBe(counted.papers);
  });

  it('stays known for arXiv metadata, whose abstracts and comments are where authors link code', () => {
    const counted = statuses('arxiv/arxivSpider_mnbvc__arxiv-metadata-oai-snapshot.sample.jsonl');
    expect(counted.unknown).toBe(0);
    expect(counted.none + counted.linked).toBe(200);
  });
});
