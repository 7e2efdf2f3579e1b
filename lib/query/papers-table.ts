import 'server-only';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { formatDate } from '@/lib/format';
import type { CodeStatus, DatePrecision } from '@/lib/model';
import type { SelectedRow, TableRow } from '@/lib/paper-row';
import { filterWhere } from '@/lib/query/paper-filter';
import { queryRows, streamRows } from '@/lib/store/database';
import { joinSql, raw, type Sql, sql } from '@/lib/store/sql';
import type { SortColumn, ViewParams } from '@/lib/view-params';

/** Unknown last in either direction. */
const known = (column: string) => (d: Sql, p: Sql) =>
  sql`${p}.${raw(column)} is null, ${p}.${raw(column)} ${d}`;

// Unknown values (no date, no author count, no citation count, no venue) sort last in either direction; ties keep
// import order. `p` is the paper's alias, `t` that of its ranked terms.
const ORDER: Record<SortColumn, (direction: Sql, p: Sql, t: Sql) => Sql> = {
  title: (d, p) => sql`${p}.title_rank ${d}`,
  date: known('date'),
  authors: known('author_count'),
  github: (d, p) => sql`${p}.github_rank ${d}`,
  terms: (d, _p, t) => sql`coalesce(${t}.terms_rank, -1) ${d}`,
  citations: known('citations'),
  upvotes: known('upvotes'),
  stars: known('github_stars'),
  venue: known('venue_rank'),
  institution: known('institution_rank'),
};

/** The sort columns of `papers`, for a selection sorted apart from the paper rows. */
const SORT_COLUMNS = raw(
  'p.ord, p.title_rank, p.date, p.author_count, p.github_rank, p.citations, p.upvotes, p.github_stars, p.venue_rank, p.institution_rank',
);

/**
 * Each paper's institutions and countries (`ai.institutions`, `ac.countries`), each once in the order of its
 * addresses, joined to `p`; `ords` narrows the papers whose addresses are read.
 */
function placesJoin(corpusId: string, ords?: Sql): Sql {
  const narrowed = ords ? sql`and ord in (${ords})` : sql``;
  const places = (column: 'institution' | 'country', list: string, alias: string) => {
    const [value, named, a] = [raw(column), raw(list), raw(alias)];
    return sql`left join (
      select ord, list(${value} order by first) as ${named}
      from (
        select ord, ${value}, min(pos) as first from paper_affiliations
        where corpus_id = ${corpusId} and ${value} is not null ${narrowed}
        group by ord, ${value}
      )
      group by ord
    ) ${a} on ${a}.ord = p.ord`;
  };
  return sql`${places('institution', 'institutions', 'ai')} ${places('country', 'countries', 'ac')}`;
}

const TERMS_JOIN = sql`left join paper_top_terms t on t.corpus_id = p.corpus_id and t.text_id = p.text_id`;

/**
 * The papers a filter and the table's search select: every word of the search must occur in the title, abstract,
 * organisation, repositories or terms. Title and abstract are looked up in the corpus's token index, terms among
 * its texts' ranked terms (both far fewer rows than the papers' text); organisation and repositories are in the
 * paper's row (with title and abstract too, in a corpus stored before the index). The table's terms are joined
 * only when the sort or the columns shown need them.
 */
function selection(corpusId: string, filter: PaperFilter, q: string, withTerms = true, joins = sql``): Sql {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = words.map(
    (word) => sql`(contains(p.search, ${word}) or p.text_id in (
        select w.text_id from text_words w
        where w.corpus_id = ${corpusId}
          and w.word_id in (select word_id from search_words where corpus_id = ${corpusId} and contains(word, ${word}))
        union all
        select text_id from paper_top_terms where corpus_id = ${corpusId} and contains(search, ${word})))`,
  );
  return sql`from papers p
    ${withTerms ? TERMS_JOIN : sql``}
    ${joins}
    where ${joinSql([filterWhere(corpusId, filter), ...matches], ' and ')}`;
}

function orderBy(sort: ViewParams['sort'], p = raw('p'), t = raw('t')): Sql {
  if (!sort) return sql`order by ${p}.ord`;
  return sql`order by ${ORDER[sort.id](raw(sort.desc ? 'desc' : 'asc'), p, t)}, ${p}.ord`;
}

