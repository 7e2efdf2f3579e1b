import { describe, expect, it } from 'vitest';
import { fitLabel, shownTicks, textWidth } from '@/components/charts/fit-label';

describe('fitLabel', () => {
  it('keeps a label that fits and cuts one that does not, with an ellipsis', () => {
    expect(fitLabel('Research Policy', 200)).toBe('Research Policy');
    const cut = fitLabel('Technological Forecasting and Social Change', 150);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12.5)).toBeLessThanOrEqual(150);
  });

  it('cuts capitals shorter than lower case, as they are wider', () => {
    const lower = fitLabel('technological forecasting and social change', 150);
    const upper = fitLabel('TECHNOLOGICAL FORECASTING AND SOCIAL CHANGE', 150);
    expect(upper.length).toBeLessThan(lower.length);
  });
});

describe('shownTicks', () => {
  it('shows every label that has room, and otherwise every k-th counted back from the last', () => {
    const all = shownTicks(5, 40, 30);
    expect([0, 1, 2, 3, 4].map(all)).toEqual([true, true, true, true, true]);
    const some = shownTicks(6, 20, 34);
    expect([0, 1, 2, 3, 4, 5].map(some)).toEqual([false, true, false, true, false, true]);
  });
});
