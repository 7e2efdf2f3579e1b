/** A chart's SVG as a standalone file's body and as a PNG: shared by the chart downloads and the slide decks. */
import { EXPORT_FONT, escapeXml, inlineStyle } from '@/lib/export/chart-svg';

export const PNG_SCALE = 2;

/** The chart's SVG with the styles it has in the light theme inlined, so the file stands alone. */
export function chartMarkup(chart: SVGSVGElement): { body: string; width: number; height: number } {
  const { width, height } = chart.viewBox.baseVal;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  // Styles are read in the light palette whatever the page theme, so the file reads on white.
  const host = document.createElement('div');
  host.dataset.theme = 'light';
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;visibility:hidden`;
  host.append(clone);
  document.body.append(host);
  try {
    for (const hit of clone.querySelectorAll('.hit')) hit.remove();
    for (const element of clone.querySelectorAll('*')) {
      const computed = getComputedStyle(element);
      const style = inlineStyle((property) => computed.getPropertyValue(property));
      if (style) element.setAttribute('style', style);
      for (const attribute of ['data-tip', 'href', 'tabindex']) element.removeAttribute(attribute);
    }
    // The children only: the file's own root wraps them, and one serialisation keeps a single xmlns.
    const markup = new XMLSerializer().serializeToString(clone);
    const body = markup.slice(markup.indexOf('>') + 1, markup.lastIndexOf('</svg>'));
    return { body, width, height };
  } finally {
    host.remove();
  }
}

export async function toPng(file: { svg: string; width: number; height: number }): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = file.width * PNG_SCALE;
  canvas.height = file.height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, file.width, file.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** The chart alone as a PNG data URL, at `PNG_SCALE`× its size, on white: how a deck carries it. */
export async function chartPng(
  chart: SVGSVGElement,
): Promise<{ dataUrl: string; width: number; height: number }> {
  const { body, width, height } = chartMarkup(chart);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}"><rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
  const blob = await toPng({ svg, width, height });
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
  return { dataUrl, width, height };
}
