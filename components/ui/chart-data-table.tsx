import type { CsvValue } from '@/lib/export/csv';

export interface ChartDataTableProps {
  title: string;
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
  /** Folded under a "Data table" summary; otherwise there for screen readers only. */
  folded?: boolean;
}

// One formatter for every cell: `toLocaleString` with options builds a new one per call, which costs more than
// the rest of a chart's rendering.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

function cell(value: CsvValue): string {
  if (value === null || value === undefined || value === '') return 'unknown';
  return typeof value === 'number' ? NUMBER.format(value) : String(value);
}

/** A chart's data as a table: its text alternative. */
export function ChartDataTable({ title, header, rows, folded = true }: ChartDataTableProps) {
  const table = (
    <table className="data-table">
      <caption className={folded ? 'sr-only' : undefined}>{title}: data</caption>
      <thead>
        <tr>
          {header.map((name) => (
            <th key={name} scope="col">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are fixed for a render and never reordered
          <tr key={i}>
            {row.map((value, j) =>
              j === 0 ? (
                <th key={header[j] ?? j} scope="row">
                  {cell(value)}
                </th>
              ) : (
                <td key={header[j] ?? j}>{cell(value)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!folded) return <div className="sr-only">{table}</div>;
  return (
    <details className="chart-data">
      <summary>Data table</summary>
      <div className="chart-data-scroll">{table}</div>
    </details>
  );
}
