import { describe, expect, it } from 'vitest';
import { parseFiles } from '@/lib/ingest/parse-files';
import { termText, textHash } from '@/lib/store/text-hash';
import { MAX_TAGGED_CHARS, taggedText } from '@/lib/terms/tagged-text';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 1000}`).join(' ');

describe('the text tagged per paper is capped, and the import says so', () => {
  it('cuts a long title and abstract at a word end within the cap, and leaves a normal one whole', () => {
    const long = { title: 'A title', abstract: words(1_000_000) };
    const text = taggedText(long);
    expect(text.length).toBeLessThanOrEqual(MAX_TAGGED_CHARS);
    expect(text.length).toBeGreaterThan(MAX_TAGGED_CHARS * 0.9);
    expect(text.endsWith(' ')).toBe(false);
    expect(long.abstract.startsWith(text.slice('A title\n'.length))).toBe(true);
    const short = { title: 'T', abstract: 'An abstract.' };
    expect(termText(short)).toBe('T\nAn abstract.');
    // The cache key follows the text tagged: two records alike in their first 20,000 characters share terms.
    expect(textHash(long)).toBe(textHash({ ...long, abstract: `${long.abstract} and more` }));
  });

  it('warns at import for each paper whose text is cut, with its size', () => {
    const record = JSON.stringify({ paper: { id: '2401.00001', title: 'Huge', summary: words(200_000) } });
    const result = parseFiles([{ name: 'day.json', bytes: new TextEncoder().encode(`[${record}]`) }]);
    expect(result.papers).toHaveLength(1);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        file: 'day.json',
        field: 'abstract',
        severity: 'warning',
        message: expect.stringMatching(
          /^Title and abstract are [\d,]+ characters: terms are extracted from the first 20,000 only\.$/,
        ),
      }),
    );
  });
});
