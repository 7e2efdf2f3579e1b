import type { ReactNode } from 'react';
import { ChartCard } from '@/components/ui/chart-card';
import type { CsvData } from '@/components/ui/export-csv-button';

/** A chart with what the dashboard card and the slide both say of it. */
export interface Figure {
  id: string;
  title: string;
  /** What it covers: how many papers, what is left out. */
  note: string;
  takeaway: string;
  csv: CsvData;
  chart: ReactNode;
}

/** A figure as a dashboard card: title, note, takeaway, CSV/SVG/PNG and its data table. */
export function FigureCard({ figure }: { figure: Figure }) {
  return (
    <ChartCard
      id={figure.id}
      title={figure.title}
      note={figure.note}
      takeaway={figure.takeaway}
      csv={figure.csv}
    >
      {figure.chart}
    </ChartCard>
  );
}

/** `all 241 papers with a count`, or `228 of 241 papers with a count`. */
export function coverage(known: number, papers: number, what: string): string {
  return known === papers
    ? `all ${papers.toLocaleString('en-US')} papers ${what}`
    : `${known.toLocaleString('en-US')} of ${papers.toLocaleString('en-US')} papers ${what}`;
}

/** A share or mean in a CSV cell: four decimals, or empty when unknown. */
export const csvNumber = (value: number | null, digits = 4) =>
  value === null ? null : Number(value.toFixed(digits));
