import { describe, expect, it } from 'vitest';
import { bradfordLaw } from '@/lib/analyze/bradford-law';

const counts = (papers: number[]) =>
  papers.map((n, i) => ({ name: `S${String(i).padStart(2, '0')}`, papers: n }));

describe('bradfordLaw', () => {
  it("ends zone 1 at the first source past N/3 and zone 2 at the first past 2N/3, as bibliometrix's bradford()", () => {
    // N = 30, cumulative 8 14 18 21 23 25 27 28 29 30: 2 sources ≤ 10 → zone 1 is ranks 1–3; 4 ≤ 20 → zone 2 to rank 5.
    const law = bradfordLaw(counts([8, 6, 4, 3, 2, 2, 2, 1, 1, 1]));
    expect(law.papers).toBe(30);
    expect(law.sources.map((s) => s.zone)).toEqual([1, 1, 2, 2, 3, 3, 3, 3, 3, 3]);
    expect(law.zones.map((z) => [z.sources, z.papers])).toEqual([
      [2, 14],
      [2, 7],
      [6, 9],
    ]);
  });

  it('puts the source that crosses a third into the zone it closes', () => {
    // N = 9, cumulative 2 4 6 7 8 9: one source ≤ 3 → zone 1 is ranks 1–2; three ≤ 6 → zone 2 is ranks 3–4.
    const law = bradfordLaw(counts([2, 2, 2, 1, 1, 1]));
    expect(law.sources.map((s) => s.zone)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(law.multiplier).toBe((2 / 2 + 2 / 2) / 2);
  });

  it('ranks ties by name and drops sources without papers', () => {
    const law = bradfordLaw([
      { name: 'b', papers: 2 },
      { name: 'a', papers: 2 },
      { name: 'z', papers: 0 },
      { name: 'c', papers: 5 },
    ]);
    expect(law.sources.map((s) => [s.name, s.rank, s.cumulative])).toEqual([
      ['c', 1, 5],
      ['a', 2, 7],
      ['b', 3, 9],
    ]);
  });

  it('fits the bibliograph cumulative = a + b·ln(rank)', () => {
    const law = bradfordLaw(counts([4, 2, 1, 1]));
    // numpy.polyfit(log([1, 2, 3, 4]), [4, 6, 7, 8], 1): b = 2.83773, a = 3.99539, r² = 0.99781.
    expect(law.fit?.a).toBeCloseTo(3.995385748, 8);
    expect(law.fit?.b).toBeCloseTo(2.837729468, 8);
    expect(law.fit?.r2).toBeCloseTo(0.997806507, 8);
  });

  it('leaves zone 2 empty when no cumulative count falls between the thirds', () => {
    // N = 10, cumulative 7 9 10: none ≤ 3.33 and none in (3.33, 6.67].
    const law = bradfordLaw(counts([7, 2, 1]));
    expect(law.sources.map((s) => s.zone)).toEqual([1, 3, 3]);
    expect(law.multiplier).toBeNull();
  });

  it('is empty for no sources', () => {
    const law = bradfordLaw([]);
    expect(law.sources).toEqual([]);
    expect(law.papers).toBe(0);
    expect(law.fit).toBeNull();
  });
});
