import { describe, expect, it } from 'vitest';
import { bradfordLaw } from '@/lib/analyze/bradford-law';
import { citationsPerYear } from '@/lib/analyze/citations-per-year';
import { coauthorNetwork } from '@/lib/analyze/coauthor-network';
import { codeImpact } from '@/lib/analyze/code-impact';
import { countryCollaboration } from '@/lib/analyze/country-collaboration';
import {
  bradfordTakeaway,
  categoriesTakeaway,
  categoryTrendTakeaway,
  citationsPerYearTakeaway,
  coauthorTakeaway,
  codeImpactTakeaway,
  countriesTakeaway,
  countrySpreadTakeaway,
  formatP,
  hIndexByTakeaway,
  hIndexTakeaway,
  mostCitedTakeaway,
  productionTakeaway,
  starsTakeaway,
  topListTakeaway,
} from '@/lib/analyze/impact-takeaways';

/** Counted values where papers with code sit higher: linked 10 × 40 and 10 × 20, none 10 × 10 and 10 × 9. */
const separated = [
  { value: 9, linked: 0, none: 10 },
  { value: 10, linked: 0, none: 10 },
  { value: 20, linked: 10, none: 0 },
  { value: 40, linked: 10, none: 0 },
];

describe('impact takeaways', () => {
  it('say the ratio of medians with the rank test, as "papers with code have 2.1× the median upvotes"', () => {
    const data = codeImpact(
      [
        { value: 10, linked: 0, none: 10 },
        { value: 21, linked: 10, none: 0 },
      ],
      { metric: 'upvotes', unknownCode: 0, unknownMetric: 0 },
    );
    expect(codeImpactTakeaway(data)).toBe(
      'Papers with code have 2.1× the median upvotes (21 vs 10; Mann–Whitney p < 0.001)',
    );
    expect(
      codeImpactTakeaway(codeImpact(separated, { metric: 'citations', unknownCode: 0, unknownMetric: 0 })),
    ).toMatch(/^Papers with code have 3\.2× the median citations \(30 vs 9\.5; Mann–Whitney p < 0\.001\)$/);
  });

  it('say there is little difference when the rank test does not find one', () => {
    const mixed = [1, 2, 3, 4, 5, 6].map((value) => ({ value, linked: 1, none: 1 }));
    expect(
      codeImpactTakeaway(codeImpact(mixed, { metric: 'upvotes', unknownCode: 0, unknownMetric: 0 })),
    ).toBe(
      'Papers with code and without differ little in upvotes: medians 3.5 vs 3.5 (Mann–Whitney p = 1.00)',
    );
  });

  it('say when a side of the comparison is empty', () => {
    const data = codeImpact([{ value: 3, linked: 2, none: 0 }], {
      metric: 'upvotes',
      unknownCode: 0,
      unknownMetric: 0,
    });
    expect(codeImpactTakeaway(data)).toBe(
      'Too few papers with a known count of upvotes on the side without code to compare',
    );
  });

  it('format p-values to what they can say', () => {
    expect([0.0004, 0.004, 0.04, 0.41].map(formatP)).toEqual([
      'p < 0.001',
      'p = 0.004',
      'p = 0.04',
      'p = 0.41',
    ]);
  });

  it('name the most cited paper with its share of all citations', () => {
    expect(
      mostCitedTakeaway([{ name: 'Attention', value: 50 }], 'citations', 200, { known: 10, unknown: 0 }),
    ).toBe('“Attention” is the most cited paper, with 50 citations, 25% of all citations in the selection');
    expect(mostCitedTakeaway([], 'upvotes', 0, { known: 0, unknown: 4 })).toBe(
      'No paper in this selection has a known count of upvotes',
    );
  });

  it('read the h-index and the uncited share', () => {
    expect(hIndexTakeaway({ known: 20, unknown: 2, total: 300, uncited: 5, hIndex: 6 })).toBe(
      'The selection has an h-index of 6: 6 of its 20 papers with a known count are cited at least 6 times each; 25% of them are not cited at all',
    );
    expect(hIndexTakeaway({ known: 0, unknown: 5, total: 0, uncited: 0, hIndex: 0 })).toBe(
      'No paper in this selection has a citation count',
    );
  });

  it('name ties for the highest h-index together', () => {
    const rows = [
      { name: 'Aria M', h: 4, papers: 6, citations: 90 },
      { name: 'Cuccurullo C', h: 4, papers: 5, citations: 80 },
    ];
    expect(hIndexByTakeaway(rows, 'author')).toBe(
      '“Aria M” and 1 more authors share an h-index of 4 (“Aria M”: 6 papers, 90 citations)',
    );
    expect(hIndexByTakeaway(rows.slice(1), 'source')).toBe(
      '“Cuccurullo C” leads the sources with an h-index of 4 (“Cuccurullo C”: 5 papers, 80 citations)',
    );
  });

  it('find the year cited most for its age', () => {
    const data = citationsPerYear(
      [
        { year: 2020, papers: 2, known: 2, citations: 30 },
        { year: 2023, papers: 4, known: 3, citations: 27 },
      ],
      { today: '2025-03-01' },
    );
    expect(citationsPerYearTakeaway(data)).toBe(
      'Papers from 2023 are cited most for their age: 3 citations a year on average (9 each over 3 years) (5 of 6 papers have a count)',
    );
  });

  it('sum up stars, sources, Bradford zones and production', () => {
    expect(starsTakeaway({ known: 10, unknown: 2, median: 150, thousands: 2 })).toBe(
      'Half of the linked repositories have 150 stars or more; 20% have 1,000 or more (10 of 12 papers have a star count)',
    );
    expect(
      topListTakeaway(
        [{ name: 'Scientometrics', value: 12 }],
        { known: 48, unknown: 2 },
        { thing: 'source', verb: 'publishes' },
      ),
    ).toBe('“Scientometrics” publishes the most papers, 12 of 48 papers (25%); 2 papers do not say');
    const law = bradfordLaw([8, 6, 4, 3, 2, 2, 2, 1, 1, 1].map((papers, i) => ({ name: `J${i}`, papers })));
    expect(bradfordTakeaway(law)).toBe(
      '2 core sources (20% of 10) publish 47% of the papers; Bradford multiplier 2',
    );
    expect(
      productionTakeaway(
        [
          { name: 'A', value: 9 },
          { name: 'B', value: 4 },
        ],
        '2024',
      ),
    ).toBe('“A” has published the most by 2024 (9 papers), ahead of “B” (4)');
  });

  it('sum up countries, the co-author map and arXiv categories', () => {
    const collab = countryCollaboration(
      [
        { country: 'China', papers: 6, single: 2 },
        { country: 'Italy', papers: 4, single: 3 },
      ],
      1,
    );
    expect(countriesTakeaway(collab)).toBe(
      'China leads with 6 papers by corresponding author (60%); 50% of papers with a known country are multiple-country',
    );
    expect(countrySpreadTakeaway(collab)).toBe(
      'Papers come from 2 countries; the top 2 (China, Italy) account for 100%',
    );
    const network = coauthorNetwork(
      [
        { key: 'a', label: 'Ana', papers: 5 },
        { key: 'b', label: 'Bo', papers: 4 },
        { key: 'c', label: 'Cy', papers: 3 },
      ],
      [{ source: 'a', target: 'b', papers: 3 }],
    );
    expect(coauthorTakeaway(network)).toBe(
      'Ana and Bo wrote the most papers together (3); 1 of the top 3 authors share no paper with the others',
    );
    expect(categoriesTakeaway([{ name: 'cs.CV', value: 30 }], { known: 100, unknown: 0 })).toBe(
      'cs.CV is the most common primary category (30% of 100 papers)',
    );
    expect(
      categoryTrendTakeaway([
        { name: 'cs.CL', from: { year: '2023', share: 0.1 }, to: { year: '2025', share: 0.22 } },
        { name: 'cs.CV', from: { year: '2023', share: 0.4 }, to: { year: '2025', share: 0.3 } },
      ]),
    ).toBe('cs.CL grew most, from 10% of papers in 2023 to 22% in 2025');
  });
});
