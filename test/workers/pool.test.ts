import { readFileSync, statSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsePool } from '@/lib/ingest/parse-pool';
import { buildWorker, workerPaths } from '../../scripts/build-worker.mjs';

describe('worker bundles', () => {
  it('lists the files a bundle is built from, and builds it again when one is newer', async () => {
    const { file, inputs } = workerPaths('parse', process.cwd());
    await buildWorker('parse', process.cwd());
    const listed = JSON.parse(readFileSync(inputs, 'utf8')) as string[];
    expect(listed).toContain('lib/ingest/parse-files.ts');
    expect(listed).toContain('lib/workers/serve.ts');
    expect(listed.some((input) => input.startsWith('lib/terms/extract-terms'))).toBe(false);
    // Dated before every source: the pool's first job finds it stale and builds it before starting a worker.
    utimesSync(file, new Date(0), new Date(0));
    const started = Date.now();
    const pool = createParsePool({ size: 1 });
    try {
      const bytes = new TextEncoder().encode('TY  - JOUR\nTI  - One paper\nER  -\n');
      const { result } = await pool.parse([{ name: 'a.ris', bytes }]);
      expect(result.papers.map((p) => p.title)).toEqual(['One paper']);
    } finally {
      await pool.close();
    }
    expect(statSync(file).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
  });
});
