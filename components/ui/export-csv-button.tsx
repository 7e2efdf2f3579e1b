'use client';

import { download } from '@/components/ui/download';
import { type CsvValue, toCsv } from '@/lib/export/csv';

export interface CsvData {
  filename: string;
  header: string[];
  rows: CsvValue[][];
}

/** Downloads a chart's data as CSV. */
export function ExportCsvButton({ csv, label = 'CSV' }: { csv: CsvData; label?: string }) {
  return (
    <button
      type="button"
      className="button button-small"
      onClick={() => download(csv.filename, toCsv(csv.header, csv.rows))}
      aria-label={`Download ${csv.filename}`}
    >
      {label}
    </button>
  );
}
