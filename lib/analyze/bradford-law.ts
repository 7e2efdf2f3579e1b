import { leastSquares } from '@/lib/analyze/least-squares';

export interface SourceCount {
  name: string;
  papers: number;
}

export type BradfordZoneNumber = 1 | 2 | 3;

export interface BradfordSource extends SourceCount {
  /** 1 for the most productive source. */
  rank: number;
  /** Papers of this source and every source ranked before it. */
  cumulative: number;
  zone: BradfordZoneNumber;
}

export interface BradfordZone {
  zone: BradfordZoneNumber;
  sources: number;
  papers: number;
  shareOfSources: number;
  shareOfPapers: number;
}

export interface BradfordLaw {
  /** Every source, most productive first; ties in name order. */
  sources: BradfordSource[];
  zones: BradfordZone[];
  /** Papers with a known source. */
  papers: number;
  /** Least-squares fit of the bibliograph `cumulative = a + b · ln(rank)`; `null` with one source. */
  fit: { a: number; b: number; r2: number | null } | null;
  /** Bradford multiplier as bibliometrix estimates it: the mean of n₂/n₁ and n₃/n₂; `null` if a zone is empty. */
  multiplier: number | null;
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Bradford's law of scattering, with the zones bibliometrix's `bradford()` draws: sources ranked by papers,
 * zone 1 ends at the first source whose cumulative count passes N/3 (`sum(cumFreq <= N/3) + 1`), zone 2 at the
 * first that passes 2N/3, zone 3 is the rest. Where no source's cumulative count falls in (N/3, 2N/3], zone 2 is
 * empty (R's `(z1 + 1):z2` would count backwards there and relabel the last core source).
 */
export function bradfordLaw(counts: readonly SourceCount[]): BradfordLaw {
  const ranked = [...counts]
    .filter((s) => s.papers > 0)
    .sort((a, b) => b.papers - a.papers || compareNames(a.name, b.name));
  const total = ranked.reduce((sum, s) => sum + s.papers, 0);
  const n = ranked.length;
  let running = 0;
  const cumulative = ranked.map((s) => {
    running += s.papers;
    return running;
  });
  const zone1End = Math.min(cumulative.filter((c) => c <= total / 3).length + 1, n);
  const zone2End = Math.min(cumulative.filter((c) => c <= (2 * total) / 3).length + 1, n);
  const sources: BradfordSource[] = ranked.map((s, i) => ({
    ...s,
    rank: i + 1,
    cumulative: cumulative[i] ?? 0,
    zone: i < zone1End ? 1 : i < zone2End ? 2 : 3,
  }));
  const zones = ([1, 2, 3] as const).map((zone) => {
    const members = sources.filter((s) => s.zone === zone);
    const papers = members.reduce((sum, s) => sum + s.papers, 0);
    return {
      zone,
      sources: members.length,
      papers,
      shareOfSources: n ? members.length / n : 0,
      shareOfPapers: total ? papers / total : 0,
    };
  });
  const line = leastSquares(sources.map((s) => [Math.log(s.rank), s.cumulative]));
  const [n1 = 0, n2 = 0, n3 = 0] = zones.map((z) => z.sources);
  return {
    sources,
    zones,
    papers: total,
    fit: line ? { a: line.intercept, b: line.slope, r2: line.r2 } : null,
    multiplier: n1 > 0 && n2 > 0 && n3 > 0 ? (n2 / n1 + n3 / n2) / 2 : null,
  };
}
