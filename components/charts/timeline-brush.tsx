'use client';

import { brushX, type D3BrushEvent, scaleBand, select } from 'd3';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { TIMELINE_MARGIN, timelinePadding } from '@/components/charts/timeline-chart';
import { hrefWith } from '@/lib/view-params';

export interface TimelineBrushProps {
  periods: string[];
  unit: 'month' | 'year';
  width?: number;
  height?: number;
  /** The view's URL without a span: the brush sets `from` and `to` on it. */
  href: string;
}

/** Drag across the timeline to filter to a span of periods; a click picks one period. */
export function TimelineBrush({ periods, unit, width = 640, height = 280, href }: TimelineBrushProps) {
  const ref = useRef<SVGGElement>(null);
  const router = useRouter();

  useEffect(() => {
    const node = ref.current;
    if (!node || periods.length === 0) return;
    const margin = TIMELINE_MARGIN;
    const x = scaleBand(periods, [margin.left, width - margin.right]).padding(timelinePadding(unit));
    const periodAt = (px: number) => {
      const index = Math.floor((px - margin.left) / x.step());
      return periods[Math.max(0, Math.min(periods.length - 1, index))] as string;
    };
    const go = (from: string, to: string) => router.push(hrefWith(href, { from, to }), { scroll: false });

    const brush = brushX<unknown>()
      .extent([
        [margin.left, margin.top],
        [width - margin.right, height - margin.bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (selection) {
          go(periodAt(selection[0] + 1), periodAt(selection[1] - 1));
        } else {
          // A click without a drag: the period under the pointer.
          const box = node.ownerSVGElement?.getBoundingClientRect();
          if (!box) return;
          const period = periodAt(
            ((event.sourceEvent as MouseEvent).clientX - box.left) * (width / box.width),
          );
          go(period, period);
        }
      });
    const group = select(node);
    group.call(brush);
    return () => {
      group.on('.brush', null).selectAll('*').remove();
    };
  }, [periods, unit, width, height, href, router]);

  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="brush" aria-hidden="true">
      <g ref={ref} />
    </svg>
  );
}
