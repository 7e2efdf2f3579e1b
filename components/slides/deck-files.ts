import {
  type Box,
  COLOR,
  coverLayout,
  type ExportSlide,
  fitImage,
  PAGE,
  slideLayout,
  TYPE,
} from '@/components/slides/deck-export';

/**
 * PowerPoint deck: one slide a slide, titles, takeaways, notes and facts as editable text boxes, each chart as
 * a picture (pptxgenjs).
 */
export async function deckPptx(slides: readonly ExportSlide[], name: string): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = name;
  pptx.company = 'Paperscope';
  const font = { fontFace: 'Arial', margin: 0, valign: 'top' as const };
  for (const slide of slides) {
    const page = pptx.addSlide();
    if (slide.cover) {
      const at = coverLayout(slide.numbers.length);
      page.addText(slide.title, { ...at.name, ...font, fontSize: TYPE.name, bold: true, color: COLOR.text });
      if (slide.filter) {
        page.addText(slide.filter, { ...at.filter, ...font, fontSize: TYPE.takeaway, color: COLOR.accent });
      }
      page.addText(slide.takeaway, { ...at.takeaway, ...font, fontSize: 22, color: COLOR.text });
      slide.numbers.forEach((tile, i) => {
        const box = at.tiles[i];
        if (!box) return;
        page.addShape('line', {
          x: box.x,
          y: box.y,
          w: box.w,
          h: 0,
          line: { color: COLOR.accent, width: 3 },
        });
        page.addText(
          [
            {
              text: tile.label,
              options: { fontSize: TYPE.tileLabel, color: COLOR.muted, bold: true, breakLine: true },
            },
            { text: tile.value, options: { fontSize: TYPE.tileValue, color: COLOR.text, bold: true } },
          ],
          { x: box.x, y: box.y + 0.15, w: box.w, h: box.h, ...font },
        );
      });
      continue;
    }
    const at = slideLayout(slide);
    page.addText(slide.title, { ...at.title, ...font, fontSize: TYPE.title, bold: true, color: COLOR.text });
    page.addText(slide.takeaway, {
      ...at.takeaway,
      ...font,
      fontSize: TYPE.takeaway,
      bold: true,
      color: COLOR.text,
      fit: 'shrink',
    });
    if (slide.chart) {
      page.addImage({
        data: slide.chart.dataUrl,
        ...fitImage(at.chart, slide.chart.width, slide.chart.height),
      });
    }
    slide.items.forEach((item, i) => {
      const box = at.items[i];
      if (box) page.addText(item, { ...box, ...font, fontSize: TYPE.body, color: COLOR.text, fit: 'shrink' });
    });
    if (slide.note)
      page.addText(slide.note, {
        ...at.note,
        ...font,
        fontSize: TYPE.note,
        color: COLOR.muted,
        fit: 'shrink',
      });
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

// Pixels an inch of the PDF's page images: 1920 × 1080 for a 13.333 × 7.5 in page.
const DPI = 144;
const FONT = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** Lines of `text` that fit `width` pixels in the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function write(
  context: CanvasRenderingContext2D,
  text: string,
  box: Box,
  { size, weight = 400, color = COLOR.text }: { size: number; weight?: number; color?: string },
): void {
  // Points to pixels at DPI; shrink to fit the box's height when the text runs long.
  let px = (size * DPI) / 72;
  let lines: string[] = [];
  for (;;) {
    context.font = `${weight} ${px}px ${FONT}`;
    lines = wrap(context, text, box.w * DPI);
    if (lines.length * px * 1.22 <= box.h * DPI || px < 10) break;
    px *= 0.92;
  }
  context.fillStyle = `#${color}`;
  context.textBaseline = 'top';
  lines.forEach((line, i) => {
    context.fillText(line, box.x * DPI, box.y * DPI + i * px * 1.22);
  });
}

async function image(dataUrl: string): Promise<HTMLImageElement> {
  const element = new Image();
  element.src = dataUrl;
  await element.decode();
  return element;
}

/** One slide drawn as a page: the same grid and type as the PowerPoint deck. */
async function drawSlide(slide: ExportSlide): Promise<HTMLCanvasElement> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(PAGE.width * DPI);
  canvas.height = Math.round(PAGE.height * DPI);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  if (slide.cover) {
    const at = coverLayout(slide.numbers.length);
    write(context, slide.title, at.name, { size: TYPE.name, weight: 700 });
    if (slide.filter)
      write(context, slide.filter, at.filter, { size: TYPE.takeaway, weight: 600, color: COLOR.accent });
    write(context, slide.takeaway, at.takeaway, { size: 22 });
    slide.numbers.forEach((tile, i) => {
      const box = at.tiles[i];
      if (!box) return;
      context.fillStyle = `#${COLOR.accent}`;
      context.fillRect(box.x * DPI, box.y * DPI, box.w * DPI, 6);
      write(
        context,
        tile.label,
        { ...box, y: box.y + 0.15, h: 0.4 },
        { size: TYPE.tileLabel, weight: 600, color: COLOR.muted },
      );
      write(context, tile.value, { ...box, y: box.y + 0.55, h: 0.9 }, { size: TYPE.tileValue, weight: 700 });
    });
    return canvas;
  }
  const at = slideLayout(slide);
  write(context, slide.title, at.title, { size: TYPE.title, weight: 700 });
  write(context, slide.takeaway, at.takeaway, { size: TYPE.takeaway, weight: 600 });
  if (slide.chart) {
    const box = fitImage(at.chart, slide.chart.width, slide.chart.height);
    context.drawImage(await image(slide.chart.dataUrl), box.x * DPI, box.y * DPI, box.w * DPI, box.h * DPI);
  }
  slide.items.forEach((item, i) => {
    const box = at.items[i];
    if (box) write(context, item, box, { size: TYPE.body });
  });
  if (slide.note) write(context, slide.note, at.note, { size: TYPE.note, color: COLOR.muted });
  return canvas;
}

/** PDF: one slide a page, each page the slide drawn at 1920 × 1080 (jsPDF). */
export async function deckPdf(slides: readonly ExportSlide[], name: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'in', format: [PAGE.width, PAGE.height] });
  pdf.setProperties({ title: name, creator: 'Paperscope' });
  for (const [i, slide] of slides.entries()) {
    if (i > 0) pdf.addPage([PAGE.width, PAGE.height], 'landscape');
    const canvas = await drawSlide(slide);
    pdf.addImage(canvas.toDataURL('image/jpeg', 0.92), 'JPEG', 0, 0, PAGE.width, PAGE.height);
  }
  return pdf.output('blob');
}
