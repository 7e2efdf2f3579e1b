import 'server-only';
import { LIST, VARCHAR } from '@duckdb/node-api';
import { collationRanks } from '@/lib/collation-ranks';
import { TERMS_VERSION } from '@/lib/query/paper-filter';
import { rebuildCorpusTerms } from '@/lib/store/corpus-terms';
import { execute, inTransaction, queryRows } from '@/lib/store/database';
import { raw, type Sql, sql, textList } from '@/lib/store/sql';
import { refreshTermRelevance } from '@/lib/store/term-relevance';
import { forgetViews } from '@/lib/store/view-cache';
import {
  acronymExpander,
  acronymMerges,
  type BareUse,
  isBareAcronym,
  type PhraseUse,
  phraseAcronymMerges,
} from '@/lib/terms/acronym-merges';
import { LENGTH_PRIOR, NAME_PRIOR, WRITTEN_AS_NAME } from '@/lib/terms/rank-terms';
import { isStopTerm } from '@/lib/terms/stop-terms';

/** A corpus's own edits to its terms, applied at aggregation: changing them never re-tags. */
export interface TermSettings {
  /** Keys to leave out, on top of the default stop-terms. */
  stopTerms: string[];
  /** Merges: a key and the key it becomes. */
  merges: { from: string; to: string }[];
}

export const NO_TERM_SETTINGS: TermSettings = { stopTerms: [], merges: [] };

export async function getTermSettings(corpusId: string): Promise<TermSettings> {
  const [row] = await queryRows<{ data: string }>(
    sql`select data from term_settings where corpus_id = ${corpusId}`,
  );
  return row ? (JSON.parse(row.data) as TermSettings) : NO_TERM_SETTINGS;
}

/** Stores the settings and applies them at once: the rules the queries join, and the table's ranked terms. */
export async function setTermSettings(corpusId: string, settings: TermSettings): Promise<void> {
  await inTransaction(async (connection) => {
    await execute(connection, sql`delete from term_settings where corpus_id = ${corpusId}`);
    await execute(
      connection,
      sql`insert into term_settings values (${corpusId}, ${JSON.stringify(settings)})`,
    );
  });
  await applyTermRules(corpusId);
}

/**
 * Builds a tagged corpus's rules, its terms under them, their relevance and the table's ranked terms again, then
 * records the rules' version: a start that stops half-way through does it all again next time. `whenRuled`: the
 * terms were just stored batch by batch under the rules of the time (tagging), so they are built again only if
 * there are rules now.
 */
export async function applyTermRules(corpusId: string, { whenRuled = false } = {}): Promise<void> {
  const ruled = await refreshTermRules(corpusId);
  if (ruled || !whenRuled) await rebuildCorpusTerms(corpusId);
  await refreshTermRelevance(corpusId);
  await refreshTableTerms(corpusId);
  await inTransaction((connection) =>
    execute(
      connection,
      sql`update corpus_state set rules = ${TERM_RULES_VERSION} where corpus_id = ${corpusId}`,
    ),
  );
}

/**
 * Changes whenever the rules or the relevance weights made of the same terms and settings change (how acronyms
 * join their expansions, how a term's repeats count, what a definition by acronym weighs): a corpus built under an
 * older one is built again at start.
 */
export const TERM_RULES_VERSION = 4;

/**
 * Builds again the rules of the tagged corpora whose rules an older version made, and everything read from them.
 * Corpora still tagging build theirs when tagging ends. Returns the corpora rebuilt.
 */
export async function refreshStaleTermRules(): Promise<string[]> {
  const stale = await queryRows<{ corpus_id: string }>(sql`
    select corpus_id from corpus_state
    where terms = 'ready' and coalesce(rules, 0) < ${TERM_RULES_VERSION}
    order by corpus_id`);
  for (const { corpus_id } of stale) {
    await applyTermRules(corpus_id);
    await forgetViews(corpus_id);
  }
  return stale.map((row) => row.corpus_id);
}

