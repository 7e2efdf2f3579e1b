import type { ReactNode } from 'react';
import { ChartCard } from '@/components/ui/chart-card';
import type { CsvData } from '@/components/ui/export-csv-button';
import type { PaperFilter } from '@/lib/analyze/filter-papers';
import { formatNumber } from '@/lib/format';

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
    ? `all ${formatNumber(papers)} papers ${what}`
    : `${formatNumber(known)} of ${formatNumber(papers)} papers ${what}`;
}

/** A share or mean in a CSV cell: four decimals, or empty when unknown. */
export const csvNumber = (value: number | null, digits = 4) =>
  value === null ? null : Number(value.toFixed(digits));

/** What a figure needs to make its bars, countries and nodes filter the whole dashboard. */
export interface FigureLinks {
  filter: PaperFilter;
  /** The dashboard's URL for another filter. */
  hrefFor: (next: PaperFilter) => string;
}

export type LinkField = 'venue' | 'institution' | 'country' | 'category' | 'author';

/**
 * What clicking a venue, institution, country, category or author does: `hrefFor` and the active key for a chart,
 * filtering to it, or lifting that filter when it is the one set; nothing on a slide (no links).
 */
export function linksFor(
  links: FigureLinks | undefined,
  field: LinkField,
): { hrefFor?: (value: string) => string; active: string | null } {
  if (!links) return { active: null };
  const current = links.filter[field];
  return {
    active: current,
    hrefFor: (value) => links.hrefFor({ ...links.filter, [field]: current === value ? null : value }),
  };
}
