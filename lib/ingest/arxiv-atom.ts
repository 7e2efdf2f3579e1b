import { authorAffiliation } from '@/lib/ingest/affiliations';
import { journalOfRef } from '@/lib/ingest/arxiv';
import { cleanText } from '@/lib/ingest/clean-text';
import { cutShort } from '@/lib/ingest/cut-short';
import { ownArxivId } from '@/lib/ingest/identifiers';
import { latexToUnicode } from '@/lib/ingest/latex-to-unicode';
import { lineIndex } from '@/lib/ingest/line-index';
import { paperFromRecord } from '@/lib/ingest/paper-from-record';
import { parseDate } from '@/lib/ingest/parse-date';
import type { Paper, Parser, Problem } from '@/lib/model';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The arXiv API's Atom feed (`export.arxiv.org/api/query`): one `<entry>` a paper with `<id>`, `<title>`,
 * `<summary>`, `<author><name>`, `<published>`, `<link>`, `<arxiv:doi>`, `<arxiv:journal_ref>`, `<arxiv:comment>`.
 * Read with a small tag extractor: namespaces prefixes are ignored and CDATA is honoured.
 */
export const parseArxivAtom: Parser = (text, options) => {
  const file = options.file;
  const problems: Problem[] = [];
  const papers: Paper[] = [];
  const lineAt = lineIndex(text);
  const entries = elements(text, 'entry');

  for (const { index, body } of entries.found) {
    const line = lineAt(index);
    const idText = element(body, 'id');
    if (/\/api\/errors/.test(idText)) {
      const message = cleanText(element(body, 'summary')) || 'the query was not accepted';
      problems.push({
        file,
        line,
        message: `The arXiv API answered with an error: ${message}.`,
        severity: 'error',
      });
      continue;
    }
    const title = cleanText(latexToUnicode(element(body, 'title')));
    if (!title) {
      problems.push({
        file,
        line,
        field: 'title',
        message: 'Entry has no <title>: skipped.',
        severity: 'error',
      });
      continue;
    }
    const authors = rawElements(body, 'author')
      .map((author) => ({
        name: cleanText(element(author, 'name')),
        places: rawElements(author, 'affiliation'),
      }))
      .filter((author) => author.name);
    const names = authors.map((author) => author.name);
    const published = element(body, 'published') || element(body, 'updated');
    const date = parseDate(published);
    if (published && !date) {
      problems.push({
        file,
        line,
        field: 'published',
        message: `"${published}" is not a date.`,
        severity: 'warning',
      });
    }
    const links = elements(body, 'link').found.map(({ attributes }) =>
      decode(/\bhref="([^"]*)"/.exec(attributes)?.[1] ?? ''),
    );
    const comment = element(body, 'comment');
    const summary = element(body, 'summary');
    const arxivId = ownArxivId(/arxiv\.org\/abs\/(.+)$/.exec(idText)?.[1] ?? idText);
    papers.push(
      paperFromRecord({
        file,
        line,
        title,
        abstract: latexToUnicode(summary),
        authors: names.length > 0 ? { names, complete: true } : null,
        date,
        venue: journalOfRef(element(body, 'journal_ref')) || 'arXiv',
        doi: element(body, 'doi'),
        arxivId,
        keywords: [],
        linkTexts: [comment, summary, ...links],
        codeStatusWithoutRepo: 'none',
        categories: categoriesOf(body),
        affiliations: authors.flatMap(({ places }, i) =>
          places.map((place) => authorAffiliation(decode(place), i)),
        ),
      }),
    );
  }
  if (entries.unclosedAt !== null) problems.push(cutShort(file, lineAt(entries.unclosedAt), 'an <entry>'));
  if (papers.length === 0 && problems.length === 0 && !/<(?:\w+:)?feed\b/.test(text)) {
    problems.push({ file, line: 1, message: 'No Atom <feed> or <entry> found.', severity: 'error' });
  }
  return { papers, problems };
};

/** `<arxiv:primary_category term="cs.LG"/>` first, then every `<category term="…"/>`. */
function categoriesOf(entry: string): string[] {
  const terms = (name: string) =>
    [...entry.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*\\bterm="([^"]*)"`, 'g'))].map((match) =>
      decode(match[1] ?? '').trim(),
    );
  return [...new Set([...terms('primary_category'), ...terms('category')])].filter(Boolean);
}

/** Text of the first `<name>` element (any namespace prefix), entities decoded. */
function element(xml: string, name: string): string {
  return decode(rawElements(xml, name)[0] ?? '');
}

/** The contents of every `<name>` element, as written. */
function rawElements(xml: string, name: string): string[] {
  return elements(xml, name).found.map((found) => found.body);
}

interface Element {
  /** Offset of its `<`. */
  index: number;
  /** The text between its name and the `>` of its opening tag. */
  attributes: string;
  /** Its contents as written; `''` when self-closing. */
  body: string;
}

/**
 * The `<name>` elements of `xml` (any namespace prefix), in order and not nested, and the offset of the first one
 * that is never closed. Linear in the text: a tag's `>` and its closing tag are each searched for once, so a
 * crafted run of opening tags cannot make every one of them scan the rest of the text.
 */
function elements(xml: string, name: string): { found: Element[]; unclosedAt: number | null } {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])`, 'g');
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
  const found: Element[] = [];
  let unclosedAt: number | null = null;
  // The last `>` found, and where its search started: no `>` lies between the two.
  let gtFrom = -1;
  let gt = -1;
  for (let match = open.exec(xml); match; match = open.exec(xml)) {
    const nameEnd = match.index + match[0].length;
    if (nameEnd < gtFrom || nameEnd > gt) {
      gtFrom = nameEnd;
      gt = xml.indexOf('>', nameEnd);
    }
    if (gt < 0) break;
    const attributes = xml.slice(nameEnd, gt);
    open.lastIndex = gt + 1;
    if (attributes.endsWith('/')) {
      found.push({ index: match.index, attributes, body: '' });
      continue;
    }
    // Once a closing tag is missing, none comes later: only self-closing elements remain.
    if (unclosedAt !== null) continue;
    close.lastIndex = gt + 1;
    const end = close.exec(xml);
    if (!end) {
      unclosedAt = match.index;
      continue;
    }
    found.push({ index: match.index, attributes, body: xml.slice(gt + 1, end.index) });
    open.lastIndex = end.index + end[0].length;
  }
  return { found, unclosedAt };
}

function decode(text: string): string {
  return withoutCdata(text).replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    const code =
      entity.startsWith('#x') || entity.startsWith('#X')
        ? Number.parseInt(entity.slice(2), 16)
        : entity.startsWith('#')
          ? Number(entity.slice(1))
          : null;
    if (code === null) return ENTITIES[entity] ?? whole;
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** CDATA sections as their text (`&` escaped, so it is not read as an entity); an unclosed one stays as written. */
function withoutCdata(text: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const start = text.indexOf('<![CDATA[', pos);
    const end = start < 0 ? -1 : text.indexOf(']]>', start + 9);
    if (end < 0) return out + text.slice(pos);
    out += text.slice(pos, start) + text.slice(start + 9, end).replace(/&/g, '&amp;');
    pos = end + 3;
  }
}
