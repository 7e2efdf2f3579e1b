import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const ris = Array.from(
  { length: 30 },
  (_, i) => `TY  - JOUR\nTI  - Paper ${i}\nAU  - Lovelace, Ada\nPY  - 2020\nAB  - An abstract.\nER  - \n`,
).join('');

describe('a wrong format chosen by hand', () => {
  it('is refused when it reads almost nothing, naming the format detected', () => {
    const result = parseFiles([{ name: 'refs.ris', bytes: new TextEncoder().encode(ris) }], {
      format: 'wos',
    });
    expect(result.papers).toEqual([]);
    expect(result.problems).toEqual([
      {
        file: 'refs.ris',
        line: 1,
        message:
          'refs.ris read as Web of Science (plain text) gives almost nothing (0 of 30 records with a proper title and an author, date or abstract), but it looks like RIS: choose that format, or let Paperscope detect it.',
        severity: 'error',
        fatal: true,
      },
    ]);
  });

  it('is refused for a real Scopus RIS export read as Web of Science', () => {
    const path = `${dir}ris/tm2_09_business_analytics_education__scopus.ris`;
    if (!existsSync(path)) return;
    const result = parseFiles([{ name: 'scopus.ris', bytes: readFileSync(path) }], { format: 'wos' });
    expect(result.papers).toEqual([]);
    expect(result.problems[0]?.message).toContain('but it looks like RIS');
  });

  it('is kept when it reads as much as the format detected', () => {
    const result = parseFiles([{ name: 'refs.ris', bytes: new TextEncoder().encode(ris) }], {
      format: 'ris',
    });
    expect(result.papers).toHaveLength(30);
    expect(result.problems).toEqual([]);
  });
});
