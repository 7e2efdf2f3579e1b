import { describe, expect, it } from 'vitest';
import { corpusStats } from '@/lib/analyze/corpus-stats';
import { NO_FILTER } from '@/lib/analyze/filter-papers';
import { newPaper } from '@/lib/ingest/paper';
import { toPaperRow } from '@/lib/paper-row';
import { type CorpusView, filterView } from '@/lib/store/corpus-view';

const papers = [2021, 2022, 2023, 2024].map((year, i) => ({
  ...newPaper({
    id: `p${i}`,
    title: `Paper ${year}`,
    date: `${year}-05-01`,
    source: { file: 't', line: i + 1 },
  }),
  codeStatus: i % 2 ? ('linked' as const) : ('none' as const),
  terms: [{ key: 'reward model', label: 'reward model' }],
}));
const view = {
  papers,
  rows: papers.map(toPaperRow),
  stats: corpusStats(papers),
  authors: { keys: papers.map(() => []), names: new Map() },
} as unknown as CorpusView;

describe('filterView', () => {
  it('is the whole view without a filter', () => {
    expect(filterView(view, NO_FILTER)).toBe(view);
  });

  it('leaves the papers, rows and statistics the filter selects', () => {
    const linked = filterView(view, { ...NO_FILTER, code: 'linked' });
    expect(linked.papers.map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(linked.rows.map((r) => r.id)).toEqual(['p1', 'p3']);
    expect(linked.stats.summary.papers).toBe(2);
  });

  it('answers a recent filter again from memory, and forgets the oldest past sixteen', () => {
    const first = filterView(view, { ...NO_FILTER, from: '2022' });
    expect(filterView(view, { ...NO_FILTER, from: '2022' })).toBe(first);
    for (let year = 2000; year < 2016; year++) filterView(view, { ...NO_FILTER, to: String(year) });
    expect(filterView(view, { ...NO_FILTER, from: '2022' })).not.toBe(first);
  });
});
