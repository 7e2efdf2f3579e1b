'use client';

import { type MouseEvent, useState } from 'react';
import { chartMarkup, toPng } from '@/components/charts/chart-image';
import { saveBlob } from '@/components/ui/download';
import { describeFilter } from '@/lib/analyze/filter-papers';
import { type ChartSvg, chartSvg, type ExportBackground, sourceLine } from '@/lib/export/chart-svg';
import { parseViewQuery } from '@/lib/view-params';

export interface ChartDownloadProps {
  title: string;
  /** File name without extension. */
  filename: string;
  disabled?: boolean;
}

/** The view's filter in words; a view the server refused has no chart to download. */
function filterLine(query: URLSearchParams): string {
  const view = parseViewQuery(query);
  return view.ok
    ? describeFilter(view.params.filter)
        .map((part) => part.label)
        .join(' · ')
    : '';
}

function buildFile(card: Element, title: string, background: ExportBackground): ChartSvg | null {
  const chart = card.querySelector('svg.chart');
  if (!(chart instanceof SVGSVGElement)) return null;
  const corpus = document.querySelector('[data-corpus-name]')?.getAttribute('data-corpus-name') ?? '';
  const source = sourceLine({
    corpus,
    filter: filterLine(new URLSearchParams(window.location.search)),
    date: new Date().toISOString().slice(0, 10),
  });
  const note = card.querySelector('.card-note')?.textContent?.trim() || undefined;
  return chartSvg({ ...chartMarkup(chart), title, note, source, background });
}

/** SVG and PNG (2×) downloads of the chart in the same card, on a white or transparent background. */
export function ChartDownload({ title, filename, disabled = false }: ChartDownloadProps) {
  const [transparent, setTransparent] = useState(false);
  const [busy, setBusy] = useState(false);
  const background: ExportBackground = transparent ? 'transparent' : 'white';

  function card(event: MouseEvent<HTMLButtonElement>): Element | null {
    return event.currentTarget.closest('[data-chart]');
  }

  function downloadSvg(event: MouseEvent<HTMLButtonElement>) {
    const target = card(event);
    const file = target && buildFile(target, title, background);
    if (file) saveBlob(new Blob([file.svg], { type: 'image/svg+xml;charset=utf-8' }), `${filename}.svg`);
  }

  async function downloadPng(event: MouseEvent<HTMLButtonElement>) {
    const target = card(event);
    const file = target && buildFile(target, title, background);
    if (!file) return;
    setBusy(true);
    try {
      saveBlob(await toPng(file), `${filename}.png`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={downloadSvg}
        disabled={disabled}
        aria-label={`Save ${title} as SVG`}
      >
        SVG
      </button>
      <button
        type="button"
        className="button button-small"
        onClick={downloadPng}
        disabled={disabled || busy}
        aria-label={`Save ${title} as PNG`}
      >
        PNG
      </button>
      <button
        type="button"
        className="button button-small background-toggle"
        aria-pressed={transparent}
        onClick={() => setTransparent((value) => !value)}
        disabled={disabled}
        aria-label="Transparent background"
        title={transparent ? 'Images have a transparent background' : 'Images have a white background'}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect
            x="1"
            y="1"
            width="14"
            height="14"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
          {transparent ? <path d="M1 1h7v7H1zM8 8h7v7H8z" fill="currentColor" opacity="0.45" /> : null}
        </svg>
      </button>
    </>
  );
}
