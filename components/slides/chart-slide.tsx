import type { ReactNode } from 'react';
import { ChartDataTable } from '@/components/ui/chart-data-table';
import type { CsvValue } from '@/lib/export/csv';

export interface ChartSlideProps {
  title: string;
  takeaway: string;
  /** What the chart covers, in small print under it. */
  note: string;
  /** The chart's data, read out as its text alternative. */
  data: { header: string[]; rows: CsvValue[][] };
  children: ReactNode;
}

/** A chart filling the screen under its title and the one sentence it says. */
export function ChartSlide({ title, takeaway, note, data, children }: ChartSlideProps) {
  return (
    <div className="slide-body">
      <h2 className="slide-title">{title}</h2>
      <p className="slide-takeaway">{takeaway}</p>
      <div className="slide-chart">{children}</div>
      <p className="slide-note">{note}</p>
      <ChartDataTable title={title} header={data.header} rows={data.rows} folded={false} />
    </div>
  );
}
