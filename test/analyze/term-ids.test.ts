import { describe, expect, it } from 'vitest';
import { termIdsOf, termKeyOfId, termWordsOfId } from '@/lib/analyze/term-ids';

describe('termIdsOf', () => {
  it('gives each distinct key one id, the same across papers', () => {
    const a = termIdsOf([
      { key: 'reward model', label: 'reward model' },
      { key: 'llm', label: 'LLM' },
      { key: 'reward model', label: 'reward models' },
    ]);
    const b = termIdsOf([{ key: 'llm', label: 'LLM' }]);
    expect(a).toHaveLength(2);
    expect(b[0]).toBe(a[1]);
    expect(termKeyOfId(a[0] as number)).toBe('reward model');
    expect(termWordsOfId(a[0] as number)).toBe(2);
  });

  it('works the ids out again when a terms array grew', () => {
    const terms = [{ key: 'x y', label: 'x y' }];
    expect(termIdsOf(terms)).toHaveLength(1);
    terms.push({ key: 'z w', label: 'z w' });
    expect(termIdsOf(terms)).toHaveLength(2);
  });
});
