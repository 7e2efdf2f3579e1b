import { formatNumber, plural } from '@/lib/format';
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

function add(counts: CodeLinkCounts, status: CodeStatus, papers: number): void {
  counts[status] += papers;
  counts.known = counts.linked + counts.none;
  counts.rate = counts.known ? counts.linked / counts.known : null;
}

/** Share of papers that link a GitHub repository, overall and per year, as linked / known. */
export function codeLinkRate(papers: readonly Pick<Paper, 'codeStatus' | 'date'>[]): CodeLinkRate {
  return codeLinkRateFromCounts(
    papers.map((paper) => ({
      year: paper.date ? Number(paper.date.slice(0, 4)) : null,
      codeStatus: paper.codeStatus,
      papers: 1,
    })),
  );
}

/** The same from papers counted by year (`null`: undated) and code status. */
export function codeLinkRateFromCounts(
  counts: readonly { year: number | null; codeStatus: CodeStatus; papers: number }[],
): CodeLinkRate {
  const overall = emptyCounts();
  const years = new Map<number, CodeLinkCounts>();
  let undated = 0;
  for (const { year, codeStatus, papers } of counts) {
    add(overall, codeStatus, papers);
    if (year === null) {
      undated += papers;
      continue;
    }
    let byYear = years.get(year);
    if (!byYear) {
      byYear = emptyCounts();
      years.set(year, byYear);
    }
    add(byYear, codeStatus, papers);
  }
  const byYear = [...years].sort(([a], [b]) => a - b).map(([year, c]) => ({ year, ...c }));
  return { overall, byYear, undated };
}

/**
 * What the GitHub-link rate covers, in words: how many papers link a repository of those whose status is known,
 * and how many are unknown; when none is known, says so rather than showing a rate of zero.
 */
export function codeLinkCoverage(counts: CodeLinkCounts): string {
  const papers = counts.known + counts.unknown;
  if (counts.known === 0) {
    return papers === 0
      ? 'No papers in this selection.'
      : `Unknown for all ${plural(papers, 'paper')}: their source has no field for links (Web of Science, Scopus) and no record names one`;
  }
  return (
    `${formatNumber(counts.linked)} of ${plural(counts.known, 'paper')} with known status link a repository` +
    (counts.unknown
      ? ` · covers ${formatNumber(counts.known)} of ${formatNumber(papers)} · ${formatNumber(counts.unknown)} unknown, left out of the rate`
      : '')
  );
}
