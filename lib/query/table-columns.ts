import 'server-only';
import type { KnownColumns } from '@/lib/paper-row';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

/** Papers of the corpus whose source gives each optional table column, over the whole corpus (not the filter). */
export async function tableColumns(corpusId: string): Promise<KnownColumns> {
  const [row] = await queryRows<KnownColumns>(sql`
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
      count(*) filter (where len(p.categories) > 0)::INTEGER as category
    from papers p, placed
    where p.corpus_id = ${corpusId}`);
  return row ?? { citations: 0, upvotes: 0, stars: 0, venue: 0, institution: 0, country: 0, category: 0 };
}
