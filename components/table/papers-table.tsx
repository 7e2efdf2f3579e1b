'use client';

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useEffect, useState } from 'react';
import { download } from '@/components/table/download';
import { matchesSearch, PAPER_CSV_HEADER, type PaperRow, paperCsvRow } from '@/components/table/paper-row';
import { toCsv } from '@/lib/export/csv';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

const helper = createColumnHelper<typeof features, PaperRow>();

const CODE_ORDER = { linked: 2, none: 1, unknown: 0 } as const;

const columns = helper.columns([
  helper.accessor('title', {
    header: 'Title',
    sortFn: 'text',
    cell: ({ row }) => <span className="paper-title">{row.original.title}</span>,
  }),
  helper.accessor((row) => row.date ?? undefined, {
    id: 'date',
    header: 'Date',
    sortUndefined: 'last',
    sortDescFirst: true,
    cell: ({ row }) => <span className="nowrap">{row.original.dateLabel}</span>,
  }),
  helper.accessor((row) => row.authors ?? undefined, {
    id: 'authors',
    header: 'Authors',
    sortUndefined: 'last',
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.authors === null ? (
        <span className="muted" title="The source does not say how many authors">
          {row.original.organisation ? `${row.original.organisation} (org.)` : 'unknown'}
        </span>
      ) : (
        row.original.authors
      ),
  }),
  helper.accessor((row) => `${CODE_ORDER[row.codeStatus]}${row.repos[0]?.toLowerCase() ?? ''}`, {
    id: 'github',
    header: 'GitHub',
    sortFn: 'alphanumeric',
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.repos.length > 0 ? (
        <ul className="repo-list">
          {row.original.repos.map((repo) => (
            <li key={repo}>
              <a href={`https://github.com/${repo}`} target="_blank" rel="noreferrer">
                {repo}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">{row.original.codeStatus === 'unknown' ? 'unknown' : '—'}</span>
      ),
  }),
  helper.accessor((row) => row.terms.join('; ').toLowerCase(), {
    id: 'terms',
    header: 'Top terms',
    sortFn: 'text',
    cell: ({ row }) => (
      <ul className="term-list">
        {row.original.terms.map((term) => (
          <li key={term}>{term}</li>
        ))}
      </ul>
    ),
  }),
]);

const PAGE_SIZES = [10, 25, 50, 100];

export interface PapersTableProps {
  rows: PaperRow[];
  /** File name of the CSV export, without extension. */
  exportName: string;
  initialSearch?: string;
  initialSorting?: SortingState;
}

/** Sortable, searchable, paginated papers; the export holds every row the search and sort select. */
export function PapersTable({ rows, exportName, initialSearch = '', initialSorting = [] }: PapersTableProps) {
  const [search, setSearch] = useState(initialSearch);
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const table = useTable({
    features,
    columns,
    data: rows,
    state: { globalFilter: search, sorting },
    onGlobalFilterChange: (updater) => setSearch(typeof updater === 'function' ? updater(search) : updater),
    onSortingChange: setSorting,
    globalFilterFn: (row, _columnId, query: string) => matchesSearch(row.original, query),
    getColumnCanGlobalFilter: (column) => column.id === 'title',
    initialState: { pagination: { pageIndex: 0, pageSize: 25 } },
  });

  // The URL holds the search and sort, so a link reproduces the view.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (search) url.searchParams.set('q', search);
    else url.searchParams.delete('q');
    const sort = sorting[0];
    if (sort) url.searchParams.set('sort', `${sort.id}.${sort.desc ? 'desc' : 'asc'}`);
    else url.searchParams.delete('sort');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [search, sorting]);

  const selected = table.getPrePaginatedRowModel().rows;
  const { pageIndex, pageSize } = table.state.pagination;
  const pageCount = Math.max(1, table.getPageCount());

  function exportCsv() {
    const csv = toCsv(
      PAPER_CSV_HEADER,
      selected.map((row) => paperCsvRow(row.original)),
    );
    download(`${exportName}.csv`, csv);
  }

  return (
    <section className="card table-card" aria-labelledby="papers-title">
      <header className="card-header">
        <div>
          <h2 id="papers-title">Papers</h2>
          <p className="card-note" aria-live="polite">
            {selected.length === rows.length
              ? `${rows.length} papers`
              : `${selected.length} of ${rows.length} papers match “${search}”`}
          </p>
        </div>
        <div className="card-actions">
          <input
            type="search"
            className="search"
            placeholder="Search titles, abstracts, terms, repos…"
            aria-label="Search papers"
            value={search}
            onChange={(event) => table.setGlobalFilter(event.target.value)}
          />
          <button type="button" className="button" onClick={exportCsv}>
            Export CSV
          </button>
        </div>
      </header>
      <div className="table-scroll">
        <table className="papers">
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      className={`col-${header.column.id}`}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        title={`Sort by ${String(header.column.columnDef.header)}`}
                      >
                        <table.FlexRender header={header} />
                        <span className="sort-mark" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {selected.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="empty-row">
                  No paper matches “{search}”.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <footer className="pager">
        <label>
          Rows per page{' '}
          <select value={pageSize} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span aria-live="polite">
          Page {pageIndex + 1} of {pageCount}
        </span>
        <div className="pager-buttons">
          <button
            type="button"
            className="button"
            onClick={() => table.firstPage()}
            disabled={!table.getCanPreviousPage()}
          >
            « First
          </button>
          <button
            type="button"
            className="button"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            ‹ Previous
          </button>
          <button
            type="button"
            className="button"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
          >
            Next ›
          </button>
          <button
            type="button"
            className="button"
            onClick={() => table.lastPage()}
            disabled={!table.getCanNextPage()}
          >
            Last »
          </button>
        </div>
      </footer>
    </section>
  );
}
