import nlp from 'compromise';
import { isFieldInIcs, normaliseTerm, singularOf } from './normalise-term.ts';
import { showsAcronym } from './rank-terms.ts';
import { stripBoilerplate } from './strip-boilerplate.ts';

export interface ExtractedTerm {
  /** Lower case, singular, hyphen/space variants folded, acronym merged with its expansion. */
  key: string;
  /** Display form, e.g. "large language model (LLM)", "diffusion model". */
  label: string;
  /** Occurrences in this text. */
  count: number;
  /** 0-based word position of the first occurrence. */
  first: number;
  /** Number of words in the key. */
  words: number;
}

/** A term of compromise's internal document, as its tagger leaves it. */
interface TaggedTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

/** A tagging rule of compromise's post-tagger, with the words and tags a sentence must hold for it to apply. */
interface Rule {
  match: string;
  /** The pattern as compromise parses it: one step a term, or a step that takes a varying number of terms. */
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** One step of a parsed compromise pattern: the fields its matcher reads. */
interface Reg {
  word?: string;
  tag?: string;
  use?: keyof TaggedTerm;
  fastOr?: Set<string>;
  pos?: string;
  choices?: Reg[][];
  operator?: string;
  optional?: boolean;
  greedy?: boolean;
  negative?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
  min?: number;
  max?: number;
}

interface RuleNet {
  /** Rules by a word or "#Tag" they need or want; key order is the order rules run in. */
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

/** The internals of compromise this module reads: the steps of `nlp(text)`, its post-tagger's parts, its roots. */
interface Tagger {
  hooks: string[];
  model: { two: { matches: Rule[] } };
  methods: {
    one: {
      tokenize: { fromString(text: string, world: Tagger): TaggedTerm[][] };
      cacheDoc(document: TaggedTerm[][]): Set<string>[];
      match(document: TaggedTerm[][], rule: Rule): { ptrs: number[][] };
      bulkTagger(found: object[], document: TaggedTerm[][], world: Tagger): void;
    };
    two: {
      quickSplit(document: TaggedTerm[][]): TaggedTerm[][];
      transform: {
        noun: { toSingular(word: string, model: unknown): string };
        verb: { toInfinitive(word: string, model: unknown, tense: string): string };
      };
    };
  };
}

interface TaggedView {
  document: TaggedTerm[][];
  readonly docs: TaggedTerm[][];
  compute(step: string): void;
  update(pointers: number[][]): TaggedView;
  uncache(): void;
  unfreeze(): void;
}

type Role = 'noun' | 'adjective' | 'gerund' | 'participle' | 'verb' | 'determiner' | 'other' | 'junk';

interface Word {
  /** Surface form; hyphenated compounds split by the tagger are joined again. */
  text: string;
  /** Singular (nouns) when the tagger knows one. */
  root: string;
  role: Role;
  proper: boolean;
  /** A place the tagger knows ("Netherlands", "United States"): never made singular, shown as written. */
  place: boolean;
  /** 0-based position among the words of the text. */
  index: number;
  /** Punctuation or a line break separates this word from the next. */
  breakAfter: boolean;
  /** Written as "(ABC)" right after a phrase: a candidate acronym definition. */
  parenthesised: boolean;
  /** A copula, modal or auxiliary verb. */
  auxiliary: boolean;
  preposition: boolean;
}

interface Occurrence {
  words: Word[];
  key: string;
  label: string;
}

// LaTeX command names that survive as words once the backslash is lost ("varphi", "proptoleft").
const LATEX_NAMES = [
  'alpha',
  'approx',
  'beta',
  'cdot',
  'cdots',
  'delta',
  'dots',
  'emph',
  'epsilon',
  'eta',
  'frac',
  'gamma',
  'geq',
  'infty',
  'kappa',
  'lambda',
  'langle',
  'ldots',
  'left',
  'leq',
  'mathbb',
  'mathbf',
  'mathcal',
  'mathit',
  'mathrm',
  'mid',
  'mu',
  'nabla',
  'neq',
  'omega',
  'operatorname',
  'partial',
  'phi',
  'pi',
  'propto',
  'psi',
  'rangle',
  'rho',
  'right',
  'rightarrow',
  'sigma',
  'sim',
  'sqrt',
  'sum',
  'tau',
  'text',
  'textbf',
  'textit',
  'theta',
  'times',
  'top',
  'varepsilon',
  'varphi',
  'vartheta',
  'xi',
  'zeta',
];
// Names that are also words (or Greek letters, as in "beta distribution") are junk only when glued to another
// name ("proptoleft").
const WORDLIKE_LATEX_NAMES = new Set([
  'alpha',
  'beta',
  'delta',
  'dots',
  'epsilon',
  'eta',
  'gamma',
  'kappa',
  'lambda',
  'left',
  'mid',
  'mu',
  'omega',
  'partial',
  'phi',
  'pi',
  'psi',
  'rho',
  'right',
  'sigma',
  'sum',
  'tau',
  'text',
  'theta',
  'times',
  'top',
  'xi',
  'zeta',
]);
const LATEX_NAME_SET = new Set(LATEX_NAMES);
const LATEX_ALTERNATIVES = LATEX_NAMES.join('|');
const GLUED_LATEX = new RegExp(`^(?:${LATEX_ALTERNATIVES})(?:${LATEX_ALTERNATIVES})+$`);

const FUNCTION_WORDS = new Set([
  'above',
  'across',
  'against',
  'all',
  'among',
  'another',
  'any',
  'below',
  'beyond',
  'despite',
  'during',
  'each',
  'either',
  'etc',
  'every',
  'her',
  'his',
  'i',
  'it',
  'its',
  'me',
  'mine',
  'my',
  'near',
  'neither',
  'no',
  'none',
  'our',
  'ours',
  'over',
  'per',
  'she',
  'some',
  'that',
  'than',
  'the',
  'their',
  'theirs',
  'them',
  'these',
  'they',
  'this',
  'those',
  'through',
  'toward',
  'towards',
  'under',
  'unlike',
  'upon',
  'us',
  'versus',
  'via',
  'we',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'within',
  'without',
  'you',
  'your',
]);

// Openers that qualify a phrase without naming anything: "a novel clustering algorithm" is a clustering algorithm.
const LEADING_QUALIFIERS = new Set([
  'actual',
  'additional',
  'advanced',
  'alternative',
  'appropriate',
  'available',
  'basic',
  'brief',
  'called',
  'certain',
  'challenging',
  'common',
  'comprehensive',
  'conventional',
  'corresponding',
  'crucial',
  'current',
  'desired',
  'detailed',
  'developed',
  'different',
  'diverse',
  'effective',
  'efficient',
  'entire',
  'existing',
  'extensive',
  'few',
  'first',
  'further',
  'given',
  'good',
  'high-quality',
  'holistic',
  'important',
  'improved',
  'increasing',
  'innovative',
  'key',
  'known',
  'less',
  'lightweight',
  'main',
  'major',
  'many',
  'modern',
  'more',
  'most',
  'much',
  'necessary',
  'new',
  'next',
  'notable',
  'novel',
  'numerous',
  'original',
  'other',
  'own',
  'particular',
  'possible',
  'potential',
  'powerful',
  'practical',
  'preliminary',
  'present',
  'previous',
  'promising',
  'proposed',
  'recent',
  'related',
  'relevant',
  'remarkable',
  'respective',
  'resulting',
  'rigorous',
  'same',
  'satisfactory',
  'second',
  'serious',
  'several',
  'significant',
  'simple',
  'so-called',
  'sophisticated',
  'special',
  'specific',
  'substantial',
  'successful',
  'such',
  'suitable',
  'superior',
  'third',
  'thorough',
  'traditional',
  'typical',
  'underlying',
  'unified',
  'useful',
  'various',
  'versatile',
  'well-known',
  'whole',
]);

// Gerunds that head a verb phrase, never a noun phrase: "a system using neural networks".
const VERBAL_GERUNDS = new Set([
  'according',
  'achieving',
  'allowing',
  'applying',
  'being',
  'combining',
  'comparing',
  'concerning',
  'considering',
  'containing',
  'describing',
  'employing',
  'enabling',
  'following',
  'giving',
  'having',
  'including',
  'involving',
  'keeping',
  'leading',
  'making',
  'obtaining',
  'providing',
  'reducing',
  'regarding',
  'requiring',
  'resulting',
  'showing',
  'taking',
  'using',
  'yielding',
]);

// Verbs in -s that follow their subject noun far more often than they end a noun phrase.
const VERBS_IN_S = new Set([
  'achieves',
  'allows',
  'appears',
  'applies',
  'arises',
  'becomes',
  'belongs',
  'consists',
  'contains',
  'corresponds',
  'deals',
  'demonstrates',
  'depends',
  'describes',
  'employs',
  'enables',
  'exhibits',
  'focuses',
  'gives',
  'has',
  'improves',
  'includes',
  'increases',
  'involves',
  'leads',
  'looks',
  'makes',
  'occurs',
  'operates',
  'performs',
  'presents',
  'proposes',
  'provides',
  'reduces',
  'refers',
  'relies',
  'remains',
  'requires',
  'seems',
  'shows',
  'takes',
  'uses',
  'yields',
]);

const MAX_TERM_WORDS = 6;
// Two or more capitals, as written inside the parentheses of a definition: "LLMs", "CNN", "QPSchur", "dLLMs".
const ACRONYM = /^(?:[A-Z]|[a-z][A-Za-z0-9]*[A-Z])[A-Za-z0-9]*[A-Z][A-Za-z0-9]*$/;

/**
 * Candidate terms of one document (title + "\n" + abstract): noun phrases and adjective + noun sequences from
 * compromise's tagging, single nouns included, in order of first occurrence. Acronyms defined in the text
 * ("large language models (LLMs)") take their expansion's key, and later bare uses count toward it.
 */
export function extractTerms(text: string): ExtractedTerm[] {
  const words = taggedWords(text);
  const occurrences: Occurrence[] = [];
  for (const chunk of chunks(words)) {
    const occurrence = toOccurrence(chunk);
    if (occurrence) occurrences.push(occurrence);
  }
  return collect(mergeAcronyms(occurrences, words));
}

const tagger = nlp.world() as Tagger;
// Every step of `nlp(text)` but the chunker, whose phrase labels are never read.
const STEPS = tagger.hooks.filter((hook) => hook !== 'chunks');
const net = ruleNet();
const hookKeys = Object.keys(net.hooks);
const hookOrder = new Map(hookKeys.map((key, i) => [key, i]));
// Rules of one pattern share a number, and needs and wants are rule keys, so a clause is checked by numbers.
const patterns = new Map<string, number>();
const keyNumbers = (keys: readonly string[]) => keys.map((key) => hookOrder.get(key) ?? -1);
const hookRules = hookKeys.map((key) =>
  (net.hooks[key] ?? []).map((rule) => {
    const pattern = patterns.get(rule.match) ?? patterns.size;
    patterns.set(rule.match, pattern);
    const run = longestFixedRun(rule.regs);
    return { rule, run, pattern, needs: keyNumbers(rule.needs), wants: keyNumbers(rule.wants) };
  }),
);
const alwaysRules: Candidate[] = net.always.map((rule) => ({ rule, run: longestFixedRun(rule.regs) }));
const patternSeen = new Float64Array(patterns.size);
const keyPresent = new Float64Array(hookKeys.length);
let clauseStamp = 0;

/**
 * The post-tagger's rules indexed as compromise's `buildNet` does. Its parse step rewrites the rules in place
 * and must run once only, so the rules are parsed by compromise's own first tagging and only indexed here.
 */
function ruleNet(): RuleNet {
  nlp('a');
  const hooks: Record<string, Rule[]> = {};
  for (const rule of tagger.model.two.matches) {
    for (const key of [...rule.needs, ...rule.wants]) {
      const list = Array.isArray(hooks[key]) ? hooks[key] : [];
      hooks[key] = list;
      if (!list.some((other) => other.match === rule.match)) list.push(rule);
    }
  }
  const always = tagger.model.two.matches.filter(
    (rule) => rule.needs.length === 0 && rule.wants.length === 0,
  );
  return { hooks, always };
}

/**
 * Each sentence's words with their tags, as this module's tagging leaves them: the same as compromise's `nlp(text)`
 * gives, which its tests check.
 */
export function taggedSentences(text: string): { text: string; tags: string[] }[][] {
  return tag(text).map((sentence) =>
    sentence.map((term) => ({ text: term.text, tags: [...term.tags].sort() })),
  );
}

/** compromise's sentences of tagged terms, read in place rather than copied out by `.json()`. */
function tag(text: string): TaggedTerm[][] {
  if (text === '') return [];
  const doc = nlp('') as unknown as TaggedView;
  doc.document = tagger.methods.one.tokenize.fromString(text, tagger);
  for (const step of STEPS) {
    if (step === 'postTagger') postTag(doc);
    else doc.compute(step);
  }
  return doc.docs;
}

/** compromise's `postTagger` step, with its rule lookup done per word of a clause, not per rule key. */
function postTag(view: TaggedView): void {
  const { methods } = tagger;
  const pointers = methods.two.quickSplit(view.docs).map((terms) => {
    const [sentence = 0, start = 0] = (terms[0] as TaggedTerm & { index: number[] }).index;
    return [sentence, start, start + terms.length];
  });
  const clauses = view.update(pointers).docs;
  const caches = methods.one.cacheDoc(clauses);
  const found: object[] = [];
  clauses.forEach((clause, n) => {
    for (const { rule, run } of rulesFor(caches[n] as Set<string>, clause.length)) {
      if (run && !mayMatchRun(clause, run)) continue;
      for (const pointer of methods.one.match([clause], rule).ptrs) {
        pointer[0] = n;
        found.push({ ...rule, pointer });
      }
    }
  });
  methods.one.bulkTagger(found, clauses, tagger);
  view.uncache();
  view.unfreeze();
}

/**
 * A post-tagger rule, with the longest run of its steps that each take one term (`longestFixedRun`): a clause can
 * match the rule only where it has consecutive terms each of which may match its step of the run.
 */
interface Candidate {
  rule: Rule;
  run: TermTest[] | null;
}

/** The rules compromise's sweep tries on a clause, in its order: by rule key, first of each pattern. */
function rulesFor(has: ReadonlySet<string>, words: number): Candidate[] {
  clauseStamp++;
  const keys: number[] = [];
  for (const item of has) {
    const order = hookOrder.get(item);
    if (order === undefined) continue;
    keys.push(order);
    keyPresent[order] = clauseStamp;
  }
  keys.sort((a, b) => a - b);
  const present = (order: number) => keyPresent[order] === clauseStamp;
  const rules: Candidate[] = [];
  for (const order of keys) {
    for (const candidate of hookRules[order] ?? []) {
      const { rule, pattern, needs, wants } = candidate;
      if (patternSeen[pattern] === clauseStamp) continue;
      patternSeen[pattern] = clauseStamp;
      // compromise's test: every need, no "ifNo", enough wants, enough words.
      if (!needs.every(present)) continue;
      if (rule.ifNo?.some((no) => has.has(no))) continue;
      if (wants.length > 0 && wants.filter(present).length < rule.minWant) continue;
      if (words >= rule.minWords) rules.push(candidate);
    }
  }
  // As in compromise, rules that need nothing are tried on every clause long enough.
  for (const candidate of alwaysRules) if (words >= candidate.rule.minWords) rules.push(candidate);
  return rules;
}

/**
 * Whether compromise's matcher can find a rule with this run of one-term steps in the clause: never false where
 * the matcher would match, so skipping the rules it rules out changes no tag. Most rules a clause's words call up
 * do not match it (on Hugging Face abstracts, 7 in 10 are ruled out here), and this test costs far less than the
 * matcher's.
 */
function mayMatchRun(clause: readonly TaggedTerm[], run: readonly TermTest[]): boolean {
  const last = clause.length - run.length;
  for (let start = 0; start <= last; start++) {
    let all = true;
    for (let j = 0; j < run.length && all; j++) all = (run[j] as TermTest)(clause[start + j] as TaggedTerm);
    if (all) return true;
  }
  return false;
}

/** Whether a step always takes exactly one term: not optional, not repeated, and any choice of one such step. */
function takesOneTerm(reg: Reg): boolean {
  if (reg.optional || reg.greedy || reg.min !== undefined || reg.max !== undefined) return false;
  return (
    reg.choices === undefined ||
    reg.choices.every((choice) => choice.length === 1 && takesOneTerm(choice[0] as Reg))
  );
}

/** The tests of a rule's longest run of steps that each take one term, if it has two or more; else null. */
function longestFixedRun(regs: readonly Reg[]): TermTest[] | null {
  let best: Reg[] = [];
  let current: Reg[] = [];
  for (const reg of regs) {
    if (takesOneTerm(reg)) current.push(reg);
    else current = [];
    if (current.length > best.length) best = [...current];
  }
  return best.length >= 2 ? best.map(termTest) : null;
}

/** A test of one term. */
type TermTest = (term: TaggedTerm) => boolean;

function anyTerm(): boolean {
  return true;
}

/**
 * Whether a term may match one step, as compromise's `doesMatch` reads it: words, tags and word sets are checked as
 * it checks them; every other kind of step, and a negated one, is taken to match. Made once a rule.
 */
function termTest(reg: Reg): TermTest {
  if (reg.negative || reg.anything) return anyTerm;
  const { word, tag, fastOr, pos, choices } = reg;
  if (word !== undefined) {
    const use = reg.use;
    if (use) return (term) => word === term[use];
    if (reg.fuzzy) return anyTerm;
    return (term) =>
      (term.machine !== null && term.machine === word) ||
      term.alias?.includes(word) === true ||
      word === term.text ||
      word === term.normal;
  }
  if (tag !== undefined) return (term) => term.tags.has(tag);
  if (fastOr !== undefined) {
    return (term) => {
      if (pos && !term.tags.has(pos)) return false;
      const form = term.root || term.implicit || term.machine || term.normal;
      return fastOr.has(form) || fastOr.has(term.text);
    };
  }
  if (choices !== undefined && reg.operator !== 'and') {
    const tests = choices.map((choice) => termTest(choice[0] as Reg));
    return (term) => tests.some((test) => test(term));
  }
  return anyTerm;
}

// Roots of recent forms: a corpus repeats its plurals. Bounded, as a server tags corpus after corpus.
const rootCache = new Map<string, string>();
const ROOT_CACHE_SIZE = 20_000;
// The start of compromise's root table, in its order: rootOf is asked only about Plural or PresentTense terms.
const ROOT_TAGS = ['Possessive', 'Plural', 'Copula', 'PastTense', 'Gerund', 'PresentTense'];

/**
 * The root `doc.compute('root')` gives a term that is plural or a verb in -s, computed for the few heads that
 * need it: the root table's first tag that applies, undefined where the root is the normal form.
 */
function rootOf(term: TaggedTerm): string | undefined {
  const { tags } = term;
  const first = ROOT_TAGS.find((name) => tags.has(name));
  if (first === undefined) return undefined;
  const rule = first === 'PresentTense' && tags.has('Infinitive') ? 'Infinitive' : first;
  const form = term.machine || term.normal || term.text;
  const key = `${rule} ${form}`;
  let root = rootCache.get(key);
  if (root === undefined) {
    root = rootByRule(rule, form);
    if (rootCache.size >= ROOT_CACHE_SIZE) rootCache.clear();
    rootCache.set(key, root);
  }
  return root === term.normal ? undefined : root;
}

function rootByRule(rule: string, form: string): string {
  const { noun, verb } = tagger.methods.two.transform;
  if (rule === 'Possessive') return form.replace(/'s$/, '');
  if (rule === 'Plural') return noun.toSingular(form, tagger.model);
  if (rule === 'Copula') return 'is';
  if (rule === 'Infinitive') return form;
  return verb.toInfinitive(form, tagger.model, rule);
}

/** One compromise pass over the text, flattened into words with a role each. */
function taggedWords(text: string): Word[] {
  const words: Word[] = [];
  for (const sentence of tag(prepare(text))) {
    let pending: TaggedTerm[] = [];
    for (const term of sentence) {
      if (term.text === '') continue;
      pending.push(term);
      if (/^-+$/.test(term.post)) continue;
      words.push(toWord(pending, words.length));
      pending = [];
    }
    if (pending.length > 0) words.push(toWord(pending, words.length));
    const last = words[words.length - 1];
    if (last) last.breakAfter = true;
  }
  retag(words);
  return words;
}

/**
 * Drops publishers' copyright lines, LaTeX markup and URLs, and makes the title end a sentence so no phrase runs
 * into the abstract.
 */
function prepare(text: string): string {
  const newline = text.indexOf('\n');
  const title = newline < 0 ? '' : text.slice(0, newline).trimEnd();
  const stop = title === '' || /[.!?:]$/.test(title) ? '' : '.';
  const joined =
    newline < 0
      ? stripBoilerplate(text)
      : `${sentenceCase(title)}${stop}\n${stripBoilerplate(text.slice(newline + 1))}`;
  return joined
    .replace(/\\["'^`~]\{?\\?([A-Za-z])\}?/g, '$1')
    .replace(/\\[A-Za-z]+\*?/g, ' ')
    .replace(/https?:\/\/\S+|www\.\S+/g, ' , ');
}

// A word written with a capital initial only, or a hyphenated run of such words: "Improving", "Vision-Language".
const TITLE_WORD = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}-])/gu;
// Short words a title-case title leaves in lower case: "Learning to See Before Seeing", "A Benchmark for Agents".
const TITLE_MINOR = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'vs',
  'with',
]);

