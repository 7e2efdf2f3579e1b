/** Prefixes that are written closed, hyphenated or apart ("pretraining", "pre-training", "pre training"). */
const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  'anti',
  'auto',
  'bi',
  'co',
  'cross',
  'hyper',
  'inter',
  'intra',
  'macro',
  'meta',
  'micro',
  'mono',
  'multi',
  'non',
  'poly',
  'post',
  'pre',
  'pseudo',
  'quasi',
  're',
  'self',
  'semi',
  'sub',
  'super',
  'ultra',
  'un',
]);

/** Compounds that are as often written closed as apart, keyed by their parts. */
const CLOSED_COMPOUNDS: ReadonlyMap<string, string> = new Map([
  ['data set', 'dataset'],
  ['data base', 'database'],
  ['fine tune', 'finetune'],
  ['fine tuned', 'finetuned'],
  ['fine tuning', 'finetuning'],
  ['few shot', 'fewshot'],
  ['one shot', 'oneshot'],
  ['zero shot', 'zeroshot'],
  ['real time', 'realtime'],
  ['time step', 'timestep'],
  ['key point', 'keypoint'],
  ['work flow', 'workflow'],
  ['frame work', 'framework'],
  ['web site', 'website'],
  ['on line', 'online'],
  ['off line', 'offline'],
]);

/**
 * The key of a term from its words (head already singular): lower case, apostrophes dropped, hyphen and space
 * variants folded, so "Pre-training", "pretraining" and "pre training" share a key, as do "fine-tuning",
 * "fine tuning" and "finetuning".
 */
export function normaliseTerm(words: readonly string[]): string {
  const parts: string[] = [];
  for (const word of words) {
    const pieces = word
      .toLowerCase()
      .replace(/['’]s$/, '')
      .replace(/['’]/g, '')
      .split(/[-‐‑–]+/)
      .filter((piece) => piece !== '');
    for (const piece of pieces) parts.push(piece);
  }
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    if (next !== undefined && BOUND_PREFIXES.has(part)) {
      joined.push(part + next);
      i++;
      continue;
    }
    const closed = next === undefined ? undefined : CLOSED_COMPOUNDS.get(`${part} ${next}`);
    if (closed !== undefined) {
      joined.push(closed);
      i++;
      continue;
    }
    joined.push(part);
  }
  return joined.join(' ');
}

// Words ending in s that are not plurals.
const SINGULAR_IN_S = /(?:ss|us|is|ous|ws|series|species|bayes|lens|news)$/i;
// Nouns in -ics that name a field or a subject, not many of a thing: "analytics" is no plural of "analytic", as
// "metrics" is of "metric".
const FIELD_IN_ICS =
  /(?:analytics|(?:biblio|sciento|infor|alt|webo|econo|psycho|bio|clio)metrics|omics|onics|dynamics|kinetics|kinematics|mechanics|physics|mathematics|statistics|informatics|genetics|linguistics|semantics|pragmatics|phonetics|semiotics|ethics|aesthetics|politics|logistics|graphics|ergonomics|forensics|robotics|optics|acoustics|haptics|cybernetics|athletics|p(?:a)?ediatrics|geriatrics|obstetrics|orthop(?:a)?edics|orthodontics|therapeutics|diagnostics)$/i;

/** A field or subject named by a noun in -ics: "robotics", "bibliometrics", "genomics". */
export function isFieldInIcs(word: string): boolean {
  return FIELD_IN_ICS.test(word);
}

/**
 * A regular plural made singular: "Strategies" → "Strategy", "Batches" → "Batch", "Models" → "Model", "Metrics"
 * → "Metric"; "Analytics" and "Bibliometrics" stay.
 */
export function singularOf(word: string): string {
  if (SINGULAR_IN_S.test(word) || isFieldInIcs(word) || word.length < 4) return word;
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}${word.slice(-3, -2) === 'I' ? 'Y' : 'y'}`;
  if (/(?:ss|sh|ch|x|z)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The key a term typed or pasted by a person gets, as if the extractor had found it: "Large Language Models"
 * and "large language model (LLM)" → "large language model".
 */
export function termKeyOf(text: string): string {
  // A label shows the acronym after its expansion, "large language model (LLM)": the key is the expansion's.
  const words = text
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const last = words.pop();
  return last === undefined ? '' : normaliseTerm([...words, singularOf(last)]);
}
