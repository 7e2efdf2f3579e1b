import { describe, expect, it } from 'vitest';
import { boundedMessage } from '@/lib/bounded-message';
import { jsonError } from '@/lib/http/json-error';
import { parseFiles } from '@/lib/ingest/parse-files';

const huge = (char: string) => char.repeat(100_000);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('error messages never echo a huge input back whole', () => {
  it('bounds a quoted value to its ends and says how long it was', () => {
    const message = boundedMessage(`"${huge('9')}" is not a year or date.`);
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/^"9+… \(100,000 characters\) …9+" is not a year or date\.$/);
    expect(boundedMessage('"2020" is fine.')).toBe('"2020" is fine.');
  });

  it('bounds every problem of an import: a 100 KB date, field name, key and header', () => {
    const result = parseFiles([
      { name: 'a.ris', bytes: bytes(`TY  - JOUR\nTI  - T\nPY  - ${huge('x')}\nER  - \n`) },
      {
        name: 'b.bib',
        bytes: bytes(`@article{k, title = {T}, ${huge('f')} x}\n@article{${huge('k')}, title={U}}\n`),
      },
      { name: 'c.csv', bytes: bytes(`${huge('h')},Other\nx,y\n`) },
      { name: 'd.json', bytes: bytes(`[{"paper": {"title": "T", "publishedAt": "${huge('d')}"}}]`) },
    ]);
    expect(result.problems.length).toBeGreaterThanOrEqual(4);
    for (const problem of result.problems) {
      expect(problem.message.length, problem.message.slice(0, 100)).toBeLessThanOrEqual(700);
    }
    expect(result.problems.some((p) => p.message.includes('(100,000 characters)'))).toBe(true);
  });

  it('bounds what the API sends back', async () => {
    const response = jsonError(400, `The name "${huge('n')}" is not valid.`, [
      { file: 'f', line: 1, message: `"${huge('v')}" is not a date.`, severity: 'warning' },
    ]);
    const text = await response.text();
    expect(text.length).toBeLessThan(1_000);
  });
});
