import 'server-only';
import type { LeadCountryCount } from '@/lib/analyze/country-collaboration';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface LeadCountries {
  countries: LeadCountryCount[];
  /** Kept papers that name no country. */
  unknown: number;
}

/**
 * Each kept paper's lead country, as bibliometrix's AU1_CO: the corresponding (reprint) author's country, else the
 * first address that names a country; and whether it is a single-country paper, its addresses (with the
 * corresponding author's) naming one country. Counted per lead country.
 */
export async function leadCountries(corpusId: string, filter: PaperFilter): Promise<LeadCountries> {
  const unplaced = await keptWithout(corpusId, filter, ['country', 'corresponding']);
  if (unplaced !== null) return { countries: [], unknown: unplaced };
  const rows = await queryRows<{ country: string | null; papers: number; single: number }>(sql`
    with kept as (
      select p.ord, p.corresponding_country
      from papers p
      where ${filterWhere(corpusId, filter)}
    ),
    places as (
      select a.ord, arg_min(a.country, a.pos) as first_country, list(distinct a.country) as countries
      from paper_affiliations a
      where a.corpus_id = ${corpusId} and a.country is not null and a.ord in (select ord from kept)
      group by a.ord
    ),
    lead as (
      select coalesce(k.corresponding_country, pl.first_country) as country,
        len(list_distinct(list_append(coalesce(pl.countries, []), k.corresponding_country))) as countries
      from kept k
      left join places pl on pl.ord = k.ord
    )
    select country, count(*)::INTEGER as papers, count(*) filter (where countries = 1)::INTEGER as single
    from lead
    group by all`);
  return {
    countries: rows.filter((r): r is LeadCountryCount => r.country !== null),
    unknown: rows.find((r) => r.country === null)?.papers ?? 0,
  };
}
