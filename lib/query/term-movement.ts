import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { PeriodUnit } from '@/lib/analyze/periods';
import { termBursts, termSlopes } from '@/lib/analyze/term-bursts';
import { cooccurrenceNetwork, type TermCooccurrence } from '@/lib/analyze/term-cooccurrence';
import type { CountedTerm } from '@/lib/analyze/term-counts';
import { MAP_TERMS, type TermMovement, TREND_TERMS } from '@/lib/analyze/term-movement';
import { type TermTrends, termTrendsFromCounts } from '@/lib/analyze/term-trends';
import { filterWhere, keptTerms, keptTexts } from '@/lib/query/paper-filter';
import { periodTally } from '@/lib/query/paper-tally';
import { queryRows } from '@/lib/store/database';
import { raw, type Sql, sql, textList } from '@/lib/store/sql';

/** A paper's period: `null` when undated, or dated to the year only and months are asked for. */
const PERIOD: Record<PeriodUnit, Sql> = {
  year: raw('left(p.date, 4)'),
  month: raw("case when p.date_precision = 'year' then null else left(p.date, 7) end"),
};

/** Share of the kept papers per period that mention each of the terms (counted already under this filter). */
export async function termTrends(
  corpusId: string,
  filter: PaperFilter,
  terms: readonly CountedTerm[],
  unit: PeriodUnit,
): Promise<TermTrends> {
  const chosen = terms.map(({ key, label, papers }) => ({ key, label, papers }));
  const keys = chosen.map((t) => t.key);
  const kept = sql`select p.text_id, ${PERIOD[unit]} as period from papers p where ${filterWhere(corpusId, filter)}`;
  const [{ periods, undated, yearOnly }, counts] = await Promise.all([
    periodTally(corpusId, filter, unit),
    keys.length
      ? queryRows<{ key: string; period: string; papers: number }>(sql`
          with kept as (
            select text_id, period, count(*) as n from (${kept}) where period is not null group by all
          )
          select w.key, k.period, sum(k.n)::INTEGER as papers
          from ${keptTerms(corpusId)}
          join term_keys w on w.key_id = t.key_id and w.key in (select unnest(${textList(keys)}::VARCHAR[]))
          group by all`)
      : [],
  ]);
  return termTrendsFromCounts(unit, chosen, periods, counts, { undated, yearOnly });
}

/** Co-occurrence network of the terms (in rank order, counted already under this filter) over the kept papers. */
export async function termCooccurrence(
  corpusId: string,
  filter: PaperFilter,
  terms: readonly CountedTerm[],
): Promise<TermCooccurrence> {
  const nodes = terms.map(({ key, label, papers }) => ({ key, label, papers }));
  const keys = nodes.map((n) => n.key);
  const pairs = keys.length
    ? await queryRows<{ a: string; b: string; papers: number }>(sql`
        with kept as (${keptTexts(corpusId, filter)}),
        terms as (
          select t.text_id, w.key, k.n
          from ${keptTerms(corpusId)}
          join term_keys w on w.key_id = t.key_id and w.key in (select unnest(${textList(keys)}::VARCHAR[]))
        )
        select x.key as a, y.key as b, sum(x.n)::INTEGER as papers
        from terms x join terms y on x.text_id = y.text_id and x.key < y.key
        group by all`)
    : [];
  const index = new Map(keys.map((key, i) => [key, i]));
  const size = keys.length;
  const counts = new Float64Array(size * size);
  for (const { a, b, papers } of pairs) {
    const [i, j] = [index.get(a) ?? 0, index.get(b) ?? 0].sort((x, y) => x - y) as [number, number];
    counts[i * size + j] = papers;
  }
  return cooccurrenceNetwork(nodes, counts);
}

/** How the top terms (counted under the same filter) move: shares over time, bursts, slopes, the term map. */
export async function termMovement(
  corpusId: string,
  filter: PaperFilter,
  topTerms: readonly CountedTerm[],
  unit: PeriodUnit,
): Promise<TermMovement> {
  const [trends, map] = await Promise.all([
    termTrends(corpusId, filter, topTerms.slice(0, TREND_TERMS), unit),
    termCooccurrence(corpusId, filter, topTerms.slice(0, MAP_TERMS)),
  ]);
  return { trends, bursts: termBursts(trends), slopes: termSlopes(trends), map };
}
