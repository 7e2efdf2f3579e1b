import { describe, expect, it } from 'vitest';
import { parsePythonLiteral } from '@/lib/ingest/python-literal';

describe('parsePythonLiteral', () => {
  it('reads dicts, lists, tuples, strings in both quotes, numbers, True/False/None', () => {
    expect(
      parsePythonLiteral(
        `{'a': [1, -2.5, 1e3], "b": (True, False, None), 'c': "it's", 'd': 'say "hi"', 'e': {}}`,
      ),
    ).toEqual({ a: [1, -2.5, 1000], b: [true, false, null], c: "it's", d: 'say "hi"', e: {} });
  });

  it('decodes escapes and reads datetime(...) as an ISO string', () => {
    expect(parsePythonLiteral(String.raw`['a\'b\n', 'caf\xe9 \u2014 \U0001F600', '\\']`)).toEqual([
      "a'b\n",
      'café — 😀',
      '\\',
    ]);
    expect(parsePythonLiteral('datetime.datetime(2024, 12, 10, 18, 5, tzinfo=datetime.timezone.utc)')).toBe(
      '2024-12-10T18:05:00.000Z',
    );
  });

  it('reads a string of many escapes in linear time', () => {
    // Each escape searched for the closing quote again: quadratic in the escapes of one string.
    expect(parsePythonLiteral(`['${'\\n'.repeat(500_000)}', 'x\\'y']`)).toEqual([
      '\n'.repeat(500_000),
      "x'y",
    ]);
  });

  it('throws a SyntaxError naming the position on bad input', () => {
    expect(() => parsePythonLiteral("{'a': }")).toThrow(SyntaxError);
    expect(() => parsePythonLiteral("{'a': 'unterminated}")).toThrow(/does not end/);
    expect(() => parsePythonLiteral('[1] extra')).toThrow(/character 5/);
  });
});
