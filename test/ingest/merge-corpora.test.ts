import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import type { Merge, MergedRecord } from '@/lib/model';

const dir = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const present = existsSync(dir);

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) =>
      statSync(folder + name).isDirectory() ? filesUnder(`${folder}${name}/`) : [folder + name],
    );
}

/** The family name as the last word of letters, folded: written independently of the merge's own matching. */
function surname(name: string | null): string | null {
  if (!name) return null;
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !/^(?:jr|sr|ii|iii|iv)$/.test(word));
  return words.at(-1) ?? null;
}

/** Every pair of records merged into one paper (directly or through a third) that disagree on year or first author. */
function disagreements(merges: readonly Merge[]): string[] {
  const groups = new Map<string, MergedRecord[]>();
  for (const { kept, merged } of merges) {
    const group = groups.get(kept.id) ?? [kept];
    group.push(merged);
    groups.set(kept.id, group);
  }
  const found: string[] = [];
  for (const group of groups.values()) {
    for (const [i, a] of group.entries()) {
      for (const b of group.slice(i + 1)) {
        const where = `${a.source.file}:${a.source.line} and ${b.source.file}:${b.source.line}`;
        if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) > 1) {
          found.push(`${where}: years ${a.year} and ${b.year}`);
        }
        const [sa, sb] = [surname(a.firstAuthor), surname(b.firstAuthor)];
        if (sa && sb && sa !== sb)
          found.push(`${where}: first authors ${a.firstAuthor} and ${b.firstAuthor}`);
      }
    }
  }
  return found;
}

describe.skipIf(!present)('merged records of the real corpora (skipped: ../shared/corpora absent)', () => {
  const files = present ? filesUnder(dir) : [];
  const read = (path: string) => ({ name: path.slice(dir.length), bytes: readFileSync(path) });

  it('never merges records of one file that disagree on year (more than one apart) or first author', () => {
    const merges = files.flatMap((path) => parseFiles([read(path)]).merges);
    // The corpora hold true duplicates (BibLaTeX examples, RIS fixtures, a WoS DOI): the check has merges to check.
    expect(merges.length).toBeGreaterThan(10);
    expect(disagreements(merges)).toEqual([]);
  });

  it('never does across all the files read as one import either', () => {
    const { merges } = parseFiles(files.map(read));
    expect(merges.length).toBeGreaterThan(10);
    expect(disagreements(merges)).toEqual([]);
  });
});
