import { describe, expect, it } from 'vitest';
import { chartSvg, EXPORT_FONT, escapeXml, inlineStyle, sourceLine, wrapText } from '@/lib/export/chart-svg';

const chart = {
  body: '<rect class="bar" x="0" y="0" width="10" height="20" style="fill:rgb(61, 90, 254)"/>',
  width: 640,
  height: 260,
  title: 'Authors per paper',
  note: '72 of 75 papers state their author count',
  source: 'Source: Paperscope · Corpus · all papers · exported 26 Nov 2026',
};

describe('chartSvg', () => {
  it('wraps the chart with its title, note and source in a file of whole-pixel size', () => {
    const { svg, width, height } = chartSvg({ ...chart, background: 'white' });
    expect(width).toBe(680);
    expect(Number.isInteger(height)).toBe(true);
    expect(height).toBeGreaterThan(260 + 3 * 18);
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual([chart.title, chart.note, chart.source]);
    expect(svg).toContain(chart.body);
    const [titleY, noteY, sourceY] = [...svg.matchAll(/<text[^>]* y="([\d.]+)"/g)].map((m) => Number(m[1]));
    const chartTop = Number(svg.match(/translate\(20,([\d.]+)\)/)?.[1]);
    expect(titleY).toBeLessThan(noteY ?? 0);
    expect(noteY).toBeLessThan(chartTop);
    expect(sourceY).toBeGreaterThan(chartTop + chart.height);
    expect(sourceY).toBeLessThan(height);
  });

  it('names fonts with explicit fallbacks on the root, since the page CSS is not in the file', () => {
    const { svg } = chartSvg({ ...chart, background: 'white' });
    expect(svg).toContain(`font-family="${escapeXml(EXPORT_FONT)}"`);
    expect(EXPORT_FONT).toMatch(/Arial.*sans-serif$/);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('draws a white backdrop, or none for a transparent background', () => {
    expect(chartSvg({ ...chart, background: 'white' }).svg).toContain('fill="#ffffff"');
    expect(chartSvg({ ...chart, background: 'transparent' }).svg).not.toContain('fill="#ffffff"');
  });

  it('escapes text that would break the markup', () => {
    const { svg } = chartSvg({
      ...chart,
      title: 'Terms <b> & “quotes”',
      note: undefined,
      background: 'white',
    });
    expect(svg).toContain('Terms &#60;b&#62; &#38; “quotes”');
    expect(svg).not.toContain('<b>');
  });

  it('wraps a long note onto more lines and grows the height with it', () => {
    const short = chartSvg({ ...chart, background: 'white' });
    const long = chartSvg({ ...chart, note: `${chart.note} `.repeat(6), background: 'white' });
    expect(long.height).toBeGreaterThan(short.height);
    expect(long.width).toBe(short.width);
  });
});

describe('inlineStyle', () => {
  it('keeps what the CSS set and leaves out defaults', () => {
    const computed: Record<string, string> = {
      fill: 'rgb(61, 90, 254)',
      stroke: 'none',
      'stroke-width': '1px',
      opacity: '1',
      'font-size': '12px',
      'font-weight': '600',
      'font-variant-numeric': 'tabular-nums',
    };
    expect(inlineStyle((p) => computed[p] ?? '')).toBe(
      'fill:rgb(61, 90, 254);font-size:12px;font-weight:600;font-variant-numeric:tabular-nums',
    );
  });

  it('is empty when nothing is set', () => {
    expect(inlineStyle(() => '')).toBe('');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text = 'papers per month line equals cumulative and undated papers are not shown here';
    const lines = wrapText(text, 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (12 * 0.55)));
  });

  it('gives no lines for empty text, and keeps a word longer than the width whole', () => {
    expect(wrapText('  ', 100, 12)).toEqual([]);
    expect(wrapText('supercalifragilistic', 40, 12)).toEqual(['supercalifragilistic']);
  });
});

describe('sourceLine', () => {
  it('names the corpus, the filter or all papers, and the export date', () => {
    expect(sourceLine({ corpus: 'Corpus A', filter: '', date: '2026-11-26' })).toBe(
      'Source: Paperscope · Corpus A · all papers · exported 26 Nov 2026',
    );
    expect(sourceLine({ corpus: 'Corpus A', filter: 'term: gan', date: '2026-01-05' })).toBe(
      'Source: Paperscope · Corpus A · term: gan · exported 5 Jan 2026',
    );
  });
});