interface TableRecord {
  id: string;
  title: string;
  date: string | null;
  date_precision: DatePrecision | null;
  author_count: number | null;
  organisation: string | null;
  github_repos: string[];
  code_status: CodeStatus;
  terms: string[] | null;
  citations: number | null;
  upvotes: number | null;
  github_stars: number | null;
  venue: string | null;
  institutions: string[] | null;
  countries: string[] | null;
  categories: string[] | null;
}

interface PaperRecord extends TableRecord {
  abstract: string;
  other_links: string[];
}

// What a page of the table shows. Not the abstract, which can be megabytes long (a pasted book) and which the
// browser never gets; the CSV export adds it.
const TABLE_COLUMNS = `p.id, p.title, p.date, p.date_precision, p.author_count, p.organisation, p.github_repos,
  p.code_status, t.terms, p.citations, p.upvotes, p.github_stars, p.venue, ai.institutions, ac.countries,
  p.categories`;
const COLUMNS = raw(`${TABLE_COLUMNS}, p.abstract, p.other_links`);

function tableRowOf(record: TableRecord): TableRow {
  return {
    id: record.id,
    title: record.title,
    date: record.date,
    dateLabel: formatDate(record.date, record.date_precision),
    authors: record.author_count,
    organisation: record.organisation,
    repos: record.github_repos,
    codeStatus: record.code_status,
    terms: record.terms ?? [],
    citations: record.citations,
    upvotes: record.upvotes,
    stars: record.github_stars,
    venue: record.venue,
    institutions: record.institutions ?? [],
    countries: record.countries ?? [],
    categories: record.categories ?? [],
  };
}

function toRow(record: PaperRecord): SelectedRow {
  return { ...tableRowOf(record), abstract: record.abstract, otherLinks: record.other_links };
}

export interface PapersPage {
  rows: TableRow[];
  /** Papers the filter and search select. */
  selected: number;
  /** The page shown: the one asked for, or the last there is. */
  page: number;
}

/** One page of the papers table, searched and sorted in the database. */
export async function papersPage(
  corpusId: string,
  { filter, q, sort, page, size }: Pick<ViewParams, 'filter' | 'q' | 'sort' | 'page' | 'size'>,
): Promise<PapersPage> {
  // One pass over the papers (a search reads every abstract): the selected papers' sort columns, counted, and
  // the page chosen from them; then the shown columns of just that page.
  const pageOf = async (shown: number) => {
    const m = raw('m');
    const rows = await queryRows<TableRecord & { selected: number }>(sql`
      with matched as materialized (
        select ${SORT_COLUMNS},
          ${sort?.id === 'terms' ? sql`t.terms_rank` : sql`null::INTEGER`} as terms_rank
        ${selection(corpusId, filter, q, sort?.id === 'terms')}
      ),
      chosen as (
        select m.ord from matched m ${orderBy(sort, m, m)} limit ${size} offset ${(shown - 1) * size}
      )
      select (select count(*) from matched)::INTEGER as selected, ${raw(TABLE_COLUMNS)}
      from chosen c
      join papers p on p.corpus_id = ${corpusId} and p.ord = c.ord
      ${TERMS_JOIN}
      ${placesJoin(corpusId, sql`select ord from chosen`)}
      ${orderBy(sort)}`);
    return { rows, selected: rows[0]?.selected ?? null };
  };
  let shown = page;
  let { rows, selected } = await pageOf(shown);
  if (selected === null) {
    // Past the last page (or nothing selected): count, then show the last page there is.
    const [count] = await queryRows<{ selected: number }>(
      sql`select count(*)::INTEGER as selected ${selection(corpusId, filter, q, false)}`,
    );
    selected = count?.selected ?? 0;
    const last = Math.max(1, Math.ceil(selected / size));
    if (last < page && selected > 0) {
      shown = last;
      rows = (await pageOf(shown)).rows;
    } else shown = Math.min(page, last);
  }
  return { rows: rows.map(tableRowOf), selected, page: shown };
}

/** Every paper the filter and search select, in the table's order, a chunk at a time (for CSV export). */
export async function* selectedPapers(
  corpusId: string,
  { filter, q, sort }: Pick<ViewParams, 'filter' | 'q' | 'sort'>,
): AsyncGenerator<SelectedRow[]> {
  for await (const records of streamRows<PaperRecord>(
    sql`select ${COLUMNS} ${selection(corpusId, filter, q, true, placesJoin(corpusId))} ${orderBy(sort)}`,
  )) {
    yield records.map(toRow);
  }
}
