import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(dir);
const statuses = (path: string) => {
  const { papers } = parseFiles([{ name: path, bytes: readFileSync(dir + path) }]);
  const count = (status: string) => papers.filter((p) => p.codeStatus === status).length;
  const withoutLinks = papers.filter((p) => p.otherLinks.length === 0 && p.githubRepos.length === 0).length;
  return {
    papers: papers.length,
    withoutLinks,
    linked: count('linked'),
    none: count('none'),
    unknown: count('unknown'),
  };
};

describe.skipIf(!present)('code-link status of real exports (skipped: ../shared/corpora absent)', () => {
  it('is unknown for Web of Science records, which have no field for links and whose abstracts name none', () => {
    for (const path of [
      'wos/bibliometrix__RPT_papers.txt',
      'wos/bibliometrix__bibliometric_in_management.txt',
    ]) {
      const counted = statuses(path);
      // A record whose abstract names a link (not GitHub) says "none"; every other record is unknown.
      expect(counted.unknown).toBe(counted.withoutLinks);
      expect(counted.none).toBe(counted.papers - counted.withoutLinks - counted.linked);
      expect(counted.unknown).toBeGreaterThan(counted.papers * 0.95);
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
