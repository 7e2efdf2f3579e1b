import { parseArxiv } from '@/lib/ingest/arxiv';
import { parseArxivAtom } from '@/lib/ingest/arxiv-atom';
import { parseBibtex } from '@/lib/ingest/bibtex';
import { parseCsv } from '@/lib/ingest/csv';
import { parseHfDaily } from '@/lib/ingest/hf-daily';
import { type HfListingOptions, parseHfListing } from '@/lib/ingest/hf-listing';
import { parseRis } from '@/lib/ingest/ris';
import { parseWos } from '@/lib/ingest/wos';
import type { ParseResult } from '@/lib/model';

export type Format = 'hf-listing' | 'hf-daily' | 'bibtex' | 'ris' | 'wos' | 'csv' | 'arxiv' | 'arxiv-atom';

/** Every parser, called with the options any of them takes. */
export type FormatParser = (
  text: string,
  options: { file: string } & Partial<HfListingOptions>,
) => ParseResult;

export const PARSERS: Record<Format, FormatParser> = {
  'hf-listing': parseHfListing,
  'hf-daily': parseHfDaily,
  bibtex: parseBibtex,
  ris: parseRis,
  wos: parseWos,
  csv: parseCsv,
  arxiv: parseArxiv,
  'arxiv-atom': parseArxivAtom,
};

/** How the UI names each format. */
export const FORMAT_NAMES: Record<Format, string> = {
  'hf-listing': 'Hugging Face papers page (copied text)',
  'hf-daily': 'Hugging Face daily papers (JSON)',
  bibtex: 'BibTeX / BibLaTeX',
  ris: 'RIS',
  wos: 'Web of Science (plain text)',
  csv: 'CSV / TSV table (Scopus, Web of Science, Lens, OpenAlex, Zotero)',
  arxiv: 'arXiv metadata (JSON lines or JSON array)',
  'arxiv-atom': 'arXiv API (Atom XML)',
};

const EXTENSIONS: [RegExp, Format][] = [
  [/\.(?:bib|bibtex)$/i, 'bibtex'],
  [/\.(?:ris|enw|nbib)$/i, 'ris'],
  [/\.(?:csv|tsv|tab)$/i, 'csv'],
  [/\.(?:jsonl|ndjson)$/i, 'arxiv'],
  [/\.(?:atom|xml)$/i, 'arxiv-atom'],
];

// Column names that say a table is a bibliographic export.
const TITLE_COLUMN = /^(?:"?)(?:title|article title|document title|display_name|paper title|ti)(?:"?)$/i;

/**
 * The format of an export, read from its content; the file name only breaks ties (a `.txt` that could be
 * a table or a listing). `null` when the text is no format Paperscope reads.
 */
export function detectFormat(text: string, fileName?: string): Format | null {
  const head = text.replace(/^\uFEFF/, '').slice(0, 20_000);
  const start = head.trimStart();
  if (!start) return null;

  if (start.startsWith('[') || start.startsWith('{')) {
    if (/["']paper["']\s*:|\\?["']publishedAt\\?["']|"data"\s*:\s*\[\s*"\{'paper'/.test(head))
      return 'hf-daily';
    if (/"authors_parsed"|"journal-ref"|"categories"\s*:|"update_date"/.test(head)) return 'arxiv';
    return null;
  }
  if (start.startsWith('<')) {
    return /<(?:\w+:)?(?:feed|entry)\b/.test(head) ? 'arxiv-atom' : null;
  }
  const lines = head.split(/\r\n|\r|\n/, 200);
  const firstLine = lines.find((line) => line.trim()) ?? '';
  // Web of Science plain text before RIS: some tools save it with a .ris name.
  if (
    /^(?:FN |VR |PT [A-Z]\b)/.test(firstLine) ||
    (/^PT /m.test(head) && /^ER\s*$/m.test(head) && /^TI /m.test(head))
  ) {
    return 'wos';
  }
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (/^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]/m.test(head)) return 'bibtex';
  if (isTable(lines)) return 'csv';
  if (/^[ \t]*[·•][ \t]*$/m.test(head) || /^[ \t]*•[ \t]*\d+ authors?[ \t]*$/m.test(head))
    return 'hf-listing';

  for (const [pattern, format] of EXTENSIONS) if (fileName && pattern.test(fileName)) return format;
  return null;
}

/** A header row with a title column, and a second row split the same way. */
function isTable(lines: string[]): boolean {
  const [header = '', ...rest] = lines.filter((line) => line.trim());
  for (const delimiter of ['\t', ',', ';', '|']) {
    const cells = header.split(delimiter).map((cell) => cell.trim());
    if (cells.length < 2 || !cells.some((cell) => TITLE_COLUMN.test(cell))) continue;
    if (rest.length === 0 || rest.some((line) => line.split(delimiter).length >= 2)) return true;
  }
  return false;
}