/**
 * Turns the settings into rules the queries join: each merged key and the key it becomes (stopped when that key
 * is a stop-term), and each key the corpus's own stop-terms leave out, which includes phrases made only of
 * generic words once a stop-term counts as generic. Bare acronyms the corpus defines somewhere become their
 * expansion (`acronymMerges`) unless the settings say otherwise of them. Run again when tagging adds keys. True
 * when there are rules.
 */
export async function refreshTermRules(corpusId: string): Promise<boolean> {
  const settings = await getTermSettings(corpusId);
  const extra = new Set(settings.stopTerms);
  const merged = new Map(settings.merges.map(({ from, to }) => [from, to]));
  const words = [...extra].flatMap((key) => key.split(' '));
  const candidates = extra.size
    ? await queryRows<{ key: string }>(sql`
        select distinct t.key
        from text_terms t
        where t.version = ${TERMS_VERSION}
          and t.text_hash in (select text_hash from papers where corpus_id = ${corpusId})
          and (t.key in (select unnest(${textList([...extra])}::VARCHAR[]))
            or list_has_any(string_split(t.key, ' '), ${textList(words)}::VARCHAR[]))`)
    : [];
  // Each text's papers in the corpus: a key's papers are summed over the texts that hold it.
  const texts = sql`(select text_hash, count(*) as n from papers where corpus_id = ${corpusId} group by text_hash)`;
  const defined = await queryRows<{ key: string; label: string; papers: number }>(sql`
    select t.key, t.label, sum(p.n)::INTEGER as papers
    from text_terms t join ${texts} p using (text_hash)
    where t.version = ${TERMS_VERSION} and t.label like '%)'
    group by all`);
  // One-word keys written alone, and how often as a name: an acronym that is also a word stays itself.
  const bare = await queryRows<BareUse>(sql`
    select t.key, sum(p.n)::INTEGER as papers,
      coalesce(sum(p.n) filter (where regexp_matches(t.label, ${WRITTEN_AS_NAME.source})), 0)::INTEGER as named
    from text_terms t join ${texts} p using (text_hash)
    where t.version = ${TERMS_VERSION} and t.label not like '%)' and not contains(t.key, ' ')
    group by t.key`);
  const acronyms = acronymMerges(defined, bare);
  // Phrases written with one of those acronyms, then the written-out forms of them the corpus uses.
  const phraseUses = (keys: Sql) =>
    queryRows<PhraseUse>(sql`
      select t.key, sum(p.n)::INTEGER as papers
      from text_terms t join ${texts} p using (text_hash)
      where t.version = ${TERMS_VERSION} and ${keys}
      group by t.key`);
  const froms = textList(acronyms.filter(isBareAcronym).map((merge) => merge.from));
  const withAcronyms = acronyms.length
    ? // Each distinct phrase split into words once, matched to the acronyms by a hash join: testing every row's
      // words against every acronym took seconds.
      await phraseUses(sql`t.key in (
        select w.key from (
          select key, unnest(string_split(key, ' ')) as word
          from (select distinct key from text_terms where version = ${TERMS_VERSION} and contains(key, ' '))
        ) w
        where w.word in (select unnest(${froms}::VARCHAR[])))`)
    : [];
  const expand = acronymExpander(acronyms);
  const written = textList(withAcronyms.flatMap(({ key }) => expand(key) ?? []));
  const writtenOut = withAcronyms.length
    ? await phraseUses(sql`t.key in (select unnest(${written}::VARCHAR[]))`)
    : [];
  const rules = new Map<string, { to: string | null; stop: boolean; label?: string }>();
  for (const key of extra) if (!merged.has(key)) rules.set(key, { to: null, stop: true });
  for (const { key } of candidates) {
    if (!merged.has(key) && isStopTerm(key, extra)) rules.set(key, { to: null, stop: true });
  }
  for (const [from, to] of merged) rules.set(from, { to, stop: isStopTerm(to, extra) });
  for (const { from, to, label } of acronyms) {
    if (!extra.has(from) && !merged.has(from)) rules.set(from, { to, stop: isStopTerm(to, extra), label });
  }
  for (const { from, to } of phraseAcronymMerges(acronyms, [...withAcronyms, ...writtenOut])) {
    if (!extra.has(from) && !merged.has(from)) rules.set(from, { to, stop: isStopTerm(to, extra) });
  }
  await inTransaction(async (connection) => {
    await execute(connection, sql`delete from term_rules where corpus_id = ${corpusId}`);
    const appender = await connection.createAppender('term_rules');
    for (const [key, { to, stop, label }] of rules) {
      appender.appendVarchar(corpusId);
      appender.appendVarchar(key);
      if (to === null) appender.appendNull();
      else appender.appendVarchar(to);
      appender.appendBoolean(stop);
      if (label === undefined) appender.appendNull();
      else appender.appendVarchar(label);
      appender.endRow();
    }
    appender.closeSync();
  });
  return rules.size > 0;
}

