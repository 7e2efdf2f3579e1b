/**
 * A Python `repr()` of plain data (dict, list, tuple, str, int, float, True/False/None, and
 * `datetime.datetime(…)`, read as an ISO string), as some scrapers save API records.
 * Throws a SyntaxError naming the offset when the text is not such a literal.
 */
export function parsePythonLiteral(text: string): unknown {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (reader.pos < text.length) reader.fail('unexpected text after the value');
  return value;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

const SPACE = /\s*/y;

class Reader {
  pos = 0;
  // The first backslash at or after an earlier `pos` (`text.length` when none; -1 before the first
  // search): `pos` only moves on, so each backslash is searched for once in the whole text.
  private backslashAt = -1;
  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new SyntaxError(`${message} at character ${this.pos + 1}`);
  }

  skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.text);
    this.pos = SPACE.lastIndex;
  }

  value(): unknown {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '{') return this.dict();
    if (ch === '[') return this.sequence(']');
    if (ch === '(') return this.sequence(')');
    if (ch === "'" || ch === '"') return this.string();
    const word = /^(?:[A-Za-z_][\w.]*|-?\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?|-?inf|nan)/.exec(
      this.text.slice(this.pos, this.pos + 64),
    )?.[0];
    if (!word) return this.fail(ch === undefined ? 'the value ends early' : `unexpected "${ch}"`);
    this.pos += word.length;
    if (word === 'True') return true;
    if (word === 'False') return false;
    if (word === 'None') return null;
    if (/^-?\d/.test(word)) return Number(word.replaceAll('_', ''));
    if (/(?:^|\.)(?:datetime|date)$/.test(word) && this.text[this.pos] === '(') return this.datetime();
    if (/^[rbuRBU]{1,2}$/.test(word) && (this.text[this.pos] === "'" || this.text[this.pos] === '"')) {
      return this.string(/r/i.test(word));
    }
    return this.fail(`unknown name "${word}"`);
  }

  private dict(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return out;
      }
      const key = this.value();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail('expected ":" after a dict key');
      this.pos++;
      out[String(key)] = this.value();
      this.separator('}');
    }
  }

  private sequence(close: string): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.separator(close);
    }
  }

  private separator(close: string): void {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === ',') this.pos++;
    else if (ch !== close) this.fail(`expected "," or "${close}"`);
  }

  private string(raw = false): string {
    const quote = this.text[this.pos] as string;
    const triple = this.text.startsWith(quote.repeat(3), this.pos);
    const close = triple ? quote.repeat(3) : quote;
    this.pos += close.length;
    let out = '';
    let quoteAt = -1;
    for (;;) {
      // Searched again only once an escape moved past it (`\'`): not once per escape.
      if (quoteAt < this.pos) quoteAt = this.text.indexOf(close, this.pos);
      if (quoteAt < 0) return this.fail('a string does not end');
      const slashAt = raw ? -1 : this.nextBackslash();
      if (slashAt >= this.pos && slashAt < quoteAt) {
        out += this.text.slice(this.pos, slashAt);
        this.pos = slashAt;
        out += this.escape();
        continue;
      }
      out += this.text.slice(this.pos, quoteAt);
      this.pos = quoteAt + close.length;
      return out;
    }
  }

  private nextBackslash(): number {
    if (this.backslashAt < this.pos) {
      const at = this.text.indexOf('\\', this.pos);
      this.backslashAt = at < 0 ? this.text.length : at;
    }
    return this.backslashAt;
  }

  private escape(): string {
    const ch = this.text[this.pos + 1] ?? '';
    this.pos += 2;
    const simple = ESCAPES[ch];
    if (simple !== undefined) return simple;
    const width = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'U' ? 8 : 0;
    if (width) {
      const hex = this.text.slice(this.pos, this.pos + width);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== width) this.fail(`bad \\${ch} escape`);
      this.pos += width;
      return String.fromCodePoint(Number.parseInt(hex, 16));
    }
    if (ch === '\n') return '';
    return `\\${ch}`;
  }

  private datetime(): string {
    // Positional parts only: `tzinfo=…` and other keywords are not needed for a date.
    let depth = 0;
    const start = this.pos;
    for (; this.pos < this.text.length; this.pos++) {
      const ch = this.text[this.pos];
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    if (depth !== 0) this.fail('a datetime(…) does not end');
    const inner = this.text.slice(start + 1, this.pos);
    this.pos++;
    const parts = inner
      .split(',')
      .map((part) => part.trim())
      .filter((part) => /^\d+$/.test(part))
      .map(Number);
    const [year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0] = parts;
    return new Date(Date.UTC(year, month - 1, day, hour, minute, second)).toISOString();
  }
}
