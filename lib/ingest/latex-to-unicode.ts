/** Accent commands and the combining mark each one puts on its argument. */
const ACCENTS: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

const SYMBOLS: Record<string, string> = {
  ss: 'ß',
  SS: 'SS',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  dj: 'đ',
  DJ: 'Đ',
  TeX: 'TeX',
  LaTeX: 'LaTeX',
  BibTeX: 'BibTeX',
  slash: '/',
  hyphen: '-',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  guillemotleft: '«',
  guillemotright: '»',
  textregistered: '®',
  texttrademark: '™',
  copyright: '©',
  textcopyright: '©',
  S: '§',
  P: '¶',
  pounds: '£',
  euro: '€',
  textdegree: '°',
  textbackslash: '\\',
  textasciitilde: '~',
  textunderscore: '_',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  quad: ' ',
  qquad: ' ',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  Delta: 'Δ',
  Omega: 'Ω',
};

/** Commands whose argument is kept as plain text; the value wraps it (quotes for `\enquote`). */
const WRAPPERS: Record<string, [string, string]> = {
  enquote: ['“', '”'],
  mkbibquote: ['“', '”'],
};

/** Commands dropped together with their first argument. */
const DROPPED_WITH_ARGUMENT = new Set([
  'bibstring',
  'label',
  'cite',
  'ref',
  'footnote',
  'textcolor',
  'color',
]);

/** Font switches and no-op commands: dropped, their text kept. */
const SWITCHES = new Set(
  (
    'protect relax noopsort nocorr NoCaseChange mbox hbox textbf emph textit url em bf it sc tt rm sf sl up md ' +
    'normalfont itshape bfseries scshape upshape ttfamily rmfamily sffamily small large Large footnotesize ' +
    'scriptsize tiny huge Huge'
  ).split(' '),
);

/** Single-character commands that stand for themselves. */
const ESCAPED = new Set(['&', '%', '$', '#', '_', '{', '}', '@', '/']);

/**
 * LaTeX as bibliographies write it → plain Unicode text: accents (`{\"u}`, `\'{e}`, `\c{C}`),
 * letters (`\ss`, `\o`), escapes (`\&`), formatting commands (`\emph{x}` → `x`), protective braces,
 * `~` and dashes. Math between `$…$` is kept as written.
 */
export function latexToUnicode(text: string): string {
  if (!/[\\{}~$]|--|''|``/.test(text)) return text;
  const state = { text, pos: 0, depth: 0 };
  const out = convert(state, false);
  // Code units below U+0300 (combining marks) are NFC already, alone and together.
  return COMBINING_OR_ABOVE.test(out) ? out.normalize('NFC') : out;
}

