'use client';

import { type ReactNode, useRef, useState } from 'react';

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** Shows the `data-tip` of the mark under the pointer. Charts render without it. */
export function ChartTooltip({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  function show(target: EventTarget | null, clientX: number, clientY: number) {
    const mark = target instanceof Element ? target.closest('[data-tip]') : null;
    const box = frame.current?.getBoundingClientRect();
    if (!mark || !box) {
      setTip(null);
      return;
    }
    setTip({ text: mark.getAttribute('data-tip') ?? '', x: clientX - box.left, y: clientY - box.top });
  }

  return (
    <div
      ref={frame}
      className="chart-frame"
      onPointerMove={(event) => show(event.target, event.clientX, event.clientY)}
      onPointerLeave={() => setTip(null)}
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