/**
 * A title in title case ("Improving Instruction Following via Self-Play") in lower case, but for acronyms and
 * names written with inner capitals ("LLM", "GRPO", "DeepSeek"): the tagger reads capitalised words as names and
 * would keep a verb or an adverb in a phrase ("improving instruction following", "transformers efficiently").
 * A title in sentence case, with a word of its own in lower case, stays as written.
 */
function sentenceCase(title: string): string {
  const words = title.split(/[\s:;,.!?()]+/).filter((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word));
  if (words.some((word) => !TITLE_MINOR.has(word))) return title;
  const capitalised = title.match(TITLE_WORD)?.length ?? 0;
  return capitalised < 2 ? title : title.replace(TITLE_WORD, (word) => word.toLowerCase());
}

function toWord(parts: TaggedTerm[], index: number): Word {
  const head = parts[parts.length - 1] as TaggedTerm;
  const first = parts[0] as TaggedTerm;
  const text = parts.map((part) => part.text).join('-');
  const tags = head.tags;
  // Only plurals take the tagger's root: the root of "learning" is "learn".
  const place = tags.has('Place');
  // The tagger reads a field in -ics as a plural: "business analytics" would become "business analytic".
  const plural =
    !place &&
    !isFieldInIcs(head.text) &&
    (tags.has('Plural') || (tags.has('PresentTense') && /s$/.test(head.text)));
  const root = plural ? rootOf(head) : undefined;
  // The tagger reads a capitalised plural in a title ("Diffusion Models") as a name and keeps it plural.
  const singular = root || (!place && /^\p{Lu}\p{Ll}+$/u.test(head.text) ? singularOf(head.text) : head.text);
  return {
    text,
    root: [...parts.slice(0, -1).map((part) => part.text), singular].join('-'),
    role: roleOf(text, tags, parts.length > 1 || text.includes('-')),
    proper: tags.has('ProperNoun') || tags.has('Acronym'),
    place,
    index,
    breakAfter: /[^\s-]/.test(head.post.replace(/['’]s?/g, '')) || /\n/.test(head.post),
    parenthesised: first.pre.endsWith('(') && head.post.startsWith(')'),
    auxiliary: tags.has('Copula') || tags.has('Modal') || tags.has('Auxiliary'),
    preposition: tags.has('Preposition'),
  };
}

function roleOf(text: string, tags: ReadonlySet<string>, hyphenated: boolean): Role {
  if (isJunk(text) || tags.has('Url') || tags.has('Email')) return 'junk';
  // A name with a version, "GPT-4o", "Llama-3": the tagger reads its last part as a number.
  if (hyphenated && /^\p{Lu}\p{L}+-/u.test(text)) return 'noun';
  if (tags.has('Value') || tags.has('Date')) return 'junk';
  const lower = text.toLowerCase();
  if (tags.has('Determiner')) return 'determiner';
  if (FUNCTION_WORDS.has(lower) || tags.has('Pronoun')) return 'other';
  // A possessive ends a phrase and opens the next, as a determiner does: "Hadamard's condition".
  if (tags.has('Possessive')) return 'determiner';
  if (
    tags.has('Preposition') ||
    tags.has('Conjunction') ||
    tags.has('Adverb') ||
    tags.has('Copula') ||
    tags.has('Modal') ||
    tags.has('Auxiliary') ||
    tags.has('QuestionWord') ||
    tags.has('Negative')
  )
    return 'other';
  if (tags.has('Gerund')) return hyphenated ? 'noun' : 'gerund';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) {
    if (!hyphenated && (tags.has('Comparative') || tags.has('Superlative'))) return 'other';
    return 'adjective';
  }
  if (tags.has('PastTense') || tags.has('Participle')) return hyphenated ? 'adjective' : 'participle';
  if (tags.has('Verb')) return 'verb';
  return 'other';
}

/** LaTeX residue, numbers, URLs, single letters, digits glued to lower-case words ("300times"). */
function isJunk(text: string): boolean {
  if (!/^[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*$/u.test(text)) return true;
  if (!/\p{L}/u.test(text)) return true;
  if (/\p{N}/u.test(text) && !/\p{Lu}/u.test(text)) return true;
  const lower = text.toLowerCase();
  if (lower.length === 1) return true;
  // Enumerations, "(ii)", "(iv)": roman numerals in lower case, and "II", "III" (rarely an acronym).
  if (/^(?:ii|iii|iv|vi|vii|viii|ix)$/.test(text) || /^(?:II|III)$/.test(text)) return true;
  if (LATEX_NAME_SET.has(lower)) return !WORDLIKE_LATEX_NAMES.has(lower);
  return GLUED_LATEX.test(lower);
}

/** Fixes the tagger's commonest slips in noun phrases, using the neighbours. */
function retag(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const previous = i > 0 && !(words[i - 1] as Word).breakAfter ? (words[i - 1] as Word) : null;
    const following = words[i + 1];
    const next = !word.breakAfter ? following : undefined;
    const nominalBefore = previous !== null && (previous.role === 'noun' || previous.role === 'adjective');
    if (word.role === 'verb' && nominalBefore && /s$/.test(word.text)) {
      // "large language models (LLMs)", "language models are", "error rates of": a plural noun, not a verb.
      const lower = word.text.toLowerCase();
      const nounAfter = !next || next.auxiliary || next.role === 'verb' || next.role === 'other';
      if ((nounAfter && !VERBS_IN_S.has(lower)) || following?.parenthesised) word.role = 'noun';
    } else if (
      word.role === 'verb' &&
      next?.role === 'noun' &&
      (previous === null || previous.role === 'determiner' || previous.role === 'adjective')
    ) {
      // "the test set", "leak rates": a noun modifier where no subject can precede the verb.
      word.role = 'noun';
    } else if (
      word.role === 'noun' &&
      nominalBefore &&
      next?.role === 'determiner' &&
      /[^s]s$/.test(word.text)
    ) {
      // "NCFD leverages the", "the method outperforms a": a verb between subject and object.
      word.role = 'verb';
    } else if (word.role === 'participle' && next && isNominal(next.role)) {
      // "distributed systems", "labeled data": a modifier unless a subject precedes it.
      if (previous === null || (previous.role !== 'noun' && previous.role !== 'other'))
        word.role = 'adjective';
    } else if (word.role === 'gerund' && !VERBAL_GERUNDS.has(word.text.toLowerCase())) {
      // "machine learning", "the training set"; not "using neural networks".
      if (nominalBefore) word.role = 'noun';
      else if (previous?.role === 'determiner' && next && isNominal(next.role)) word.role = 'adjective';
      // "with pretraining.", "of clustering and": a noun where no object follows.
      else if (
        (previous?.role === 'determiner' || previous?.preposition) &&
        (!next || next.preposition || next.text === 'and' || next.text === 'or')
      )
        word.role = 'noun';
      // "search, reasoning, and action", "reasoning and planning.": an item of a list.
      else if (
        (previous === null && i > 0 && (word.breakAfter || next?.text === 'and' || next?.text === 'or')) ||
        ((previous?.text === 'and' || previous?.text === 'or') && (word.breakAfter || next?.preposition))
      )
        word.role = 'noun';
    } else if (word.role === 'gerund' && nominalBefore && !next?.parenthesised && endsPhrase(word, next)) {
      // "instruction following in LLMs", "with instruction following.": after a noun, with no object to take.
      word.role = 'noun';
    }
  }
}

/** Nothing a verb could take follows: the clause ends, or "and", "or" or a preposition other than "to" comes. */
function endsPhrase(word: Word, next: Word | undefined): boolean {
  if (!next) return word.breakAfter;
  const text = next.text.toLowerCase();
  return text === 'and' || text === 'or' || (next.preposition && text !== 'to');
}

function isNominal(role: Role): boolean {
  return role === 'noun' || role === 'adjective' || role === 'gerund' || role === 'participle';
}

/** Maximal runs of adjectives and nouns that end in a noun, split at punctuation. */
function chunks(words: readonly Word[]): Word[][] {
  const found: Word[][] = [];
  let run: Word[] = [];
  const flush = () => {
    let end = run.length;
    while (end > 0 && (run[end - 1] as Word).role !== 'noun') end--;
    let start = 0;
    while (start < end && LEADING_QUALIFIERS.has((run[start] as Word).text.toLowerCase())) start++;
    if (end > start) found.push(run.slice(start, end));
    run = [];
  };
  for (const word of words) {
    if (word.role === 'noun' || word.role === 'adjective') {
      if (word.parenthesised) {
        flush();
        run.push(word);
        flush();
        continue;
      }
      run.push(word);
      if (word.breakAfter) flush();
    } else {
      flush();
    }
  }
  flush();
  return found;
}

function toOccurrence(words: Word[]): Occurrence | null {
  const kept = words.length > MAX_TERM_WORDS ? words.slice(-MAX_TERM_WORDS) : words;
  const forms = kept.map((word, i) => (i === kept.length - 1 ? word.root : word.text));
  const key = normaliseTerm(forms);
  if (key === '') return null;
  const headLast = headIsLast(kept);
  const label = kept
    .map((word, i) =>
      word.place
        ? word.text
        : displayForm(i === kept.length - 1 && headLast ? singularSurface(word) : word.text),
    )
    .join(' ');
  return { words: kept, key, label };
}

// Prepositions after the head of a phrase: in "mixture of experts" or "learning with verifiable rewards" the head
// is the word before them, and the last word keeps its number.
const AFTER_HEAD = new Set(['of', 'with', 'from', 'for', 'in', 'on', 'over', 'via']);

/**
 * The last word of a phrase is its head, which the label shows singular as the key has it ("diffusion models" →
 * "diffusion model"), unless a preposition comes before it, apart or inside a hyphenated word
 * ("Mixture-of-Experts"). The key stays singular either way, so that both numbers count as one term.
 */
function headIsLast(words: readonly Word[]): boolean {
  const before = words.slice(0, -1).some((word) => AFTER_HEAD.has(word.text.toLowerCase()));
  const inner = (words.at(-1)?.text.toLowerCase().split('-').slice(1, -1) ?? []).some((part) =>
    AFTER_HEAD.has(part),
  );
  return !before && !inner;
}

/** The head's surface form made singular, keeping its case: "LLMs" → "LLM", "Networks" → "Network". */
function singularSurface(word: Word): string {
  if (word.root === word.text || word.root.toLowerCase() === word.text.toLowerCase()) return word.text;
  if (/^[A-Z0-9]+s$/.test(word.text)) return word.text.slice(0, -1);
  // A plural name with inner capitals, "dLLMs", "LoRAs": its case is kept.
  if (/\p{Lu}/u.test(word.text.slice(1)) && word.text.slice(0, -1).toLowerCase() === word.root.toLowerCase())
    return word.text.slice(0, -1);
  if (/^\p{Lu}/u.test(word.text)) return word.root.charAt(0).toUpperCase() + word.root.slice(1);
  return word.root;
}

/**
 * Lower case unless the word is an acronym or written with inner capitals ("LLM", "ImageNet", "GPT-4"): a
 * capital first letter says as often "title" as "name", and one term must not show in two cases.
 */
function displayForm(form: string): string {
  return /\p{Lu}/u.test(form.slice(1)) ? form : form.toLowerCase();
}

/** "convolutional neural networks (CNNs)": the shortest tail of the phrase whose letters spell the acronym. */
function expansionOf(acronym: string, phrase: readonly Word[]): Word[] | null {
  const letters = acronym
    .replace(/s$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return null;
  for (let start = phrase.length - 1; start >= 0; start--) {
    const tail = phrase.slice(start);
    if (tail.length > letters.length + 2) break;
    const first = (tail[0] as Word).text.toLowerCase();
    if (first[0] !== letters[0]) continue;
    if (spells(letters, tail.map((word) => word.text.toLowerCase()).join(' '))) return tail;
  }
  return null;
}

// Words an acronym's expansion may hold between two phrases: "mixture of experts (MoE)".
const CONNECTORS = new Set([...AFTER_HEAD, 'to', 'and']);

/**
 * "reinforcement learning with verifiable rewards (RLVR)": an expansion that spans two phrases and the one
 * connecting word between them, which the phrase before the acronym alone cannot spell.
 */
function acrossConnector(
  acronym: string,
  earlier: Occurrence | undefined,
  before: Occurrence,
  words: readonly Word[],
): Word[] | null {
  const first = before.words[0] as Word;
  const connector = words[first.index - 1];
  const last = earlier?.words[earlier.words.length - 1];
  if (!earlier || !connector || !last || connector.breakAfter || last.breakAfter) return null;
  if (last.index !== connector.index - 1 || !CONNECTORS.has(connector.text.toLowerCase())) return null;
  const tail = expansionOf(acronym, [...earlier.words, connector, ...before.words]);
  return tail && tail.length > before.words.length + 1 ? tail : null;
}

/** Schwartz–Hearst: the acronym's letters appear in order, right to left, its first letter starting a word. */
function spells(letters: string, longForm: string): boolean {
  let l = letters.length - 1;
  let f = longForm.length - 1;
  while (l >= 0) {
    const letter = letters[l];
    while (
      f >= 0 &&
      (longForm[f] !== letter || (l === 0 && f > 0 && /[\p{L}\p{N}]/u.test(longForm[f - 1] ?? '')))
    )
      f--;
    if (f < 0) return false;
    l--;
    f--;
  }
  return true;
}

/**
 * Gives "large language models (LLMs)" the key of "large language model" and the label "large language model
 * (LLM)"; later bare "LLM" or "LLMs" count toward it. The parenthesised definition itself counts once, as
 * the expansion.
 */
function mergeAcronyms(occurrences: readonly Occurrence[], words: readonly Word[]): Occurrence[] {
  const expansions = new Map<string, Occurrence>();
  const definitions = new Map<Occurrence, Occurrence | null>();
  occurrences.forEach((occurrence, i) => {
    const only = occurrence.words[0] as Word;
    if (occurrence.words.length !== 1 || !only.parenthesised || !ACRONYM.test(only.text)) return;
    const before = occurrences[i - 1];
    const lastBefore = before?.words[before.words.length - 1];
    if (!before || lastBefore?.index !== only.index - 1) return;
    const tail =
      expansionOf(only.text, before.words) ?? acrossConnector(only.text, occurrences[i - 2], before, words);
    const long = tail ? toOccurrence(tail) : null;
    const name = singularSurface(only);
    if (!tail || !long || expansions.has(name)) return;
    const expansion = { ...long, label: `${long.label} (${name})` };
    expansions.set(name, expansion);
    // When the expansion is not the whole phrase before it ("deep convolutional neural networks (CNNs)", or
    // "reinforcement learning with verifiable rewards (RLVR)"), it still occurs once there.
    definitions.set(occurrence, long.key !== before.key ? expansion : null);
  });
  if (expansions.size === 0) return [...occurrences];
  const byKey = new Map([...expansions.values()].map((expansion) => [expansion.key, expansion]));
  const merged: Occurrence[] = [];
  for (const occurrence of occurrences) {
    if (definitions.has(occurrence)) {
      const inside = definitions.get(occurrence);
      if (inside) merged.push(inside);
      continue;
    }
    const only = occurrence.words[0] as Word;
    const expansion =
      (occurrence.words.length === 1 ? expansions.get(singularSurface(only)) : undefined) ??
      byKey.get(occurrence.key);
    merged.push(expansion ? { ...expansion, words: occurrence.words } : occurrence);
  }
  return merged;
}

function collect(occurrences: readonly Occurrence[]): ExtractedTerm[] {
  const byKey = new Map<string, { count: number; first: number; labels: Map<string, number> }>();
  for (const occurrence of occurrences) {
    const first = (occurrence.words[0] as Word).index;
    const entry = byKey.get(occurrence.key) ?? { count: 0, first, labels: new Map<string, number>() };
    entry.count++;
    entry.first = Math.min(entry.first, first);
    entry.labels.set(occurrence.label, (entry.labels.get(occurrence.label) ?? 0) + 1);
    byKey.set(occurrence.key, entry);
  }
  const terms: ExtractedTerm[] = [];
  for (const [key, entry] of byKey) {
    terms.push({
      key,
      label: labelOf(entry.labels),
      count: entry.count,
      first: entry.first,
      words: key.split(' ').length,
    });
  }
  return terms.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The label that shows an acronym, else the commonest form, else the earliest. */
function labelOf(labels: ReadonlyMap<string, number>): string {
  let label = '';
  let best = -1;
  for (const [form, count] of labels) {
    const weight = count + (showsAcronym(form) ? Number.MAX_SAFE_INTEGER / 2 : 0);
    if (weight > best) {
      label = form;
      best = weight;
    }
  }
  return label;
}
