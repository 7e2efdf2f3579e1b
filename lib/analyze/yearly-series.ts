/** One line of a chart over periods. */
export interface Series {
  key: string;
  label: string;
  /** One value per period; `null` where it is unknown (drawn as a gap). */
  values: (number | null)[];
}

/** Papers of one named thing (a source, a category) in one year, as a query counts them. */
export interface NamedYearCount {
  name: string;
  year: string;
  papers: number;
}

export interface YearlySeries {
  /** Every year from the first to the last with papers. */
  periods: string[];
  series: Series[];
}

export interface YearlySeriesOptions {
  /** Names in the order to draw them. */
  names: readonly string[];
  /** Running totals (biblioshiny's source production), rather than each year's count. */
  cumulative?: boolean;
  /** Papers of each year to divide by, for shares; a year without papers has an unknown share. */
  totals?: ReadonlyMap<string, number>;
}

/** Counts per name and year as aligned series over every year of the span, as counts, running totals or shares. */
export function yearlySeries(
  rows: readonly NamedYearCount[],
  { names, cumulative = false, totals }: YearlySeriesOptions,
): YearlySeries {
  const years = rows.map((r) => Number(r.year)).filter(Number.isFinite);
  if (years.length === 0 || names.length === 0) return { periods: [], series: [] };
  const lowest = years.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const highest = years.reduce((a, b) => Math.max(a, b), lowest);
  const periods = Array.from({ length: highest - lowest + 1 }, (_, i) => String(lowest + i));
  const counts = new Map(rows.map((r) => [`${r.name}\u0000${r.year}`, r.papers]));
  const series = names.map((name) => {
    let running = 0;
    const values = periods.map((period) => {
      const papers = counts.get(`${name}\u0000${period}`) ?? 0;
      running += papers;
      if (cumulative) return running;
      if (!totals) return papers;
      const total = totals.get(period) ?? 0;
      return total > 0 ? papers / total : null;
    });
    return { key: name, label: name, values };
  });
  return { periods, series };
}
