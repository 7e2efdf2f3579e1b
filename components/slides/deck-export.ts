import { chartPng } from '@/components/charts/chart-image';

/** One slide as a deck file carries it: its words as text, its chart as an image. */
export interface ExportSlide {
  title: string;
  takeaway: string;
  note: string;
  /** The filter in words, on the title slide. */
  filter: string;
  /** Headline numbers of the title slide. */
  numbers: { label: string; value: string }[];
  /** Facts shown as text beside the chart (what changed). */
  items: string[];
  chart: { dataUrl: string; width: number; height: number } | null;
  /** The title slide: name, filter, takeaway and numbers, no chart. */
  cover: boolean;
}

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

/** Every slide of the deck on the page, shown or not, in order. */
export async function collectDeck(root: ParentNode): Promise<ExportSlide[]> {
  const slides: ExportSlide[] = [];
  for (const section of root.querySelectorAll('section.slide')) {
    const chart = section.querySelector('svg.chart');
    slides.push({
      title: text(section, '.slide-heading, .slide-title'),
      takeaway: text(section, '.slide-takeaway'),
      note: text(section, '.slide-note'),
      filter: text(section, '.slide-filter'),
      numbers: [...section.querySelectorAll('.slide-numbers > div')].map((tile) => ({
        label: text(tile, 'dt'),
        value: text(tile, 'dd'),
      })),
      items: [...section.querySelectorAll('[data-export-item]')].map(
        (item) => item.getAttribute('data-export-item') ?? '',
      ),
      chart: chart instanceof SVGSVGElement ? await chartPng(chart) : null,
      cover: section.querySelector('.title-slide') !== null,
    });
  }
  return slides;
}

/** A 16:9 page in inches, as PowerPoint's wide layout; both files place text and charts on this grid. */
export const PAGE = { width: 13.333, height: 7.5 };
const MARGIN = 0.6;
const INNER = PAGE.width - 2 * MARGIN;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideLayout {
  title: Box;
  takeaway: Box;
  chart: Box;
  items: Box[];
  note: Box;
}

/** Where each part of a chart slide goes; facts beside a chart take a row of their own under it. */
export function slideLayout(slide: ExportSlide): SlideLayout {
  const itemsHeight = slide.items.length ? 1.25 : 0;
  const chartTop = 2.1;
  const chartBottom = 6.8 - itemsHeight;
  const itemWidth = slide.items.length ? (INNER - 0.3 * (slide.items.length - 1)) / slide.items.length : 0;
  return {
    title: { x: MARGIN, y: 0.35, w: INNER, h: 0.75 },
    takeaway: { x: MARGIN, y: 1.1, w: INNER, h: 0.95 },
    chart: { x: MARGIN, y: chartTop, w: INNER, h: chartBottom - chartTop },
    items: slide.items.map((_, i) => ({
      x: MARGIN + i * (itemWidth + 0.3),
      y: chartBottom + 0.1,
      w: itemWidth,
      h: itemsHeight - 0.1,
    })),
    note: { x: MARGIN, y: 6.85, w: INNER, h: 0.45 },
  };
}

/** The chart's box inside `area`, its aspect ratio kept, centred. */
export function fitImage(area: Box, width: number, height: number): Box {
  const scale = Math.min(area.w / width, area.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

/** Where each part of the title slide goes. */
export function coverLayout(numbers: number): { name: Box; filter: Box; takeaway: Box; tiles: Box[] } {
  const gap = 0.35;
  const w = numbers ? (INNER - gap * (numbers - 1)) / numbers : INNER;
  return {
    name: { x: MARGIN, y: 1.2, w: INNER, h: 1.3 },
    filter: { x: MARGIN, y: 2.55, w: INNER, h: 0.5 },
    takeaway: { x: MARGIN, y: 3.1, w: INNER, h: 1.0 },
    tiles: Array.from({ length: numbers }, (_, i) => ({ x: MARGIN + i * (w + gap), y: 4.5, w, h: 1.6 })),
  };
}

// Type sizes in points, and the palette of the light theme.
export const TYPE = { name: 40, title: 30, takeaway: 19, body: 13, note: 11, tileLabel: 14, tileValue: 36 };
export const COLOR = { text: '16181D', muted: '4A5060', accent: '3D5AFE' };
