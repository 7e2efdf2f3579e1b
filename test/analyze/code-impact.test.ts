import { describe, expect, it } from 'vitest';
import { codeImpact } from '@/lib/analyze/code-impact';

describe('codeImpact', () => {
  const values = [
    { value: 0, linked: 0, none: 3 },
    { value: 2, linked: 1, none: 2 },
    { value: 4, linked: 2, none: 1 },
    { value: 10, linked: 3, none: 0 },
  ];

  it('compares the medians of papers with and without code, with a rank test', () => {
    const result = codeImpact(values, { metric: 'upvotes', unknownCode: 4, unknownMetric: 1 });
    expect(result.linked).toMatchObject({ n: 6, median: 7 });
    expect(result.none).toMatchObject({ n: 6, median: 1 });
    expect(result.ratio).toBe(7);
    expect(result.test?.u).toBe(33);
    expect(result).toMatchObject({ metric: 'upvotes', unknownCode: 4, unknownMetric: 1 });
  });

  it('gives no ratio when papers without code have a median of 0', () => {
    const result = codeImpact(
      [
        { value: 0, linked: 1, none: 5 },
        { value: 3, linked: 4, none: 0 },
      ],
      { metric: 'citations', unknownCode: 0, unknownMetric: 0 },
    );
    expect(result.none.median).toBe(0);
    expect(result.ratio).toBeNull();
  });

  it('has unknown medians and no test when a group is empty', () => {
    const result = codeImpact([{ value: 5, linked: 3, none: 0 }], {
      metric: 'upvotes',
      unknownCode: 0,
      unknownMetric: 0,
    });
    expect(result.none.median).toBeNull();
    expect(result.ratio).toBeNull();
    expect(result.test).toBeNull();
  });
});
