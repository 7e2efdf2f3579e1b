import type { ReactNode } from 'react';
import { ChartDownload } from '@/components/charts/chart-download';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { ChartDataTable } from '@/components/ui/chart-data-table';
import { type CsvData, ExportCsvButton } from '@/components/ui/export-csv-button';

export interface ChartCardProps {
  id: string;
  title: string;
  /** What the chart covers: how many papers, what is left out. */
  note: ReactNode;
  csv: CsvData;
  /** The one sentence the chart says, above it. */
  takeaway?: string;
  /** Controls beside the title (for example month/year). */
  controls?: ReactNode;
  children: ReactNode;
}

export function ChartCard({ id, title, note, csv, takeaway, controls, children }: ChartCardProps) {
  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`} data-chart={id}>
      <header className="card-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="card-note">{note}</p>
        </div>
        <div className="card-actions">
          {controls}
          <div className="download-buttons">
            <ExportCsvButton csv={csv} />
            <ChartDownload
              title={title}
              filename={csv.filename.replace(/\.csv$/, '')}
              disabled={csv.rows.length === 0}
            />
          </div>
        </div>
      </header>
      {takeaway ? <p className="card-takeaway">{takeaway}</p> : null}
      <ChartTooltip>{children}</ChartTooltip>
      <ChartDataTable title={title} header={csv.header} rows={csv.rows} />
    </section>
  );
}
