import 'server-only';
import { createHash } from 'node:crypto';
import { authorBinBounds } from '@/lib/analyze/authors-per-paper';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { joinSql, raw, type Sql, sql } from '@/lib/store/sql';
import { EXTRACTOR_VERSION } from '@/lib/terms/extractor-version';
import { DEFAULT_STOP_TERMS, GENERIC_MODIFIERS } from '@/lib/terms/stop-terms';

/**
 * The version of stored terms: the extractor's, and a digest of the lists that make a term a default stop-term,
 * since each stored term keeps whether they stop it. A change to either has stored texts tagged again, with no
 * version to remember to change by hand.
 */
export function termsVersion(extractor: number, stopLists: readonly (readonly string[])[]): string {
  return `${extractor}-${createHash('sha1').update(JSON.stringify(stopLists)).digest('hex').slice(0, 8)}`;
}

/** The version of the stored terms the queries read. */
export const TERMS_VERSION = termsVersion(EXTRACTOR_VERSION, [DEFAULT_STOP_TERMS, GENERIC_MODIFIERS]);

/** The texts of a corpus that mention a term, after its stop-terms and merges. */
export function textsWithTerm(corpusId: string, key: string): Sql {
  return sql`select text_id from corpus_terms
    where corpus_id = ${corpusId} and key_id = (select key_id from term_keys where key = ${key})`;
}

/**
 * The filter as conditions on `p` (a row of `papers`), every value bound. A period leaves out undated papers:
 * their period is unknown. Terms must all be mentioned.
 */
export function filterWhere(corpusId: string, filter: PaperFilter): Sql {
  const conditions: Sql[] = [sql`p.corpus_id = ${corpusId}`];
  if (filter.code) conditions.push(sql`p.code_status = ${filter.code}`);
  if (filter.authors) {
    const bounds = authorBinBounds(filter.authors);
    conditions.push(
      bounds
        ? sql`p.author_count between ${bounds[0]} and ${Number.isFinite(bounds[1]) ? bounds[1] : 2_147_483_647}`
        : sql`coalesce(p.author_count, 0) < 1`,
    );
  }
  if (filter.from) conditions.push(sql`left(p.date, ${filter.from.length}) >= ${filter.from}`);
  if (filter.to) conditions.push(sql`left(p.date, ${filter.to.length}) <= ${filter.to}`);
  if (filter.from || filter.to) conditions.push(sql`p.date is not null`);
  for (const key of filter.terms) conditions.push(sql`p.text_id in (${textsWithTerm(corpusId, key)})`);
  if (filter.venue !== null) conditions.push(venueCondition(filter.venue));
  if (filter.institution !== null) conditions.push(institutionCondition(corpusId, filter.institution));
  if (filter.country !== null) conditions.push(countryCondition(corpusId, filter.country));
  if (filter.category !== null) conditions.push(categoryCondition(filter.category));
  if (filter.author !== null) conditions.push(authorCondition(corpusId, filter.author));
  return joinSql(conditions, ' and ');
}

/** The paper's venue is this one, whatever its case. */
function venueCondition(venue: string): Sql {
  return sql`lower(p.venue) = lower(${venue})`;
}

/** One of the paper's addresses names this institution, whatever its case. */
function institutionCondition(corpusId: string, institution: string): Sql {
  return sql`p.ord in (select ord from paper_affiliations
    where corpus_id = ${corpusId} and lower(institution) = lower(${institution}))`;
}

/** One of the paper's addresses is in this country. */
function countryCondition(corpusId: string, country: string): Sql {
  return sql`p.ord in (select ord from paper_affiliations where corpus_id = ${corpusId} and country = ${country})`;
}

/** The paper is listed in this arXiv category (papers stored before categories have none). */
function categoryCondition(category: string): Sql {
  return sql`coalesce(list_contains(p.categories, ${category}), false)`;
}

/** This author (by matched key) signs the paper. */
function authorCondition(corpusId: string, key: string): Sql {
  return sql`p.ord in (select a.ord from paper_authors a
    join author_names n on n.corpus_id = a.corpus_id and n.author = a.author
    where a.corpus_id = ${corpusId} and n.author_key = ${key})`;
}

/**
 * Each text of the papers a filter keeps (by its number in the corpus), with how many of them hold it and the
 * first of them in import order:
 * statistics over terms count texts once and weigh them by papers.
 */
export function keptTexts(corpusId: string, filter: PaperFilter): Sql {
  return sql`select p.text_id, count(*) as n, min(p.ord) as first_ord
    from papers p
    where ${filterWhere(corpusId, filter)}
    group by p.text_id`;
}

/**
 * A corpus's terms (see `corpus_terms` in the store, keys by number) joined to the kept texts (`kept`, with
 * `text_id`).
 */
export function keptTerms(corpusId: string): Sql {
  return sql`corpus_terms t join kept k on k.text_id = t.text_id and t.corpus_id = ${corpusId}`;
}

/**
 * The terms of the given texts as the extractor stored them, with the corpus's stop-terms and merges applied: a
 * merged key counts under the key it becomes (with the label and word count of its first occurrence, counts
 * summed), a stopped one under none. What `corpus_terms` holds, built when texts are tagged or settings change.
 */
export function termsUnderRules(
  corpusId: string,
  texts: Sql,
  source: 'text_terms' | 'batch_terms' = 'text_terms',
): Sql {
  return sql`select t.text_hash,
      coalesce(r.to_key, t.key) as key,
      arg_min(coalesce(r.to_label, r.to_key, t.label), t.pos) as label,
      min(t.pos) as pos,
      sum(t.count)::INTEGER as count,
      min(t.first) as first,
      arg_min(case when r.to_key is null then t.words else len(string_split(r.to_key, ' ')) end, t.pos) as words,
      len(string_split(coalesce(r.to_key, t.key), ' ')) as key_words
    from ${raw(source)} t
    left join term_rules r on r.corpus_id = ${corpusId} and r.key = t.key
    where t.version = ${TERMS_VERSION}
      and t.text_hash in (select text_hash from (${texts}))
      and not coalesce(r.stop, t.stop)
    group by t.text_hash, coalesce(r.to_key, t.key)`;
}
