import Link from 'next/link';
import { NO_FILTER, type PaperFilter } from '@/lib/analyze/filter-papers';
import { formatMonth } from '@/lib/format';

export interface FilterChipsProps {
  filter: PaperFilter;
  /** Term labels by key, for chips that read like the chart. */
  termLabels: Record<string, string>;
  /** The link that shows the view with the filter changed. */
  hrefFor: (filter: PaperFilter) => string;
  shown: number;
  total: number;
}

const CODE_NAMES = {
  linked: 'links a GitHub repository',
  none: 'no GitHub link',
  unknown: 'code status unknown',
};

function periodName(period: string): string {
  return period.length > 4 ? formatMonth(period) : period;
}

/** The active filters, each removable, and how many papers they leave. */
export function FilterChips({ filter, termLabels, hrefFor, shown, total }: FilterChipsProps) {
  const chips: { key: string; label: string; href: string }[] = [
    ...filter.terms.map((term) => ({
      key: `term-${term}`,
      label: `term: ${termLabels[term] ?? term}`,
      href: hrefFor({ ...filter, terms: filter.terms.filter((t) => t !== term) }),
    })),
  ];
  if (filter.from || filter.to) {
    const from = filter.from ? periodName(filter.from) : 'start';
    const to = filter.to ? periodName(filter.to) : 'end';
    chips.push({
      key: 'period',
      label: `published: ${from === to ? from : `${from} – ${to}`}`,
      href: hrefFor({ ...filter, from: null, to: null }),
    });
  }
  if (filter.authors) {
    chips.push({
      key: 'authors',
      label: filter.authors === 'unknown' ? 'author count unknown' : `${filter.authors} authors`,
      href: hrefFor({ ...filter, authors: null }),
    });
  }
  if (filter.code) {
    chips.push({ key: 'code', label: CODE_NAMES[filter.code], href: hrefFor({ ...filter, code: null }) });
  }
  if (chips.length === 0) return null;
  return (
    <nav className="filter-bar" aria-label="Active filters">
      <span className="filter-count">
        Showing <strong>{shown.toLocaleString('en-US')}</strong> of {total.toLocaleString('en-US')} papers
      </span>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link href={chip.href} scroll={false} className="chip" aria-label={`Remove filter ${chip.label}`}>
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