// The prior rankTerms puts on a keyphrase's length in words, as a list literal (numbers of the code, not input).
const LENGTH_PRIOR_LIST = raw(`([${LENGTH_PRIOR.join(', ')}]::DOUBLE[])`);

/**
 * Each text's four best terms for the papers table, ranked as `rankTerms` ranks them over the whole corpus
 * (count × idf × position × length prior × relevance weight, ties in the extractor's order), with their search
 * text and place in the table's order. Built when tagging finishes and when the term settings change, after the
 * relevance weights.
 */
export async function refreshTableTerms(corpusId: string): Promise<void> {
  const rows = await queryRows<{ text_id: number; terms: string[] }>(sql`
    with texts as (
      select text_id, count(*) as n from papers where corpus_id = ${corpusId} group by text_id
    ),
    docs as (select count(*) as n from papers where corpus_id = ${corpusId}),
    terms as (
      select t.*, k.key from corpus_terms t join term_keys k using (key_id) where t.corpus_id = ${corpusId}
    ),
    seen as (
      select text_id, key from terms
      union
      select text_id, unnest(string_split(key, ' ')) as key from terms where words > 1
    ),
    df as (select s.key, sum(t.n) as df from seen s join texts t using (text_id) group by s.key),
    scored as (
      select t.text_id, t.label, t.pos,
        t.count * (ln((d.n + 1) / (coalesce(f.df, 0) + 1)) + 1) * (1 + 1 / sqrt(1 + t.first))
          * case when t.words = 1 and regexp_matches(t.label, ${WRITTEN_AS_NAME.source}) then ${NAME_PRIOR}
            else ${LENGTH_PRIOR_LIST}[least(t.words, ${raw(String(LENGTH_PRIOR.length))})] end
          * coalesce(r.weight, 0) as score
      from terms t
      left join df f using (key)
      left join term_relevance r on r.corpus_id = ${corpusId} and r.key_id = t.key_id, docs d
    ),
    ranked as (
      select text_id, label, row_number() over (partition by text_id order by score desc, pos) as place
      from scored
      qualify place <= 4
    )
    select text_id, list(label order by place) as terms from ranked group by text_id`);
  const ranks = collationRanks(rows.map((row) => row.terms.join('; ')));
  await inTransaction(async (connection) => {
    await execute(connection, sql`delete from paper_top_terms where corpus_id = ${corpusId}`);
    const appender = await connection.createAppender('paper_top_terms');
    rows.forEach((row, i) => {
      appender.appendVarchar(corpusId);
      appender.appendInteger(row.text_id);
      appender.appendList(row.terms, LIST(VARCHAR));
      appender.appendVarchar(row.terms.join(' ').toLowerCase());
      appender.appendInteger(ranks[i] ?? 0);
      appender.endRow();
    });
    appender.closeSync();
  });
}
