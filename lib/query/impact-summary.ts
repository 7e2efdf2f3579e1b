import 'server-only';
import type { ImpactMetric } from '@/lib/analyze/code-impact';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { CitationSummary } from '@/lib/analyze/impact-takeaways';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface UpvoteSummary {
  known: number;
  unknown: number;
  total: number;
  median: number | null;
  /** Papers with a count of 0. */
  none: number;
}

export interface ImpactSummary {
  papers: number;
  citations: CitationSummary;
  upvotes: UpvoteSummary;
  /** Papers with a count but no known code status, per count: the comparison of papers with and without code leaves them out. */
  codeUnknown: Record<ImpactMetric, number>;
}

/**
 * The impact headline numbers of the papers a filter keeps: citations known, summed, uncited, and the h-index (the
 * largest rank r whose paper, by citations, has at least r); upvotes known, summed and their median. A paper whose
 * source gives no count is unknown, never 0.
 */
export async function impactSummary(corpusId: string, filter: PaperFilter): Promise<ImpactSummary> {
  const uncounted = await keptWithout(corpusId, filter, ['citations', 'upvotes']);
  if (uncounted !== null) {
    return {
      papers: uncounted,
      citations: { known: 0, unknown: uncounted, total: 0, uncited: 0, hIndex: 0 },
      upvotes: { known: 0, unknown: uncounted, total: 0, median: null, none: 0 },
      codeUnknown: { citations: 0, upvotes: 0 },
    };
  }
  const [row] = await queryRows<{
    papers: number;
    citationsKnown: number;
    citationsTotal: number;
    uncited: number;
    hIndex: number;
    upvotesKnown: number;
    upvotesTotal: number;
    upvotesMedian: number | null;
    noUpvotes: number;
    citedCodeUnknown: number;
    upvotedCodeUnknown: number;
  }>(sql`
    with kept as (
      select p.citations, p.upvotes, p.code_status
      from papers p
      where ${filterWhere(corpusId, filter)}
    ),
    ranked as (
      select citations, row_number() over (order by citations desc) as r
      from kept
      where citations is not null
    )
    select
      (select count(*) from kept)::INTEGER as papers,
      (select count(*) from ranked)::INTEGER as "citationsKnown",
      (select coalesce(sum(citations), 0) from ranked)::DOUBLE as "citationsTotal",
      (select count(*) filter (where citations = 0) from ranked)::INTEGER as uncited,
      (select coalesce(max(r) filter (where citations >= r), 0) from ranked)::INTEGER as "hIndex",
      count(upvotes)::INTEGER as "upvotesKnown",
      coalesce(sum(upvotes), 0)::DOUBLE as "upvotesTotal",
      median(upvotes)::DOUBLE as "upvotesMedian",
      count(*) filter (where upvotes = 0)::INTEGER as "noUpvotes",
      count(*) filter (where citations is not null and code_status = 'unknown')::INTEGER as "citedCodeUnknown",
      count(*) filter (where upvotes is not null and code_status = 'unknown')::INTEGER as "upvotedCodeUnknown"
    from kept`);
  const papers = row?.papers ?? 0;
  const citationsKnown = row?.citationsKnown ?? 0;
  const upvotesKnown = row?.upvotesKnown ?? 0;
  return {
    papers,
    citations: {
      known: citationsKnown,
      unknown: papers - citationsKnown,
      total: row?.citationsTotal ?? 0,
      uncited: row?.uncited ?? 0,
      hIndex: row?.hIndex ?? 0,
    },
    upvotes: {
      known: upvotesKnown,
      unknown: papers - upvotesKnown,
      total: row?.upvotesTotal ?? 0,
      median: row?.upvotesMedian ?? null,
      none: row?.noUpvotes ?? 0,
    },
    codeUnknown: { citations: row?.citedCodeUnknown ?? 0, upvotes: row?.upvotedCodeUnknown ?? 0 },
  };
}
