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
  const entry = /<(?:\w+:)?entry\b[^>]*>([\s\S]*?)(<\/(?:\w+:)?entry>|$)/g;

  for (const match of text.matchAll(entry)) {
    const line = lineAt(match.index);
    const body = match[1] ?? '';
    if (!match[2]) {
      problems.push(cutShort(file, line, 'an <entry>'));
      break;
    }
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
    const names = rawElements(body, 'author')
      .map((author) => cleanText(element(author, 'name')))
      .filter(Boolean);
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
    const links = [...body.matchAll(/<(?:\w+:)?link\b[^>]*\bhref="([^"]*)"/g)].map((link) =>
      decode(link[1] ?? ''),
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
        venue: cleanText(element(body, 'journal_ref')) || 'arXiv',
        doi: element(body, 'doi'),
        arxivId,
        keywords: [],
        linkTexts: [comment, summary, ...links],
        codeStatusWithoutRepo: 'none',
      }),
    );
  }
  if (papers.length === 0 && problems.length === 0 && !/<(?:\w+:)?feed\b/.test(text)) {
    problems.push({ file, line: 1, message: 'No Atom <feed> or <entry> found.', severity: 'error' });
  }
  return { papers, problems };
};

/** Text of the first `<name>` element (any namespace prefix), entities decoded. */
function element(xml: string, name: string): string {
  return decode(rawElements(xml, name)[0] ?? '');
}

/** The contents of every `<name>` element, as written. */
function rawElements(xml: string, name: string): string[] {
  const pattern = new RegExp(`<(?:\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => match[1] ?? '');
}

function decode(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;'))
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
      if (entity.startsWith('#x') || entity.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
      if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
      return ENTITIES[entity] ?? whole;
    });
}
