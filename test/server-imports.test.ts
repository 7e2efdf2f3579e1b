import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
// Imports that bring code at run time: `import type` and `export type` bring none.
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const extension of EXTENSIONS) if (existsSync(base + extension)) return base + extension;
  return null;
}

/** The packages a module reaches through the project's own run-time imports, each with the path it took. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local, [...trail, path.relative(ROOT, local)]);
      else if (!specifier.startsWith('.') && !specifier.startsWith('@/') && !reached.has(specifier))
        reached.set(specifier, trail);
    }
  };
  visit(entry, [path.relative(ROOT, entry)]);
  return reached;
}

/** The server's entry points: pages, layouts and route handlers. */
function entries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entries(full);
    return /^(?:page|layout)\.tsx$|^route\.ts$/.test(entry.name) ? [full] : [];
  });
}

describe('the pages and routes', () => {
  // The tagger's lexicon is about 100 MB and takes a few hundred ms to build: tagging runs in worker threads, and a
  // page that loaded it would pay that on its first view after every start.
  it.each(entries(path.join(ROOT, 'app')).map((file) => [path.relative(ROOT, file), file]))(
    '%s never loads the tagger',
    (_, file) => {
      const trail = packagesReached(file).get('compromise');
      expect(trail, trail?.join(' → ')).toBeUndefined();
    },
  );

  it('are read by this check: the corpus page reaches the database and D3', () => {
    const reached = packagesReached(path.join(ROOT, 'app/corpora/[id]/page.tsx'));
    expect(reached.has('@duckdb/node-api')).toBe(true);
    expect([...reached.keys()].some((name) => name.startsWith('d3'))).toBe(true);
  });
});
