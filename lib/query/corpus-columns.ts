import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { KnownColumns } from '@/lib/paper-row';
import { dateSpan } from '@/lib/query/paper-tally';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';
import { cachedView } from '@/lib/store/view-cache';

/** Papers of a corpus that give each optional field: the table's columns, and what the places and sources read. */
export interface CorpusColumns extends KnownColumns {
  /** Papers that name an organisation (a Hugging Face card's, where it names no authors). */
  organisation: number;
  /** Papers that give the corresponding author's country. */
  corresponding: number;
}

/**
 * Papers of the corpus whose source gives each optional field, over the whole corpus (not the filter), kept with
 * the corpus's other views. A statistic of a field no paper gives is empty under every filter: its query is not
 * run (see `keptWithout`).
 */
export function corpusColumns(corpusId: string): Promise<CorpusColumns> {
  return cachedView(
    corpusId,
    'columns',
    async () => {
      const [row] = await queryRows<CorpusColumns>(sql`
        with placed as (
          select count(distinct ord) filter (where institution is not null)::INTEGER as institution,
            count(distinct ord) filter (where country is not null)::INTEGER as country
          from paper_affiliations
          where corpus_id = ${corpusId}
        )
        select count(p.citations)::INTEGER as citations,
          count(p.upvotes)::INTEGER as upvotes,
          count(p.github_stars)::INTEGER as stars,
          count(p.venue)::INTEGER as venue,
          any_value(placed.institution) as institution,
          any_value(placed.country) as country,
          count(*) filter (where len(p.categories) > 0)::INTEGER as category,
          count(p.organisation)::INTEGER as organisation,
          count(p.corresponding_country)::INTEGER as corresponding
        from papers p, placed
        where p.corpus_id = ${corpusId}`);
      return (
        row ?? {
          citations: 0,
          upvotes: 0,
          stars: 0,
          venue: 0,
          institution: 0,
          country: 0,
          category: 0,
          organisation: 0,
          corresponding: 0,
        }
      );
    },
    { store: true },
  );
}

/** The columns the papers table shows: those some paper of the corpus gives. */
export async function tableColumns(corpusId: string): Promise<KnownColumns> {
  const {
    organisation: _organisation,
    corresponding: _corresponding,
    ...known
  } = await corpusColumns(corpusId);
  return known;
}

/**
 * When no paper of the corpus gives any of these fields, the number of papers the filter keeps (all of them without
 * the fields); otherwise `null`, and the statistic is counted.
 */
export async function keptWithout(
  corpusId: string,
  filter: PaperFilter,
  fields: readonly (keyof CorpusColumns)[],
): Promise<number | null> {
  const columns = await corpusColumns(corpusId);
  // Exactly none: a count missing from a view stored by an earlier version is not taken for none.
  if (fields.some((field) => columns[field] !== 0)) return null;
  return (await dateSpan(corpusId, filter)).papers;
}
