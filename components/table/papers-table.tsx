'use client';

import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useMemo, useRef, useState, useTransition } from 'react';
import { formatNumber } from '@/lib/format';
import type { KnownColumns, TableRow } from '@/lib/paper-row';
import { PAGE_SIZES, type SortColumn, type ViewParams, viewQuery } from '@/lib/view-params';

// Search, sort and paging run on the server (the URL holds them), so a corpus of any size sends one page.
const features = tableFeatures({ rowSortingFeature, rowPaginationFeature });

const helper = createColumnHelper<typeof features, TableRow>();

type FilterField = 'venue' | 'institution' | 'country' | 'category';

const count = (value: number | null, what: string) =>
  value === null ? (
    <span className="muted" title={`The source does not give ${what}`}>
      unknown
    </span>
  ) : (
    formatNumber(value)
  );

/** The table's columns: the fixed ones, and those optional ones some paper knows; `filterLink` makes a value a filter. */
function tableColumns(known: KnownColumns, filterLink: (field: FilterField, value: string) => ReactNode) {
  const links = (field: FilterField, values: readonly string[], shown = 3) => (
    <ul className="place-list">
      {values.slice(0, shown).map((value) => (
        <li key={value}>{filterLink(field, value)}</li>
      ))}
      {values.length > shown ? <li className="muted">+{values.length - shown} more</li> : null}
    </ul>
  );
  return helper.columns([
    helper.accessor('title', {
      header: 'Title',
      cell: ({ row }) => <span className="paper-title">{row.original.title}</span>,
    }),
    helper.accessor('date', {
      header: 'Date',
      sortDescFirst: true,
      cell: ({ row }) => <span className="nowrap">{row.original.dateLabel}</span>,
    }),
    helper.accessor('authors', {
      header: 'Authors',
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
    ...(['citations', 'upvotes'] as const)
      .filter((id) => known[id] > 0)
      .map((id) =>
        helper.accessor(id, {
          header: id === 'citations' ? 'Citations' : 'Upvotes',
          sortDescFirst: true,
          cell: ({ row }) => count(row.original[id], id === 'citations' ? 'a citation count' : 'upvotes'),
        }),
      ),
    ...(known.stars > 0
      ? [
          helper.accessor('stars', {
            header: 'Stars',
            sortDescFirst: true,
            cell: ({ row }) =>
              row.original.stars === null ? (
                <span className="muted">{row.original.repos.length > 0 ? 'unknown' : '—'}</span>
              ) : (
                formatNumber(row.original.stars)
              ),
          }),
        ]
      : []),
    ...(known.venue > 0
      ? [
          helper.accessor('venue', {
            header: 'Venue',
            cell: ({ row }) =>
              row.original.venue === null ? (
                <span className="muted">unknown</span>
              ) : (
                filterLink('venue', row.original.venue)
              ),
          }),
        ]
      : []),
    ...(known.institution > 0 || known.country > 0
      ? [
          helper.accessor((row) => row.institutions[0] ?? null, {
            id: 'institution',
            header: 'Institution',
            cell: ({ row }) =>
              row.original.institutions.length === 0 && row.original.countries.length === 0 ? (
                <span className="muted">unknown</span>
              ) : (
                <>
                  {links('institution', row.original.institutions, 2)}
                  {links('country', row.original.countries)}
                </>
              ),
          }),
        ]
      : []),
    ...(known.category > 0
      ? [
          helper.accessor((row) => row.categories.join(' '), {
            id: 'category',
            header: 'Categories',
            enableSorting: false,
            cell: ({ row }) => links('category', row.original.categories),
          }),
        ]
      : []),
    helper.accessor((row) => row.repos.join(' '), {
      id: 'github',
      header: 'GitHub',
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
    helper.accessor((row) => row.terms.join('; '), {
      id: 'terms',
      header: 'Top terms',
      cell: ({ row }) => (
        <ul className="term-list">
          {row.original.terms.map((term) => (
            <li key={term}>{term}</li>
          ))}
        </ul>
      ),
    }),
  ]);
}

export interface PapersTableProps {
  /** The current page of the selected rows, in order. */
  rows: TableRow[];
  /** Rows the search selects, over all pages. */
  selected: number;
  /** Papers in the corpus. */
  total: number;
  params: ViewParams;
  /** Where Export CSV downloads every row the filter, search and sort select. */
  csvHref: string;
  /** Papers of the corpus that know each optional column. */
  known: KnownColumns;
}

const FILTER_WORDS: Record<FilterField, string> = {
  venue: 'published in',
  institution: 'from',
  country: 'from',
  category: 'listed in',
};

/** Sortable, searchable, paginated papers; Export CSV holds every row the search and sort select. */
export function PapersTable({ rows, selected, total, params, csvHref, known }: PapersTableProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [search, setSearch] = useState(params.q);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const sorting: SortingState = params.sort ? [params.sort] : [];
  const pageCount = Math.max(1, Math.ceil(selected / params.size));

  function go(change: Partial<ViewParams>) {
    const next = { ...params, ...change };
    startTransition(() => router.replace(`${pathname}${viewQuery(next)}`, { scroll: false }));
  }

  // A value in the table filters every chart and the table to it; clicked again, it lifts that filter.
  const columns = useMemo(() => {
    const filterLink = (field: FilterField, value: string) => {
      const active = params.filter[field] === value;
      const filter = { ...params.filter, [field]: active ? null : value };
      return (
        <Link
          href={`${pathname}${viewQuery({ ...params, filter, page: 1 })}`}
          scroll={false}
          className={active ? 'filter-link is-active' : 'filter-link'}
          title={
            active
              ? `Remove the filter ${field}: ${value}`
              : `Show only papers ${FILTER_WORDS[field]} ${value}`
          }
          data-filter={field}
        >
          {value}
        </Link>
      );
    };
    return tableColumns(known, filterLink);
  }, [known, params, pathname]);

  const table = useTable({
    features,
    columns,
    data: rows,
    manualSorting: true,
    manualPagination: true,
    rowCount: selected,
    enableSortingRemoval: true,
    state: { sorting, pagination: { pageIndex: params.page - 1, pageSize: params.size } },
    onSortingChange: (updater) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      go({ sort: next ? { id: next.id as SortColumn, desc: next.desc } : null, page: 1 });
    },
    onPaginationChange: (updater) => {
      const current = { pageIndex: params.page - 1, pageSize: params.size };
      const next = typeof updater === 'function' ? updater(current) : updater;
      go({ page: next.pageSize === params.size ? next.pageIndex + 1 : 1, size: next.pageSize });
    },
  });

  // Search as you type, once typing pauses.
  function onSearch(value: string) {
    setSearch(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => go({ q: value, page: 1 }), 250);
  }

  return (
    <section className="card table-card" aria-labelledby="papers-title" aria-busy={pending}>
      <header className="card-header">
        <div>
          <h2 id="papers-title">Papers</h2>
          <p className="card-note" aria-live="polite">
            {params.q
              ? `${formatNumber(selected)} of ${formatNumber(total)} papers match “${params.q}”`
              : `${formatNumber(total)} papers`}
          </p>
        </div>
        <div className="card-actions">
          <input
            type="search"
            className="search"
            placeholder="Search titles, abstracts, terms, repos…"
            aria-label="Search papers"
            value={search}
            onChange={(event) => onSearch(event.target.value)}
          />
          <a className="button" href={csvHref} download>
            Export CSV
          </a>
        </div>
      </header>
      <div className={`table-scroll${pending ? ' is-pending' : ''}`}>
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
                      aria-sort={
                        !header.column.getCanSort()
                          ? undefined
                          : sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : 'none'
                      }
                    >
                      {header.column.getCanSort() ? (
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
                      ) : (
                        <span className="header-label">
                          <table.FlexRender header={header} />
                        </span>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.original.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {selected === 0 ? (
              <tr>
                <td colSpan={columns.length} className="empty-row">
                  No paper matches “{params.q}”.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <footer className="pager">
        <label>
          Rows per page{' '}
          <select value={params.size} onChange={(event) => table.setPageSize(Number(event.target.value))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span aria-live="polite">
          Page {params.page} of {pageCount}
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
