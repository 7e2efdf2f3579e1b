/** The records of a JSON export, each with the line it starts on, found without parsing the whole file. */

export interface JsonRecord {
  /** The record's own JSON text, to parse alone so one bad record does not lose the others. */
  text: string;
  /** 1-based line where the record starts. */
  line: number;
}

export interface JsonRecords {
  records: JsonRecord[];
  /** Line of the record the text ends in the middle of, when it is cut short. */
  truncatedAt: number | null;
  /** Why no record list was found (not an array, no `data` array in an object). */
  error: string | null;
}

const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The elements of a top-level JSON array, or of the array under `arrayKey` (default `data`) in a
 * top-level object such as `{"status": …, "data": […]}`.
 */
export function jsonRecords(text: string, arrayKey = 'data'): JsonRecords {
  const lines = new LineCounter(text);
  let i = skipWhitespace(text, 0);
  const first = text[i];
  if (first === '[') return scanArray(text, i, lines);
  if (first !== '{')
    return { records: [], truncatedAt: null, error: 'The text is not a JSON array or object.' };

  // Find `"<arrayKey>": [` among the object's own keys.
  let depth = 0;
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 0 && text.slice(i + 1, end) === arrayKey) {
        const colon = skipWhitespace(text, end + 1);
        const value = skipWhitespace(text, colon + 1);
        if (text[colon] === ':' && text[value] === '[') return scanArray(text, value, lines);
      }
      i = end;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return { records: [], truncatedAt: null, error: `The JSON object has no "${arrayKey}" list of records.` };
}

function scanArray(text: string, open: number, lines: LineCounter): JsonRecords {
  const records: JsonRecord[] = [];
  let depth = 0;
  let start = -1;
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (start < 0) start = i;
      i = stringEnd(text, i);
      continue;
    }
    if (c === 32 || c === 10 || c === 13 || c === 9) continue;
    if (depth === 0 && (c === 44 || c === 93)) {
      if (start >= 0) records.push({ text: text.slice(start, i), line: lines.lineAt(start) });
      start = -1;
      if (c === 93) return { records, truncatedAt: null, error: null };
      continue;
    }
    if (start < 0) start = i;
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
  }
  return { records, truncatedAt: lines.lineAt(start >= 0 ? start : text.length), error: null };
}

/** Index of the quote that closes the string opened at `open` (or the text's end when it never closes). */
function stringEnd(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) return text.length;
    let backslashes = 0;
    for (let k = close - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return close;
    from = close + 1;
  }
}

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[\s\uFEFF]/.test(text[i] as string)) i++;
  return i;
}

/** Line numbers for increasing offsets, counted once: each newline is found by one `indexOf` in all. */
class LineCounter {
  private line = 1;
  // The first newline at or after every offset asked so far (`text.length` when there is none), so a
  // text without newlines (compact JSON) is not searched to its end again for each record.
  private nextNewline = -1;
  constructor(private readonly text: string) {}

  lineAt(target: number): number {
    if (this.nextNewline < 0) this.nextNewline = this.newlineFrom(0);
    while (this.nextNewline < target) {
      this.line++;
      this.nextNewline = this.newlineFrom(this.nextNewline + 1);
    }
    return this.line;
  }

  private newlineFrom(from: number): number {
    const next = this.text.indexOf('\n', from);
    return next < 0 ? this.text.length : next;
  }
}
