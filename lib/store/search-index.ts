import 'server-only';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Paper } from '@/lib/model';
import { type Pacer, pacer } from '@/lib/pacer';
import type { PreparedPapers } from '@/lib/store/paper-tables';

// The table's search asks whether a paper's lower-case text contains each searched word. Searched words hold no
// white space, so a text contains one exactly when one of the text's white-space-separated tokens does: the
// corpus's tokens are few next to its texts, so a search reads them (and the texts holding the matching ones)
// instead of every abstract.
const SPACE = /[ \t\n\r\f\v]+/;

/** The lower-case text of a paper that the token index covers: title and abstract. */
export function indexedText(paper: Pick<Paper, 'title' | 'abstract'>): string {
  return `${paper.title} ${paper.abstract}`.toLowerCase();
}

const SPACE_AT = /[ \t\n\r\f\v]/g;
// A text is lower-cased and split this many characters at a time (up to the next white space), so a huge one
// (a whole book pasted as an abstract) holds the thread a turn at a time and never as one array of all its words.
const PIECE = 1 << 18;
// The tokens of texts this long are kept from the first reading to the second instead of read again.
const KEPT = 1 << 16;

/** Adds the lower-case tokens of `text` to `found`. */
async function addTokens(found: Set<string>, text: string, pace: Pacer): Promise<void> {
  for (let start = 0; start < text.length; ) {
    let end = text.length;
    if (start + PIECE < text.length) {
      SPACE_AT.lastIndex = start + PIECE;
      end = SPACE_AT.exec(text)?.index ?? text.length;
    }
    for (const token of text.slice(start, end).toLowerCase().split(SPACE)) found.add(token);
    start = end;
    if (pace.due()) await pace.pause();
  }
}

/** The distinct tokens of a paper's indexed text, as `indexedText(paper).split(SPACE)` gives them. */
async function textTokens(paper: Pick<Paper, 'title' | 'abstract'>, pace: Pacer): Promise<Set<string>> {
  // Title and abstract are joined by a space: the tokens of the whole are those of each part.
  const found = new Set<string>();
  await addTokens(found, paper.title, pace);
  await addTokens(found, paper.abstract, pace);
  found.delete('');
  return found;
}

/**
 * Writes the corpus's tokens (`search_words`, numbered) and which texts hold each (`text_words`, in token order so
 * the rows of one token sit together). Each text is read twice, once to number and count its tokens and once to
 * place it, so no list of pairs is held besides the one array written.
 */
export async function appendSearchIndex(
  connection: DuckDBConnection,
  corpusId: string,
  { papers, textIds }: Pick<PreparedPapers, 'papers' | 'textIds'>,
): Promise<void> {
  // The first paper of each text stands for it.
  const firsts: number[] = [];
  const seen = new Set<number>();
  for (let ord = 0; ord < papers.length; ord++) {
    const id = textIds[ord] ?? 0;
    if (!seen.has(id)) {
      seen.add(id);
      firsts.push(ord);
    }
  }
  // Other requests are answered between turns of this work: a corpus of many papers, or one huge text, takes seconds.
  const pace = pacer();
  const kept = new Map<number, Set<string>>();
  const numbers = new Map<string, number>();
  const counts: number[] = [];
  for (const ord of firsts) {
    const paper = papers[ord] as Paper;
    const found = await textTokens(paper, pace);
    if (paper.abstract.length > KEPT) kept.set(ord, found);
    for (const token of found) {
      let n = numbers.get(token);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(token, n);
        counts.push(0);
      }
      counts[n] = (counts[n] ?? 0) + 1;
    }
  }
  const starts = new Int32Array(counts.length + 1);
  for (let n = 0; n < counts.length; n++) starts[n + 1] = (starts[n] ?? 0) + (counts[n] ?? 0);
  const texts = new Int32Array(starts[counts.length] ?? 0);
  const next = starts.slice(0, counts.length);
  for (const ord of firsts) {
    const id = textIds[ord] ?? 0;
    for (const token of kept.get(ord) ?? (await textTokens(papers[ord] as Paper, pace))) {
      const n = numbers.get(token) ?? 0;
      texts[next[n] ?? 0] = id;
      next[n] = (next[n] ?? 0) + 1;
    }
  }
  kept.clear();
  const words = await connection.createAppender('search_words');
  for (const [word, n] of numbers) {
    words.appendVarchar(corpusId);
    words.appendInteger(n);
    words.appendVarchar(word);
    words.endRow();
    if (pace.due()) await pace.pause();
  }
  words.closeSync();
  const holders = await connection.createAppender('text_words');
  for (let n = 0; n < counts.length; n++) {
    for (let i = starts[n] ?? 0; i < (starts[n + 1] ?? 0); i++) {
      holders.appendVarchar(corpusId);
      holders.appendInteger(n);
      holders.appendInteger(texts[i] ?? 0);
      holders.endRow();
    }
    if (pace.due()) await pace.pause();
  }
  holders.closeSync();
}
