import type { CodeStatus, Paper } from '@/lib/model';

export interface CodeLinkCounts {
  linked: number;
  none: number;
  unknown: number;
  /** Papers whose code status is known: `linked + none`. */
  known: number;
  /** `linked / known`; `null` when no paper's status is known. */
  rate: number | null;
}

export interface CodeLinkRate {
  overall: CodeLinkCounts;
  byYear: ({ year: number } & CodeLinkCounts)[];
  /** Papers without a date, counted in `overall` only. */
  undated: number;
}

function emptyCounts(): CodeLinkCounts {
  return { linked: 0, none: 0, unknown: 0, known: 0, rate: null };
}

function add(counts: CodeLinkCounts, status: CodeStatus): void {
  counts[status]++;
  counts.known = counts.linked + counts.none;
  counts.rate = counts.known ? counts.linked / counts.known : null;
}

/** Share of papers that link a GitHub repository, overall and per year, as linked / known. */
export function codeLinkRate(papers: readonly Pick<Paper, 'codeStatus' | 'date'>[]): CodeLinkRate {
  const overall = emptyCounts();
  const years = new Map<number, CodeLinkCounts>();
  let undated = 0;
  for (const paper of papers) {
    add(overall, paper.codeStatus);
    if (!paper.date) {
      undated++;
      continue;
    }
    const year = Number(paper.date.slice(0, 4));
    let counts = years.get(year);
    if (!counts) {
      counts = emptyCounts();
      years.set(year, counts);
    }
    add(counts, paper.codeStatus);
  }
  const byYear = [...years].sort(([a], [b]) => a - b).map(([year, counts]) => ({ year, ...counts }));
  return { overall, byYear, undated };
}
