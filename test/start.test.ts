import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildNeeded } from '../scripts/start.mjs';

describe('buildNeeded', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function project(): string {
    root = mkdtempSync(path.join(tmpdir(), 'paperscope-start-'));
    mkdirSync(path.join(root, 'lib', 'store'), { recursive: true });
    writeFileSync(path.join(root, 'lib', 'store', 'a.ts'), 'export {};');
    writeFileSync(path.join(root, 'package.json'), '{}');
    return root;
  }

  function build(at: Date): void {
    mkdirSync(path.join(root, '.next'), { recursive: true });
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
    utimesSync(path.join(root, '.next', 'BUILD_ID'), at, at);
  }

  function touch(file: string, at: Date): void {
    utimesSync(path.join(root, file), at, at);
  }

  it('builds when there is no build', () => {
    expect(buildNeeded(project(), '.next')).toBe('no build in .next');
  });

  it('serves a build newer than every source file as it is', () => {
    project();
    const before = new Date(Date.now() - 60_000);
    for (const file of ['lib/store/a.ts', 'lib/store', 'lib', 'package.json']) touch(file, before);
    build(new Date());
    expect(buildNeeded(root, '.next')).toBeNull();
  });

  it('builds again when a file deep in the sources changed after the build', () => {
    project();
    const before = new Date(Date.now() - 60_000);
    for (const file of ['lib/store', 'lib', 'package.json']) touch(file, before);
    build(before);
    touch('lib/store/a.ts', new Date());
    expect(buildNeeded(root, '.next')).toBe('lib changed since the last build');
  });
});