const COMBINING_OR_ABOVE = /[\u0300-\uffff]/;
// The characters `convert` treats apart; the text between two of them is copied as one slice.
const SPECIAL = /[{}\\$~`'-]/g;

interface State {
  text: string;
  pos: number;
  /** Groups and accents open around `pos`. */
  depth: number;
}

// Deeper nesting is no bibliography's: past it, braces and accents are read flat, so a crafted
// `\'\'\'…` or `{{{…` cannot exhaust the call stack.
const MAX_DEPTH = 64;

/** The braced group that starts after `pos` (its `{` already read), converted; flat past MAX_DEPTH. */
function group(state: State): string {
  if (state.depth >= MAX_DEPTH) return '';
  state.depth++;
  const out = convert(state, true);
  state.depth--;
  return out;
}

function convert(state: State, untilBrace: boolean): string {
  const { text } = state;
  let out = '';
  while (state.pos < text.length) {
    const ch = text[state.pos] as string;
    if (ch === '}') {
      state.pos++;
      if (untilBrace) return out;
      continue;
    }
    if (ch === '{') {
      state.pos++;
      out += group(state);
      continue;
    }
    if (ch === '\\') {
      out += command(state);
      continue;
    }
    if (ch === '$') {
      const end = text.indexOf('$', state.pos + 1);
      if (end > state.pos + 1) {
        out += text.slice(state.pos, end + 1);
        state.pos = end + 1;
        continue;
      }
    }
    if (ch === '~') {
      out += ' ';
      state.pos++;
      continue;
    }
    if (ch === '-' && text[state.pos + 1] === '-') {
      const triple = text[state.pos + 2] === '-';
      out += triple ? '—' : '–';
      state.pos += triple ? 3 : 2;
      continue;
    }
    if ((ch === '`' || ch === "'") && text[state.pos + 1] === ch) {
      out += ch === '`' ? '“' : '”';
      state.pos += 2;
      continue;
    }
    out += ch;
    state.pos++;
    SPECIAL.lastIndex = state.pos;
    const next = SPECIAL.exec(text)?.index ?? text.length;
    out += text.slice(state.pos, next);
    state.pos = next;
  }
  return out;
}

function command(state: State): string {
  const { text } = state;
  state.pos++; // the backslash
  const next = text[state.pos];
  if (next === undefined) return '';
  if (next === '\\') {
    state.pos++;
    return ' ';
  }
  if (ESCAPED.has(next)) {
    state.pos++;
    return next === '/' ? '' : next;
  }
  if (next === ' ' || next === '\n' || next === ',' || next === ';' || next === ':') {
    state.pos++;
    return ' ';
  }
  if (next === '-' || next === '!') {
    state.pos++;
    return '';
  }
  const accent = ACCENTS[next];
  if (accent && !/[A-Za-z]/.test(next)) {
    state.pos++;
    return accented(state, accent);
  }
  const name = /^[A-Za-z]+/.exec(text.slice(state.pos, state.pos + 40))?.[0];
  if (!name) {
    state.pos++;
    return next;
  }
  state.pos += name.length;
  const letterAccent = ACCENTS[name];
  if (letterAccent && name.length === 1) {
    skipSpaces(state);
    return accented(state, letterAccent);
  }
  const symbol = SYMBOLS[name];
  if (symbol !== undefined) {
    // `\ss{}` and `\o ` end the command; the braces or the space are not text.
    if (text.startsWith('{}', state.pos)) state.pos += 2;
    else if (text[state.pos] === ' ' && /[A-Za-z]/.test(text[state.pos + 1] ?? '')) state.pos++;
    return symbol;
  }
  if (DROPPED_WITH_ARGUMENT.has(name)) {
    skipSpaces(state);
    if (text[state.pos] === '{') {
      state.pos++;
      group(state);
    }
    return '';
  }
  if ((name === 'url' || name === 'href') && text[state.pos] === '{') {
    const url = rawArgument(state);
    if (name === 'url') return url;
    skipSpaces(state);
    if (text[state.pos] !== '{') return url;
    state.pos++;
    return `${group(state)} ${url}`;
  }
  const wrapper = WRAPPERS[name];
  if (text[state.pos] === '{') {
    state.pos++;
    const inner = group(state);
    return wrapper ? `${wrapper[0]}${inner}${wrapper[1]}` : inner;
  }
  if (SWITCHES.has(name)) {
    if (text[state.pos] === ' ') state.pos++;
    return '';
  }
  // An unknown command without an argument: keep its name, which is usually the word meant.
  return name;
}

/** The argument of an accent (`{e}`, `e`, `{\i}`, `\i`) with the combining mark added. */
function accented(state: State, mark: string): string {
  const { text } = state;
  if (state.depth >= MAX_DEPTH) return '';
  let base: string;
  if (text[state.pos] === '{') {
    state.pos++;
    base = group(state);
  } else if (text[state.pos] === '\\') {
    state.depth++;
    base = command(state);
    state.depth--;
  } else {
    base = text[state.pos] ?? '';
    state.pos++;
  }
  if (!base.trim()) return base;
  const dotless = base.replace(/^ı/, 'i').replace(/^ȷ/, 'j');
  return `${dotless.slice(0, 1)}${mark}${dotless.slice(1)}`;
}

/** A braced argument as written, for URLs. */
function rawArgument(state: State): string {
  const { text } = state;
  let depth = 0;
  const start = state.pos + 1;
  for (; state.pos < text.length; state.pos++) {
    const ch = text[state.pos];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) break;
  }
  const raw = text.slice(start, state.pos);
  state.pos++;
  return raw.replace(/\\([_%#&~])/g, '$1');
}

function skipSpaces(state: State): void {
  while (state.text[state.pos] === ' ') state.pos++;
}
