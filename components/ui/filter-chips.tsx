import Link from 'next/link';
import { describeFilter, NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber } from '@/lib/format';

export interface FilterChipsProps {
  filter: PaperFilter;
  /** Term labels by key, for chips that read like the chart. */
  termLabels: Record<string, string>;
  /** The name of the author filtered on, when there is one. */
  authorName?: string;
  /** The link that shows the view with the filter changed. */
  hrefFor: (filter: PaperFilter) => string;
  shown: number;
  total: number;
}

/** The active filters, each removable, and how many papers they leave. */
export function FilterChips({ filter, termLabels, authorName, hrefFor, shown, total }: FilterChipsProps) {
  const chips = describeFilter(filter, termLabels, authorName);
  if (chips.length === 0) return null;
  return (
    <nav className="filter-bar" aria-label="Active filters">
      <span className="filter-count">
        Showing <strong>{formatNumber(shown)}</strong> of {formatNumber(total)} papers
      </span>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.id}>
            <Link
              href={hrefFor(chip.without)}
              scroll={false}
              className="chip"
              aria-label={`Remove filter ${chip.label}`}
            >
              {chip.label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={hrefFor(NO_FILTER)} scroll={false} className="clear-filters">
        Clear all
      </Link>
    </nav>
  );
}
