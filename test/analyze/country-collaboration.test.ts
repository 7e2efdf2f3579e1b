import { describe, expect, it } from 'vitest';
import { countryCollaboration } from '@/lib/analyze/country-collaboration';

describe('countryCollaboration', () => {
  it('counts MCP as papers − SCP per lead country, as bibliometrix', () => {
    const result = countryCollaboration(
      [
        { country: 'Italy', papers: 4, single: 3 },
        { country: 'China', papers: 6, single: 2 },
      ],
      5,
    );
    expect(result.countries.map((c) => [c.country, c.scp, c.mcp, c.mcpRatio, c.share])).toEqual([
      ['China', 2, 4, 4 / 6, 0.6],
      ['Italy', 3, 1, 0.25, 0.4],
    ]);
    expect(result).toMatchObject({ known: 10, unknown: 5, mcpShare: 0.5 });
  });

  it('orders ties by name and has no share when no country is known', () => {
    const tied = countryCollaboration(
      [
        { country: 'Spain', papers: 1, single: 1 },
        { country: 'Brazil', papers: 1, single: 1 },
      ],
      0,
    );
    expect(tied.countries.map((c) => c.country)).toEqual(['Brazil', 'Spain']);
    expect(countryCollaboration([], 3)).toEqual({ countries: [], known: 0, unknown: 3, mcpShare: null });
  });
});
