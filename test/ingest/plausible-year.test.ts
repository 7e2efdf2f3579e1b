import { describe, expect, it } from 'vitest';
import { newPaper } from '@/lib/ingest/paper';
import { parseFiles } from '@/lib/ingest/parse-files';
import { plausibleDates } from '@/lib/ingest/plausible-year';
import type { Paper } from '@/lib/model';

const dated = (id: string, date: string): Paper =>
  newPaper({ id, title: id, date, datePrecision: 'year', source: { file: 'refs.ris', line: Number(id) } });
const today = new Date('2026-06-01T00:00:00Z');

describe('plausibleDates', () => {
  it('takes a typo or placeholder year off the axes, keeps the paper and the date as read, and warns', () => {
    const { papers, problems } = plausibleDates(
      [
        dated('1', '1202-01-01'),
        dated('2', '1850-01-01'),
        dated('3', '2027-01-01'),
        dated('4', '2999-01-01'),
      ],
      today,
    );
    expect(papers.map((p) => [p.date, p.dateOutsideRange ?? null])).toEqual([
      [null, '1202-01-01'],
      ['1850-01-01', null],
      ['2027-01-01', null],
      [null, '2999-01-01'],
    ]);
    expect(problems).toEqual([
      {
        file: 'refs.ris',
        line: 1,
        field: 'date',
        message:
          'Year 1202 is outside the plausible range 1700–2027: the paper is kept, off the timeline and trends, and counted as outside range.',
        severity: 'warning',
      },
      expect.objectContaining({ line: 4, message: expect.stringContaining('Year 2999 is outside') }),
    ]);
  });

  it('leaves undated papers and plausible ones as they are', () => {
    const undated = newPaper({ id: 'u', title: 'u', source: { file: 'f', line: 1 } });
    const { papers, problems } = plausibleDates([undated], today);
    expect(papers[0]).toBe(undated);
    expect(problems).toEqual([]);
  });

  it('runs on every imported file', () => {
    const ris = 'TY  - JOUR\nTI  - A typo\nPY  - 1202\nER  -\nTY  - JOUR\nTI  - Fine\nPY  - 2020\nER  -\n';
    const result = parseFiles([{ name: 'r.ris', bytes: new TextEncoder().encode(ris) }]);
    expect(result.papers.map((p) => p.date)).toEqual([null, '2020-01-01']);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([[1, 'date']]);
  });
});
