import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  authorIdentities,
  authorKey,
  coauthorsPerYear,
  lotka,
  singleAuthorShare,
  topAuthors,
} from '@/lib/analyze/author-stats';
import { parseWos } from '@/lib/ingest/wos';

const file = fileURLToPath(
  new URL('../../../shared/corpora/wos/bibliometrix__bibliometric_in_management.txt', import.meta.url),
);
const present = existsSync(file);

describe.skipIf(!present)(
  'author statistics of a Web of Science export (skipped: ../shared/corpora absent)',
  () => {
    const papers = present ? parseWos(readFileSync(file, 'utf8'), { file }).papers : [];

    it('ranks authors with names matched across full names, initials and WoS capitals', () => {
      const result = topAuthors(papers, { limit: 10 });
      expect(result).toMatchObject({ known: 241, unknown: 0 });
      expect(result.distinct).toBeLessThan(new Set(papers.flatMap((p) => p.authors)).size);
      // "Anthony F. J. van Raan", "AFJ van Raan" and "VANRAAN, AFJ" are one author.
      expect(result.authors[0]).toMatchObject({ name: 'Anthony F. J. van Raan', papers: 8 });
      const raan = papers.filter((p) =>
        p.authors.some((a) => a.toLowerCase().replace(/\s+/g, '').includes('vanraan')),
      );
      expect(raan).toHaveLength(8);
    });

    it('fits Lotka’s law with a steep exponent, most authors writing one paper', () => {
      const result = lotka(papers);
      const first = result.distribution[0];
      expect(first?.papers).toBe(1);
      expect(first?.share).toBeGreaterThan(0.8);
      expect(result.distribution.reduce((sum, row) => sum + row.authors, 0)).toBe(result.authors);
      expect(result.beta).toBeGreaterThan(2);
      expect(result.r2).toBeGreaterThan(0.8);
      expect(result.pValue).toBeGreaterThan(0);
      expect(result.pValue).toBeLessThanOrEqual(1);
    });

    it('counts co-authors per year and single-author papers over every paper', () => {
      const perYear = coauthorsPerYear(papers);
      expect(perYear.known + perYear.unknown).toBe(papers.length);
      expect(perYear.years.reduce((sum, y) => sum + y.known + y.unknown, 0) + perYear.undated).toBe(
        papers.length,
      );
      const single = singleAuthorShare(papers);
      expect(single.single + single.multi).toBe(single.known);
      expect(single.share).toBeGreaterThan(0);
      expect(single.share).toBeLessThan(1);
    });
  },
);

const older = fileURLToPath(
  new URL('../../../shared/corpora/wos/bibliometrix__RPT_papers.txt', import.meta.url),
);

describe.skipIf(!existsSync(older))(
  'author names of Web of Science records written in capitals (skipped: ../shared/corpora absent)',
  () => {
    const papers = existsSync(older) ? parseWos(readFileSync(older, 'utf8'), { file: older }).papers : [];

    it('shows every matched author in reader case, capitals kept for initials only', () => {
      const written = papers.flatMap((p) => p.authors);
      // The export writes some authors only in capitals: `PETTIT, RR`.
      expect(written).toContain('RR PETTIT');
      const { names } = authorIdentities(papers);
      const shown = [...names.values()];
      expect(shown).toContain('RR Pettit');
      const shouting = shown.filter((name) => /\p{Lu}{4,}/u.test(name));
      expect(shouting).toEqual([]);
    });

    it('matches the capital and the reader-case spellings as one author', () => {
      const { names } = authorIdentities(papers);
      expect(names.get(authorKey('RR PETTIT'))).toBe('RR Pettit');
      expect(authorKey('RR Pettit')).toBe(authorKey('PETTIT, RR'));
      expect(new Set([...names.keys()]).size).toBe(names.size);
    });
  },
);
