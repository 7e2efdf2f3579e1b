import { termKeyOf } from './normalise-term.ts';

/** A bare acronym's key, or another expansion of it, and the term it stands for in this corpus. */
export interface AcronymMerge {
  /**
   * The key a paper that only writes the acronym gives it ("grpo"), or another expansion papers define it with
   * ("vision language action model", where most define "vision-language-action (VLA)").
   */
  from: string;
  /** The expansion's key: "group relative policy optimization". */
  to: string;
  /** The label that shows both: "group relative policy optimization (GRPO)". */
  label: string;
}

/** A label the extractor gives a term defined with its acronym: "large language model (LLM)". */
const DEFINED = /^(.+) \(([^()]+)\)$/;

/** How a corpus writes a one-word key where no paper defines it: in how many papers, and as a name in how many. */
export interface BareUse {
  key: string;
  papers: number;
  /** Papers that write it as a name (`WRITTEN_AS_NAME`): "GRPO", not "core". */
  named: number;
}

/**
 * Merges that make a bare acronym one term with its expansion across a corpus: a paper that writes only "GRPO"
 * counts toward "group relative policy optimization", which other papers define as "… (GRPO)". Each acronym
 * takes the expansion the most papers define it with (ties by key), and the label shown most with it. `defined`
 * holds each key and label with the papers that give the term that label. An acronym that is also a word, which
 * most papers that use it alone write in lower case (`bare`: "core" where one paper defines "CORE"), stays itself.
 *
 * Another expansion of the acronym becomes that one too when it only adds or drops words of it ("vision-language-
 * action model (VLA)" beside "vision-language-action (VLA)"), at least `MIN_VARIANT_PAPERS` papers but fewer than
 * the main one's define it so, no other acronym is defined with it more often, and it is no acronym's main
 * expansion itself. "Diffusion large language model (DLM)" in one paper stays the dLLM.
 */
export function acronymMerges(
  defined: readonly { key: string; label: string; papers: number }[],
  bare: readonly BareUse[] = [],
): AcronymMerge[] {
  const word = new Set(bare.filter((use) => use.named * 2 < use.papers).map((use) => use.key));
  const byAcronym = new Map<string, Map<string, { papers: number; label: string; labelPapers: number }>>();
  for (const { key, label, papers } of defined) {
    const acronym = DEFINED.exec(label)?.[2];
    if (!acronym) continue;
    const from = termKeyOf(acronym);
    if (from === '' || from === key || from.includes(' ') || word.has(from)) continue;
    const expansions = byAcronym.get(from) ?? new Map();
    const seen = expansions.get(key) ?? { papers: 0, label, labelPapers: 0 };
    seen.papers += papers;
    if (papers > seen.labelPapers || (papers === seen.labelPapers && label < seen.label)) {
      seen.label = label;
      seen.labelPapers = papers;
    }
    expansions.set(key, seen);
    byAcronym.set(from, expansions);
  }
  const merges: AcronymMerge[] = [];
  const main = new Map<string, { to: string; papers: number; label: string }>();
  for (const [from, expansions] of byAcronym) {
    const [to, best] = mostDefined(expansions) ?? [];
    if (to === undefined || best === undefined) continue;
    merges.push({ from, to, label: best.label });
    main.set(from, { to, ...best });
  }
  // Each expansion's own acronym: the one most papers define it with.
  const acronymsOf = new Map<string, Map<string, { papers: number }>>();
  for (const [from, expansions] of byAcronym) {
    for (const [key, { papers }] of expansions) {
      const acronyms = acronymsOf.get(key) ?? new Map();
      acronyms.set(from, { papers });
      acronymsOf.set(key, acronyms);
    }
  }
  const mains = new Set([...main.values()].map(({ to }) => to));
  for (const [from, expansions] of byAcronym) {
    const chosen = main.get(from);
    if (!chosen) continue;
    for (const [key, { papers }] of expansions) {
      if (key === chosen.to || mains.has(key) || papers < MIN_VARIANT_PAPERS || papers >= chosen.papers)
        continue;
      if (mostDefined(acronymsOf.get(key) ?? new Map())?.[0] !== from) continue;
      if (wordsNested(key, chosen.to)) merges.push({ from: key, to: chosen.to, label: chosen.label });
    }
  }
  return merges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** A merge of a bare acronym ("grpo"), not of a second expansion: the merges a phrase's words are looked up in. */
export function isBareAcronym(merge: AcronymMerge): boolean {
  return !merge.from.includes(' ');
}

/** Papers that must define an acronym with a second expansion before that expansion joins the main one. */
export const MIN_VARIANT_PAPERS = 2;

/** The entry with the most papers, ties by key. */
function mostDefined<T extends { papers: number }>(entries: ReadonlyMap<string, T>): [string, T] | undefined {
  let best: [string, T] | undefined;
  for (const entry of entries) {
    if (
      !best ||
      entry[1].papers > best[1].papers ||
      (entry[1].papers === best[1].papers && entry[0] < best[0])
    )
      best = entry;
  }
  return best;
}

/** Every word of one key is a word of the other. */
function wordsNested(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = new Set(long.split(' '));
  return short.split(' ').every((word) => words.has(word));
}

/** A phrase's key and the papers that use it. */
export interface PhraseUse {
  key: string;
  papers: number;
}

/**
 * A phrase's key with each acronym of `merges` it holds written out ("multimodal llm" → "multimodal large language
 * model"); null for a single word or a phrase without one.
 */
export function acronymExpander(merges: readonly AcronymMerge[]): (key: string) => string | null {
  const expansions = new Map(merges.filter(isBareAcronym).map((merge) => [merge.from, merge.to]));
  return (key) => {
    if (!key.includes(' ')) return null;
    const words = key.split(' ');
    if (!words.some((word) => expansions.has(word))) return null;
    return words.map((word) => expansions.get(word) ?? word).join(' ');
  };
}

/**
 * Merges that make a phrase written with an acronym and the same phrase written out one term: "multimodal LLM"
 * and "multimodal large language model", "LLM agent" and "large language model agent". Of the forms a corpus
 * uses, the one the most papers use stays (ties by key), the others become it; where the written-out form is
 * itself an expansion `merges` joins to another ("VLA model" and "vision-language-action model"), all become that
 * one. `phrases` holds each phrase with an acronym of `merges` and each written-out form of them that the corpus
 * uses.
 */
export function phraseAcronymMerges(
  merges: readonly AcronymMerge[],
  phrases: readonly PhraseUse[],
): { from: string; to: string }[] {
  const papers = new Map(phrases.map(({ key, papers: n }) => [key, n]));
  const expand = acronymExpander(merges);
  const joinedExpansions = new Map(
    merges.filter((merge) => !isBareAcronym(merge)).map((merge) => [merge.from, merge.to]),
  );
  const forms = new Map<string, string[]>();
  for (const { key } of phrases) {
    const expanded = expand(key);
    if (expanded === null || expanded === key || !papers.has(expanded)) continue;
    forms.set(expanded, [...(forms.get(expanded) ?? [expanded]), key]);
  }
  const joined: { from: string; to: string }[] = [];
  for (const [expanded, keys] of forms) {
    const [first, ...others] = [...keys].sort(
      (a, b) => (papers.get(b) ?? 0) - (papers.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const to = joinedExpansions.get(expanded) ?? first;
    for (const from of first === to ? others : keys) {
      if (to !== undefined && !joinedExpansions.has(from)) joined.push({ from, to });
    }
  }
  return joined.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
