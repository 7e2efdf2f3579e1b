import { describe, expect, it } from 'vitest';
import { memoOn } from '@/lib/memo-on';

describe('memoOn', () => {
  it('computes once per owner and key', () => {
    const owner = {};
    let calls = 0;
    const compute = () => {
      calls++;
      return calls;
    };
    expect(memoOn(owner, 'a', compute)).toBe(1);
    expect(memoOn(owner, 'a', compute)).toBe(1);
    expect(memoOn(owner, 'b', compute)).toBe(2);
    expect(memoOn({}, 'a', compute)).toBe(3);
  });
});
