import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import type { Known } from '@/lib/analyze/impact-takeaways';
import { keptWithout } from '@/lib/query/corpus-columns';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows } from '@/lib/store/database';
import { sql } from '@/lib/store/sql';

export interface TopInstitutions extends Known {
  /** `address` when some address names it (an institution filter finds its papers), not only an organisation. */
  institutions: { name: string; papers: number; address: boolean }[];
}

/**
 * Institutions of the authors' addresses, and organisations a Hugging Face card names, by papers: a paper counts
 * once for each institution it names (full counting). Papers that name none are unknown.
 */
export async function topInstitutions(
  corpusId: string,
  filter: PaperFilter,
  { limit = 15 } = {},
): Promise<TopInstitutions> {
  const unnamed = await keptWithout(corpusId, filter, ['institution', 'organisation']);
  if (unnamed !== null) return { institutions: [], known: 0, unknown: unnamed };
  const rows = await queryRows<{
    part: 'top' | 'unnamed' | 'all';
    name: string | null;
    papers: number;
    address: boolean | null;
  }>(sql`
    with kept as (
      select p.ord, nullif(trim(p.organisation), '') as organisation
      from papers p
      where ${filterWhere(corpusId, filter)}
    ),
    named as (
      select distinct a.ord, trim(a.institution) as name, true as address
      from paper_affiliations a
      where a.corpus_id = ${corpusId} and trim(a.institution) <> '' and a.ord in (select ord from kept)
      union
      select ord, organisation, false from kept where organisation is not null
    ),
    top as (
      select name, count(distinct ord) as papers, bool_or(address) as address
      from named
      group by name
      order by papers desc, name
      limit ${limit}
    )
    select 'top' as part, name, papers::INTEGER as papers, address from top
    union all
    select 'unnamed', null, count(*)::INTEGER, null from kept where ord not in (select ord from named)
    union all
    select 'all', null, count(*)::INTEGER, null from kept`);
  const institutions = rows
    .filter((r) => r.part === 'top')
    .map((r) => ({ name: r.name ?? '', papers: r.papers, address: r.address === true }))
    .sort((a, b) => b.papers - a.papers || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unknown = rows.find((r) => r.part === 'unnamed')?.papers ?? 0;
  const all = rows.find((r) => r.part === 'all')?.papers ?? 0;
  return { institutions, known: all - unknown, unknown };
}
