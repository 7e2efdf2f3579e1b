'use client';

import { useRouter } from 'next/navigation';
import { type MouseEvent, type ReactNode, useRef, useState } from 'react';
import { hrefWith } from '@/lib/view-params';

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** The mark with a tooltip under a point, looking through overlays such as a brush. */
function markAt(target: EventTarget | null, clientX: number, clientY: number): Element | null {
  const direct = target instanceof Element ? target.closest('[data-tip]') : null;
  if (direct) return direct;
  for (const element of document.elementsFromPoint(clientX, clientY)) {
    const mark = element.closest('[data-tip]');
    if (mark) return mark;
  }
  return null;
}

/**
 * Shows the `data-tip` of the mark under the pointer, and turns the chart's filter links into client
 * navigations. Charts render and link without it.
 */
export function ChartTooltip({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [tip, setTip] = useState<Tip | null>(null);

  // A chart's links, and marks that name a term (`data-term`) where the page says how to filter by one.
  function follow(event: MouseEvent) {
    if (!(event.target instanceof Element) || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = event.target.closest('a[href]')?.getAttribute('href');
    const term = event.target.closest('[data-term]')?.getAttribute('data-term');
    const template = event.target.closest('[data-term-href]')?.getAttribute('data-term-href');
    const href = link ?? (term && template ? hrefWith(template, {}, { term }) : null);
    if (!href || event.button !== 0) return;
    event.preventDefault();
    router.push(href, { scroll: false });
  }

  function show(target: EventTarget | null, clientX: number, clientY: number) {
    const mark = markAt(target, clientX, clientY);
    const box = frame.current?.getBoundingClientRect();
    if (!mark || !box || !frame.current?.contains(mark)) {
      setTip(null);
      return;
    }
    setTip({ text: mark.getAttribute('data-tip') ?? '', x: clientX - box.left, y: clientY - box.top });
  }

  return (
    // Clicks are delegated from the chart's links, which take keyboard focus and fire click on Enter.
    // biome-ignore lint/a11y/noStaticElementInteractions: delegated from focusable links
    // biome-ignore lint/a11y/useKeyWithClickEvents: delegated from focusable links
    <div
      ref={frame}
      className="chart-frame"
      onPointerMove={(event) => show(event.target, event.clientX, event.clientY)}
      onPointerLeave={() => setTip(null)}
      onClick={follow}
    >
      {children}
      {tip ? (
        <div className="chart-tip" role="status" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
