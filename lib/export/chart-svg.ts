import { formatDate } from '@/lib/format';

/** Fonts found on most systems, so a downloaded chart renders alike elsewhere; the page's stack names UI fonts. */
export const EXPORT_FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** The styles a chart takes from the page's CSS, with the value each has when nothing sets it. */
export const INLINE_PROPERTIES: Readonly<Record<string, string | null>> = {
  fill: null,
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-width': '1px',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-opacity': '1',
  opacity: '1',
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
  'font-variant-numeric': 'normal',
  'letter-spacing': 'normal',
};

// Query keys that change the table or the deck but not what the charts count: the search narrows the table only.
const PALETTE = { text: '#16181d', muted: '#5d6472' };
const PAD = 20;
const TITLE_SIZE = 18;
const NOTE_SIZE = 12.5;
const SOURCE_SIZE = 11;
const LINE_GAP = 1.4;

export type ExportBackground = 'white' | 'transparent';

export interface ChartSvgOptions {
  /** The chart's own markup: its `<svg>` children, styles already inline. */
  body: string;
  /** The chart's viewBox size. */
  width: number;
  height: number;
  title: string;
  /** What the chart covers, under the title. */
  note?: string;
  /** Where the data comes from, at the foot. */
  source: string;
  background: ExportBackground;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A `style` attribute from a computed-style reader, leaving out values that are the default anyway. */
export function inlineStyle(read: (property: string) => string): string {
  const declarations: string[] = [];
  for (const [property, fallback] of Object.entries(INLINE_PROPERTIES)) {
    const value = read(property).trim();
    if (value && value !== fallback) declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}

/** Greedy word wrap by an average glyph width: close enough for a caption, no font metrics needed. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `Paperscope · <corpus> · <filter or "all papers"> · exported 26 Nov 2026`. */
export function sourceLine({
  corpus,
  filter,
  date,
}: {
  corpus: string;
  filter: string;
  date: string;
}): string {
  return ['Source: Paperscope', corpus, filter || 'all papers', `exported ${formatDate(date)}`]
    .filter(Boolean)
    .join(' · ');
}

/** A standalone SVG file: title and note above the chart, the source below, fonts and background explicit. */
export function chartSvg({
  body,
  width,
  height,
  title,
  note,
  source,
  background,
}: ChartSvgOptions): ChartSvg {
  const inner = width;
  const titleLines = wrapText(title, inner, TITLE_SIZE);
  const noteLines = note ? wrapText(note, inner, NOTE_SIZE) : [];
  const sourceLines = wrapText(source, inner, SOURCE_SIZE);
  const text: string[] = [];
  let y = PAD;
  for (const line of titleLines) {
    y += TITLE_SIZE;
    text.push(
      `<text x="${PAD}" y="${round(y)}" font-size="${TITLE_SIZE}" font-weight="700" fill="${PALETTE.text}">${escapeXml(line)}</text>`,
    );
    y += TITLE_SIZE * (LINE_GAP - 1);
  }
  for (const line of noteLines) {
    y += NOTE_SIZE * LINE_GAP;
    text.push(
      `<text x="${PAD}" y="${round(y)}" font-size="${NOTE_SIZE}" fill="${PALETTE.muted}">${escapeXml(line)}</text>`,
    );
  }
  const chartTop = Math.ceil(y + 12);
  y = chartTop + height + 6;
  for (const line of sourceLines) {
    y += SOURCE_SIZE * LINE_GAP;
    text.push(
      `<text x="${PAD}" y="${round(y)}" font-size="${SOURCE_SIZE}" fill="${PALETTE.muted}">${escapeXml(line)}</text>`,
    );
  }
  const totalWidth = Math.ceil(width + 2 * PAD);
  const totalHeight = Math.ceil(y + PAD);
  const backdrop =
    background === 'white' ? `<rect width="${totalWidth}" height="${totalHeight}" fill="#ffffff"/>` : '';
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    backdrop,
    ...text,
    `<g transform="translate(${PAD},${chartTop})">${body}</g>`,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
  return { svg, width: totalWidth, height: totalHeight };
}
